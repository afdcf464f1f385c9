import { isWhiteSpace } from './classes';
import type { Scanner } from './scanner';

/**
 * DeepSeek V3's pre-tokenizer, from its tokenizer.json: a sequence of three splits, each
 * keeping both its matches and the text between them as pieces ("Isolated"):
 *   1. \p{N}{1,3}
 *   2. [一-龥぀-ゟ゠-ヿ]+   (U+4E00–U+9FA5, hiragana, katakana)
 *   3. [!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~][A-Za-z]+ | [^\r\n\p{L}\p{P}\p{S}]?[\p{L}\p{M}]+
 *      | ?[\p{P}\p{S}]+[\r\n]* | \s*[\r\n]+ | \s+(?!\S) | \s+
 * Split 3 runs on the pieces left by 1 and 2, so a digit or one of those CJK characters ends
 * every match of it as the end of the text would (`\s+(?!\S)` included); text that no
 * alternative matches (control or format characters, private use) is a piece of its own.
 */

const L = 1; // \p{L}
const M = 2; // \p{M}
const PS = 4; // \p{P} or \p{S}
const WS = 8; // White_Space, as the regex engines' \s
const NUM = 16; // \p{N}: split 1
const CJK = 32; // split 2
const CRLF = 64; // \r or \n
const KNOWN = 128;
const BOUND = NUM | CJK;

const reL = /\p{L}/u;
const reM = /\p{M}/u;
const rePS = /[\p{P}\p{S}]/u;
const reN = /\p{N}/u;

function compute(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return KNOWN; // a lone surrogate is in no class
  const ch = String.fromCodePoint(cp);
  let f = KNOWN;
  if (reL.test(ch)) f |= L;
  if (reM.test(ch)) f |= M;
  if (rePS.test(ch)) f |= PS;
  if (reN.test(ch)) f |= NUM;
  if (isWhiteSpace(cp)) f |= WS;
  if ((cp >= 0x4e00 && cp <= 0x9fa5) || (cp >= 0x3040 && cp <= 0x30ff)) f |= CJK;
  if (cp === 0x0a || cp === 0x0d) f |= CRLF;
  return f;
}

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();
function flagsOf(cp: number): number {
  if (cp < 0x10000) return bmp[cp] || (bmp[cp] = compute(cp));
  let f = astral.get(cp);
  if (f === undefined) astral.set(cp, (f = compute(cp)));
  return f;
}

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

/** End of a run from i of code points that have a flag in `mask` and none in `stop`. */
function run(t: string, i: number, end: number, mask: number, stop = 0): number {
  while (i < end) {
    const cp = cpAt(t, i, end);
    const f = flagsOf(cp);
    if ((f & mask) === 0 || f & stop) break;
    i += width(cp);
  }
  return i;
}

const isAsciiPunct = (c: number) =>
  (c >= 0x21 && c <= 0x2f) ||
  (c >= 0x3a && c <= 0x40) ||
  (c >= 0x5b && c <= 0x60) ||
  (c >= 0x7b && c <= 0x7e);
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** May this code point be the optional first char of alternative 2? */
const isPrefix = (f: number) => (f & (CRLF | L | PS | BOUND)) === 0;
/** Does a letter-or-mark run of split 3 continue with these flags? */
const isLetterOrMark = (f: number) => (f & (L | M)) !== 0 && (f & BOUND) === 0;

/** The DeepSeek V3 pre-tokenizer: end of the piece starting at i. */
export const scanDeepSeekV3: Scanner = (t, i, end) => {
  const cp = cpAt(t, i, end);
  const f = flagsOf(cp);
  const w = width(cp);
  if (f & NUM) {
    let j = i;
    for (let k = 0; k < 3 && j < end; k++) {
      const c = cpAt(t, j, end);
      if (!(flagsOf(c) & NUM)) break;
      j += width(c);
    }
    return j;
  }
  if (f & CJK) return run(t, i, end, CJK);
  // Alternative 1: one ASCII punctuation mark, then ASCII letters.
  if (isAsciiPunct(cp) && i + 1 < end && isAsciiLetter(t.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < end && isAsciiLetter(t.charCodeAt(j))) j++;
    return j;
  }
  // Alternative 2, with then without the prefix char.
  if (isPrefix(f) && isLetterOrMark(flagsAt(t, i + w, end)))
    return run(t, i + w, end, L | M, BOUND);
  if (isLetterOrMark(f)) return run(t, i, end, L | M, BOUND);
  // Alternative 3.
  let p = -1;
  if (cp === 0x20 && flagsAt(t, i + 1, end) & PS) p = run(t, i + 1, end, PS);
  else if (f & PS) p = run(t, i, end, PS);
  if (p >= 0) {
    while (p < end && (t.charCodeAt(p) === 0x0a || t.charCodeAt(p) === 0x0d)) p++;
    return p;
  }
  if (f & WS) return whitespace(t, i, end);
  // No alternative matches here: the piece runs to where one does, or to a split-1/2 piece.
  let j = i + w;
  while (j < end) {
    const c = cpAt(t, j, end);
    const g = flagsOf(c);
    if (g & (L | M | PS | WS | BOUND)) break;
    if (isPrefix(g) && isLetterOrMark(flagsAt(t, j + width(c), end))) break;
    j += width(c);
  }
  return j;
};

/** \s*[\r\n]+ | \s+(?!\S) | \s+, where a split-1/2 piece ends the text as its end does. */
function whitespace(t: string, i: number, end: number): number {
  const w = run(t, i, end, WS);
  for (let k = w - 1; k >= i; k--)
    if (t.charCodeAt(k) === 0x0a || t.charCodeAt(k) === 0x0d) return k + 1;
  if (w === end || w - i === 1 || flagsAt(t, w, end) & BOUND) return w;
  return w - 1;
}
