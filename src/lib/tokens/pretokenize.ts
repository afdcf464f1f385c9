/**
 * The pre-tokenizer: the encoding's regular expression, run by the browser's engine.
 *
 * tiktoken runs the pattern with Rust's regex crate, whose `\s` is Unicode White_Space.
 * JavaScript's `\s` differs (it adds U+FEFF and leaves out U+0085), so `\s` and `\S` are
 * rewritten as explicit White_Space classes; otherwise a byte-order mark or a NEL would
 * split differently from tiktoken.
 */
const WHITE_SPACE =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Rewrites `\s`/`\S` to Unicode White_Space, inside and outside character classes. */
export function toJsPattern(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const e = pattern[i + 1];
      i++;
      if (e === 's') out += inClass ? WHITE_SPACE : `[${WHITE_SPACE}]`;
      else if (e === 'S') {
        if (inClass) throw new Error('\\S inside a character class is not supported');
        out += `[^${WHITE_SPACE}]`;
      } else out += `\\${e}`;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

/** A global, Unicode-aware regular expression for an encoding's pattern. */
export const pretokenizer = (pattern: string): RegExp => new RegExp(toJsPattern(pattern), 'gu');

/** Is this UTF-16 code unit Unicode White_Space (as the rewritten pattern sees it)? */
export function isWhiteSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
