import o200kRanks from 'js-tiktoken/ranks/o200k_base';
import cl100kRanks from 'js-tiktoken/ranks/cl100k_base';
import { describe, expect, test } from 'vitest';
import { RankTable, encodeRankBinary } from '../../../src/lib/tokens/rank-format';
import { parseRanks, type RankFile } from '../../../src/lib/tokens/ranks';

describe.each([
  ['o200k_base', o200kRanks as RankFile],
  ['cl100k_base', cl100kRanks as RankFile],
])('the binary rank file of %s', (_name, file) => {
  const source = parseRanks(file);
  const table = new RankTable(encodeRankBinary(source));

  test('finds every token at its rank, and nothing else', () => {
    expect(table.size).toBe(source.size);
    for (const [token, rank] of source) {
      if (table.rank(token, 0, token.length) !== rank) expect(token).toBe(`rank ${rank}`);
      if (table.token(rank) !== token) expect(table.token(rank)).toBe(token);
    }
  });

  test.each([
    ['a byte string that is no token', 'zzzzqqqq\u00ff\u00fe'],
    ['the empty string', ''],
    ['a token with one byte more', 'hello\u0000'],
  ])('answers -1 for %s', (_case, bin) => {
    expect(source.has(bin)).toBe(false);
    expect(table.rank(bin, 0, bin.length)).toBe(-1);
  });

  test('looks up a range inside a longer string, as merging does', () => {
    const rank = source.get(' world') as number;
    expect(table.rank('hello world!', 5, 11)).toBe(rank);
  });
});

describe('rank files that are not valid', () => {
  const good = encodeRankBinary(
    new Map([
      ['a', 0],
      ['bc', 2],
    ]),
  );
  test('a rank with no token is a gap, not a token', () => {
    const t = new RankTable(good);
    expect([t.rank('a', 0, 1), t.rank('bc', 0, 2), t.token(1), t.size]).toEqual([
      0,
      2,
      undefined,
      2,
    ]);
  });
  test.each([
    ['a wrong magic number', () => Uint8Array.from([1, 2, 3, 4, ...good.subarray(4)]), /bad magic/],
    ['a missing header', () => good.subarray(0, 5), /no header/],
    ['missing token bytes', () => good.subarray(0, good.length - 1), /truncated/],
  ])('%s fails, saying why', (_case, bytes, message) => {
    expect(() => new RankTable(bytes())).toThrow(message);
  });
  test.each([
    ['an empty token', new Map([['', 0]])],
    ['a token longer than 255 bytes', new Map([['x'.repeat(256), 0]])],
    [
      'two tokens with one rank',
      new Map([
        ['a', 0],
        ['b', 0],
      ]),
    ],
  ])('%s cannot be encoded', (_case, ranks) => {
    expect(() => encodeRankBinary(ranks)).toThrow();
  });
});
