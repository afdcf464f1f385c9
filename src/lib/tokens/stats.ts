/** Characters (code points), words (runs of non-white-space) and lines of a text. */
export function textStats(text: string): { characters: number; words: number; lines: number } {
  let characters = 0;
  let words = 0;
  let lines = text.length > 0 ? 1 : 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c < 0xdc00 ||
      c > 0xdfff ||
      i === 0 ||
      text.charCodeAt(i - 1) < 0xd800 ||
      text.charCodeAt(i - 1) > 0xdbff
    )
      characters++;
    if (c === 0x0a) lines++;
    const space =
      c === 0x20 ||
      (c >= 0x09 && c <= 0x0d) ||
      c === 0xa0 ||
      c === 0x3000 ||
      c === 0x2028 ||
      c === 0x2029;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return { characters, words, lines };
}
