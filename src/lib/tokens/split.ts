import { isWhiteSpace } from './classes';

/**
 * Where a text can be cut so that counting the parts separately gives the same total as
 * counting it whole: right after a line feed that is followed by a character that is not
 * white space, not a line break and not `/`.
 *
 * Why this is safe for o200k_base, o200k_harmony and cl100k_base: no alternative of their
 * patterns can run from a "\n" into such a character (letter runs may begin with one
 * non-letter, but never "\r" or "\n"; punctuation runs may end with "\r", "\n" or "/", and
 * white-space runs need white space), so every pre-token that contains the line feed ends
 * right after it, whatever follows. Matching is left to right with no look-behind, so the
 * pieces after the cut are the same, and the only look-ahead, `\s+(?!\S)`, is never
 * reached for a run ending in a line feed, because `\s*[\r\n]+` is tried first and matches.
 */
export function isSafeCut(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  if (text.charCodeAt(at - 1) !== 0x0a) return false;
  const c = text.charCodeAt(at);
  return !isWhiteSpace(c) && c !== 0x2f;
}

/**
 * Cuts `text` into at most `parts` slices of similar length at safe cut points. A text
 * with no safe cut stays whole. Returns the cut offsets, including 0 and text.length.
 */
export function safeCuts(text: string, parts: number): number[] {
  const cuts = [0];
  const step = Math.ceil(text.length / Math.max(1, parts));
  let from = step;
  while (from < text.length && cuts.length < parts) {
    const at = nextSafeCut(text, from);
    if (at === undefined) break;
    cuts.push(at);
    from = at + step;
  }
  cuts.push(text.length);
  return cuts;
}

/** The first safe cut at or after `from`, if any. */
export function nextSafeCut(text: string, from: number): number | undefined {
  let i = Math.max(1, from);
  for (;;) {
    const nl = text.indexOf('\n', i - 1);
    if (nl === -1 || nl + 1 >= text.length) return undefined;
    if (isSafeCut(text, nl + 1)) return nl + 1;
    i = nl + 2;
  }
}
