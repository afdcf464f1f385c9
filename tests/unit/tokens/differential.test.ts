import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../scripts/bench-corpus';
import { encodings, oracleCount, ourCounter } from './oracle';

/** Text fragments that stress the pre-tokenizer and the merges. */
const fragment = fc.oneof(
  // any code point of any plane, lone surrogates included
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 1, max: 300 }).map((n) => ' '.repeat(n)),
  fc
    .integer({ min: 1, max: 40 })
    .map((n) => '\t \u00a0\u3000\u0085\ufeff'.slice(0, 1 + (n % 6)).repeat(n)),
  fc.stringMatching(/^[0-9]{1,40}$/),
  fc.stringMatching(/^[!-/:-@[-`{-~]{1,40}$/),
  fc.stringMatching(/^[A-Za-z]{1,40}$/),
  fc.constantFrom(
    "'s",
    "'S",
    "'ll",
    "'LL",
    "'Re",
    "'ve",
    "'d",
    "'m",
    "'t",
    "'x",
    "don't",
    "I'M",
    "we'Ve",
  ),
  fc.constantFrom('\r\n', '\n', '\r', '\n\n\n', ' \n ', '\r\n\r\n', '/\n/', './/\n'),
  fc.constantFrom(
    '日本語のテキスト',
    'Привет, мир',
    'مرحبا بالعالم',
    'नमस्ते दुनिया',
    'Γειά σου',
    '한국어',
    '👩‍💻🇫🇷🙂',
    'e\u0301\u0301',
    'ǅungla',
    'ＡＢＣ',
  ),
  fc.constantFrom('<|endoftext|>', '<|im_start|>', '<|endofprompt|>', '<|fim_prefix|>'),
);
const text = fc.array(fragment, { minLength: 0, maxLength: 30 }).map((parts) => parts.join(''));

describe.each(encodings)('%s counts equal tiktoken', (encoding) => {
  // A generous limit: on a shared, loaded machine 10,000 runs can take longer than the default.
  test('on 10,000 generated strings from every Unicode plane', { timeout: 60_000 }, () => {
    const counter = ourCounter(encoding);
    fc.assert(
      fc.property(text, (t) => {
        expect(counter.count(t)).toBe(oracleCount(encoding, t));
      }),
      { numRuns: 10_000, seed: 20261122 },
    );
  });

  test(
    'on the benchmark corpus (prose, code and multilingual text from node_modules)',
    { timeout: 60_000 },
    () => {
      for (const part of buildCorpus(process.cwd(), 600_000, 600_000, 200_000))
        expect(ourCounter(encoding).count(part.text), part.name).toBe(
          oracleCount(encoding, part.text),
        );
    },
  );

  test.each([
    ['20,000 underscores', '_'.repeat(20_000)],
    [
      '10,000 CJK characters without punctuation',
      '的一是不了人我在有他这为之大来以个中上们'.repeat(500),
    ],
    ['a long run of spaces before a word', `${' '.repeat(5000)}word`],
    ['special-token strings as plain text', 'a<|endoftext|>b<|im_start|>user\nhi<|im_end|>'],
    ['CRLF line endings', 'line one\r\nline two\r\n\r\n  indented\r\n'],
    ['an empty text', ''],
  ])('on %s', (_name, t) => {
    expect(ourCounter(encoding).count(t)).toBe(oracleCount(encoding, t));
  });
});
