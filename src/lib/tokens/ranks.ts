/**
 * Token ranks keyed by "byte strings": each byte of a token as one char code 0-255. ASCII
 * text is its own byte string, so most lookups need no conversion at all.
 */

/** The shape of js-tiktoken's rank files (`js-tiktoken/ranks/<encoding>`). */
export type RankFile = {
  pat_str: string;
  special_tokens: Record<string, number>;
  bpe_ranks: string;
};

/**
 * Parses js-tiktoken's format: lines of `<prefix> <first rank> <base64>...`, ranks
 * consecutive within a line. `atob` yields the byte string directly. The site does this at
 * build time only (rank-format.ts is what the browser parses); tests and benchmarks use it.
 */
export function parseRanks(file: RankFile): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const line of file.bpe_ranks.split('\n')) {
    if (!line) continue;
    const parts = line.split(' ');
    const offset = Number.parseInt(parts[1] ?? '', 10);
    for (let i = 2; i < parts.length; i++) ranks.set(atob(parts[i] as string), offset + i - 2);
  }
  return ranks;
}

/** UTF-8 bytes of a JS string as a byte string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8ByteString(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  if (ascii) return s;
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else {
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
          out.push(
            0xf0 | (c >> 18),
            0x80 | ((c >> 12) & 63),
            0x80 | ((c >> 6) & 63),
            0x80 | (c & 63),
          );
          continue;
        }
        c = 0xfffd;
      } else if (c >= 0xdc00 && c <= 0xdfff) c = 0xfffd;
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  let bin = '';
  for (let i = 0; i < out.length; i += 8192) bin += String.fromCharCode(...out.slice(i, i + 8192));
  return bin;
}
