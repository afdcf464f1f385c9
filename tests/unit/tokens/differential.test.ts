import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../scripts/bench-corpus';
import { text } from './generators';
import { encodings, oracleCount, ourCounter } from './oracle';

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
