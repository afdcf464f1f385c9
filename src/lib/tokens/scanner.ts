import { CR_LF, L, LO, N, UP, WS, flagsOf } from './classes';

/**
 * Hand-written pre-tokenizers that find the same pieces as the encodings' regular
 * expressions, without building a string per piece. Each follows its pattern's
 * alternatives in order, resolving the greedy backtracking by hand; the differential tests
 * check them against tiktoken on corpora and on generated text from every Unicode plane.
 *
 * o200k_base / o200k_harmony:
 *   [^\r\n\p{L}\p{N}]?[UP]*[LO]+C? | [^\r\n\p{L}\p{N}]?[UP]+[LO]*C? | \p{N}{1,3}
 *   | ?[^\s\p{L}\p{N}]+[\r\n/]* | \s*[\r\n]+ | \s+(?!\S) | \s+
 * cl100k_base:
 *   C | [^\r\n\p{L}\p{N}]?\p{L}+ | \p{N}{1,3} | ?[^\s\p{L}\p{N}]+[\r\n]* | \s*[\r\n]+ | \s+(?!\S) | \s+
 * Llama 3 (Meta's tiktoken pattern, and its tokenizer.json's Split) is cl100k_base's pattern.
 * Qwen 2.5 / Qwen 3: cl100k_base's with \p{N} instead of \p{N}{1,3} (one piece per digit).
 * where C is one of 's 't 're 've 'm 'll 'd in any letter case; under the regex engines'
 * Unicode case folding "s" also matches U+017F LATIN SMALL LETTER LONG S.
 */
export type Scanner = (text: string, i: number, end: number) => number;

/** Code point at i (a lone surrogate stands alone) and its length in UTF-16 units. */
const cpAt = (t: string, i: number, end: number): number => {
  const c = t.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = t.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
};
const width = (cp: number) => (cp > 0xffff ? 2 : 1);
const flagsAt = (t: string, i: number, end: number) => (i < end ? flagsOf(cpAt(t, i, end)) : 0);

/** Is the char at i a "prefix" char: not \r, \n, a letter or a number? */
const isPrefix = (f: number) => (f & (CR_LF | L | N)) === 0;
/** Is it punctuation-like: not white space, a letter or a number? */
const isPunct = (f: number) => (f & (WS | L | N)) === 0;

/** End of an English contraction starting at i ('s, 'T, 'll, 'Re…), or i if none. */
function contraction(t: string, i: number, end: number): number {
  if (i + 1 >= end || t.charCodeAt(i) !== 0x27) return i;
  const a = t.charCodeAt(i + 1) | 0x20; // ASCII lower case
  if (t.charCodeAt(i + 1) === 0x17f) return i + 2; // ſ folds to s
  if (a === 0x73 || a === 0x74 || a === 0x6d || a === 0x64) return i + 2; // s t m d
  if (i + 2 < end) {
    const b = t.charCodeAt(i + 2) | 0x20;
    if ((a === 0x72 || a === 0x76) && b === 0x65) return i + 3; // re ve
    if (a === 0x6c && b === 0x6c) return i + 3; // ll
  }
  return i;
}

/** End of a run of code points whose flags include `mask`, from i. */
function run(t: string, i: number, end: number, mask: number): number {
  while (i < end) {
    const cp = cpAt(t, i, end);
    if ((flagsOf(cp) & mask) === 0) break;
    i += width(cp);
  }
  return i;
}

/** [UP]*[LO]+ from i, with the backtracking resolved: end offset, or -1 if it cannot match. */
function upperThenLower(t: string, i: number, end: number): number {
  const upEnd = run(t, i, end, UP);
  if (upEnd < end && flagsAt(t, upEnd, end) & LO) return run(t, upEnd, end, LO);
  // Give back upper-case code points until one is also lower-case ([LO]+ needs one).
  let j = upEnd;
  while (j > i) {
    const prev =
      t.charCodeAt(j - 1) >= 0xdc00 &&
      t.charCodeAt(j - 1) <= 0xdfff &&
      j - 2 >= i &&
      t.charCodeAt(j - 2) >= 0xd800 &&
      t.charCodeAt(j - 2) <= 0xdbff
        ? j - 2
        : j - 1;
    if (flagsOf(cpAt(t, prev, end)) & LO) return j; // the run [prev, j) is [LO]+; what follows is not LO
    j = prev;
  }
  return -1;
}

function whitespace(t: string, i: number, end: number): number {
  const w = run(t, i, end, WS);
  // \s*[\r\n]+ : up to the last \r or \n of the run
  for (let k = w - 1; k >= i; k--)
    if (t.charCodeAt(k) === 0x0a || t.charCodeAt(k) === 0x0d) return k + 1;
  // \s+(?!\S) : the whole run at the end of the text, else all but its last code unit
  if (w === end || w - i === 1) return w;
  return w - 1;
}

/** The o200k_base (and o200k_harmony) pre-tokenizer: end of the piece starting at i. */
export const scanO200k: Scanner = (t, i, end) => {
  const cp = cpAt(t, i, end);
  const f = flagsOf(cp);
  const w = width(cp);
  // Alternative 1, with then without the prefix char.
  if (isPrefix(f)) {
    const e = upperThenLower(t, i + w, end);
    if (e >= 0) return contraction(t, e, end);
  }
  if (f & (UP | LO)) {
    const e = upperThenLower(t, i, end);
    if (e >= 0) return contraction(t, e, end);
  }
  // Alternative 2: [UP]+ (no lower-case code point follows, or alternative 1 would have matched).
  if (isPrefix(f) && flagsAt(t, i + w, end) & UP)
    return contraction(t, run(t, i + w, end, UP), end);
  if (f & UP) return contraction(t, run(t, i, end, UP), end);
  if (f & N) return numbers(t, i, end);
  const p = punct(t, i, end, f, true);
  if (p >= 0) return p;
  return whitespace(t, i, end);
};

/** The cl100k_base pattern, with up to `digits` digits per number. */
const cl100kLike =
  (digits: number): Scanner =>
  (t, i, end) => {
    const c = contraction(t, i, end);
    if (c > i) return c;
    const cp = cpAt(t, i, end);
    const f = flagsOf(cp);
    const w = width(cp);
    if (isPrefix(f) && flagsAt(t, i + w, end) & L) return run(t, i + w, end, L);
    if (f & L) return run(t, i, end, L);
    if (f & N) return numbers(t, i, end, digits);
    const p = punct(t, i, end, f, false);
    if (p >= 0) return p;
    return whitespace(t, i, end);
  };

/** The cl100k_base (and Llama 3) pre-tokenizer: end of the piece starting at i. */
export const scanCl100k: Scanner = cl100kLike(3);

/** The Qwen 2.5 / Qwen 3 pre-tokenizer (on NFC text): end of the piece starting at i. */
export const scanQwen: Scanner = cl100kLike(1);

function numbers(t: string, i: number, end: number, digits = 3): number {
  for (let k = 0; k < digits && i < end; k++) {
    const cp = cpAt(t, i, end);
    if (!(flagsOf(cp) & N)) break;
    i += width(cp);
  }
  return i;
}

/** ` ?[^\s\p{L}\p{N}]+` then `[\r\n/]*` (o200k) or `[\r\n]*` (cl100k); -1 if no match. */
function punct(t: string, i: number, end: number, f: number, slash: boolean): number {
  let j = i;
  if (t.charCodeAt(i) === 0x20) {
    if (!(i + 1 < end && isPunct(flagsAt(t, i + 1, end)))) return -1;
    j = i + 1;
  } else if (!isPunct(f)) return -1;
  while (j < end) {
    const cp = cpAt(t, j, end);
    if (!isPunct(flagsOf(cp))) break;
    j += width(cp);
  }
  while (j < end) {
    const c = t.charCodeAt(j);
    if (c === 0x0a || c === 0x0d || (slash && c === 0x2f)) j++;
    else break;
  }
  return j;
}
