import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isSafeCut, nextSafeCut, safeCuts } from '../../../src/lib/tokens/split';
import { sliceBounds } from '../../../src/lib/tokens/counter';
import { encodings, oracleCount } from './oracle';

const line = fc.oneof(
  fc.stringMatching(/^[ \t]{0,4}[A-Za-z0-9_(){}/.,;:'"!?<>=+*-]{0,30}$/),
  fc.constantFrom(
    '',
    ' ',
    '/',
    '//',
    '\r',
    ' /x',
    'héllo wörld',
    '日本語',
    "don't",
    '  ',
    '\t',
    '.',
  ),
);
const lines = fc.array(line, { minLength: 1, maxLength: 20 }).map((ls) => ls.join('\n'));

describe('the boundary-splitting rule', () => {
  test.each(encodings)(
    '%s: counting the two sides of any safe cut gives the whole count',
    (encoding) => {
      fc.assert(
        fc.property(lines, (text) => {
          const whole = oracleCount(encoding, text);
          for (let at = 1; at < text.length; at++)
            if (isSafeCut(text, at))
              expect(
                oracleCount(encoding, text.slice(0, at)) + oracleCount(encoding, text.slice(at)),
                `cut at ${at}`,
              ).toBe(whole);
        }),
        { numRuns: 1500, seed: 7 },
      );
    },
  );

  test.each([
    { name: 'after a line feed, before a letter', text: 'a\nb', at: 2, safe: true },
    { name: 'after a line feed, before punctuation', text: 'a.\n}', at: 3, safe: true },
    {
      name: 'before a slash (o200k would join "\\n/" to the punctuation before)',
      text: '.\n/x',
      at: 2,
      safe: false,
    },
    { name: 'before white space', text: 'a\n b', at: 2, safe: false },
    { name: 'before another line feed', text: 'a\n\nb', at: 2, safe: false },
    { name: 'not after a line feed', text: 'ab', at: 1, safe: false },
  ])('$name: safe = $safe', ({ text, at, safe }) => {
    expect(isSafeCut(text, at)).toBe(safe);
  });

  test('the rules it rejects do change counts: cutting before a slash or a space is not safe', () => {
    // ";\n//" is one o200k token; cut after the line feed it becomes two.
    const slash = ';\n//';
    expect(
      oracleCount('o200k_base', slash.slice(0, 2)) + oracleCount('o200k_base', slash.slice(2)),
    ).not.toBe(oracleCount('o200k_base', slash));
    // "\n\n  if": cut after the first line feed, the line feeds are no longer one piece.
    const space = '\n\n  if';
    expect(
      oracleCount('o200k_base', space.slice(0, 1)) + oracleCount('o200k_base', space.slice(1)),
    ).not.toBe(oracleCount('o200k_base', space));
  });

  test('safe cuts split a long text into parts of similar size', () => {
    const text = 'word word word\n'.repeat(10_000);
    const cuts = safeCuts(text, 4);
    expect(cuts).toHaveLength(5);
    expect(cuts.every((c, i) => i === 0 || c > (cuts[i - 1] as number))).toBe(true);
    for (const c of cuts.slice(1, -1)) expect(isSafeCut(text, c)).toBe(true);
  });

  test('a text without a safe cut stays whole', () => {
    expect(safeCuts('x'.repeat(1000), 4)).toEqual([0, 1000]);
    expect(nextSafeCut('a\n\n\n', 0)).toBeUndefined();
    expect(sliceBounds('y'.repeat(600_000))).toEqual([[0, 600_000]]);
  });
});
