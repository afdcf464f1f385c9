/**
 * Character classes of the pre-tokenizer patterns, looked up per code point instead of
 * matched by a regular expression. Computed once per code point, from the same Unicode
 * properties the pattern names, so they agree with it by construction.
 */
export const L = 1; // \p{L}
export const UP = 2; // [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
export const LO = 4; // [\p{Ll}\p{Lm}\p{Lo}\p{M}]
export const N = 8; // \p{N}
export const WS = 16; // Unicode White_Space, Rust regex's \s (see isWhiteSpace)
export const CR_LF = 32; // \r or \n
const KNOWN = 128;

const reL = /\p{L}/u;
const reUP = /[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]/u;
const reLO = /[\p{Ll}\p{Lm}\p{Lo}\p{M}]/u;
const reN = /\p{N}/u;

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let f = KNOWN;
  if (reL.test(ch)) f |= L;
  if (reUP.test(ch)) f |= UP;
  if (reLO.test(ch)) f |= LO;
  if (reN.test(ch)) f |= N;
  if (isWhiteSpace(cp)) f |= WS;
  if (cp === 0x0a || cp === 0x0d) f |= CR_LF;
  return f;
}

/**
 * Is this code point Unicode White_Space? tiktoken runs its patterns with Rust's regex crate,
 * whose `\s` is exactly this set; JavaScript's `\s` differs (it adds U+FEFF and leaves out
 * U+0085), so a byte-order mark or a NEL would split differently with it.
 */
export function isWhiteSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

/** The class flags of a code point (a lone surrogate is a code point of its own, as with the `u` flag). */
export function flagsOf(cp: number): number {
  if (cp < 0x10000) {
    let f = bmp[cp] as number;
    if (f === 0) {
      f = cp >= 0xd800 && cp <= 0xdfff ? KNOWN : compute(cp);
      bmp[cp] = f;
    }
    return f;
  }
  let f = astral.get(cp);
  if (f === undefined) {
    f = compute(cp);
    astral.set(cp, f);
  }
  return f;
}

for (let c = 0; c < 128; c++) bmp[c] = compute(c);
