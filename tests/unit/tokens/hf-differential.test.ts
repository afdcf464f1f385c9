import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../scripts/bench-corpus';
import { safeCuts } from '../../../src/lib/tokens/split';
import { text } from './generators';
import { hfCount, hfOurCounter, hfTokenizers } from './oracle-hf';

describe.each(hfTokenizers)('%s counts equal Hugging Face’s tokenizer', (name) => {
  // A generous limit: on a shared, loaded machine 10,000 runs can take longer than the default.
  test('on 10,000 generated strings from every Unicode plane', { timeout: 120_000 }, () => {
    const counter = hfOurCounter(name);
    fc.assert(
      fc.property(text, (t) => {
        expect(counter.count(t)).toBe(hfCount(name, t));
      }),
      { numRuns: 10_000, seed: 20261203 },
    );
  });

  test(
    'on a corpus of prose, code and multilingual text from node_modules',
    { timeout: 120_000 },
    () => {
      for (const part of buildCorpus(process.cwd(), 100_000, 100_000, 100_000))
        expect(hfOurCounter(name).count(part.text), part.name).toBe(hfCount(name, part.text));
    },
  );

  test.each([
    ['long digit runs', '3141592653589793238462643383279502884197169399375105820974944'.repeat(20)],
    [
      'decomposed accents (Qwen normalizes to NFC)',
      'Cafe\u0301 A\u030a e\u0301\u0301\n'.repeat(50),
    ],
    ['CJK mixed with digits and kana', '令和7年12月3日、東京で会議を開きます。カタカナ'.repeat(20)],
    ['special-token strings as plain text', '<|begin_of_text|><|im_start|>user\nhi<|im_end|>'],
    ['a long run of spaces before a word', `${' '.repeat(3000)}word`],
    ['CRLF line endings', 'line one\r\nline two\r\n\r\n  indented\r\n'],
  ])('on %s', (_label, t) => {
    expect(hfOurCounter(name).count(t)).toBe(hfCount(name, t));
  });
});

describe.each(hfTokenizers)('%s counts add up across safe cuts', (name) => {
  // The workers count a big text in parts cut at safe cuts (split.ts); the parts must add up.
  test('on 300 generated multi-line texts', { timeout: 60_000 }, () => {
    const counter = hfOurCounter(name);
    const lines = fc.array(text, { minLength: 2, maxLength: 8 }).map((ls) => ls.join('\n'));
    fc.assert(
      fc.property(lines, fc.integer({ min: 2, max: 6 }), (t, parts) => {
        const cuts = safeCuts(t, parts);
        let sum = 0;
        for (let i = 0; i + 1 < cuts.length; i++)
          sum += counter.count(t.slice(cuts[i], cuts[i + 1]));
        expect(sum).toBe(hfCount(name, t));
      }),
      { numRuns: 300, seed: 20261203 },
    );
  });
});
