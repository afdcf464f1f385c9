/**
 * Reads the vocabulary of a Hugging Face `tokenizer.json` (a byte-level BPE model) as
 * byte-string → rank pairs, the shape rank-format.ts encodes. Build time and tests only.
 *
 * Byte-level BPE stores each byte as a printable character (GPT-2's `bytes_to_unicode`):
 * printable Latin-1 bytes stand for themselves, the other 68 bytes for U+0100 onwards, in
 * byte order. A vocabulary entry whose characters are not all in that map (a special token
 * such as "<｜begin▁of▁sentence｜>" kept in the vocabulary) can never come from text through
 * byte-level pre-tokenization, so it is left out.
 */

/** The part of a tokenizer.json this reads. */
export type TokenizerJson = {
  model: { type: string; vocab: Record<string, number> };
};

const charToByte = (() => {
  const map = new Map<number, number>();
  const printable = (b: number) =>
    (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  let extra = 0;
  for (let b = 0; b < 256; b++) map.set(printable(b) ? b : 256 + extra++, b);
  return map;
})();

/** The byte string a byte-level token stands for, or undefined when it is not byte-level. */
export function byteLevelToBytes(token: string): string | undefined {
  let out = '';
  for (const ch of token) {
    const b = charToByte.get(ch.codePointAt(0) as number);
    if (b === undefined) return undefined;
    out += String.fromCharCode(b);
  }
  return out;
}

/**
 * Byte-string → id pairs of a byte-level BPE vocabulary. The ids are the ranks: in the
 * vocabularies shipped here every merge yields a higher id than the merges before it, so
 * merging the lowest-id pair first is merging in the tokenizer's own merge order (the
 * differential tests check the counts against a Hugging Face tokenizer implementation).
 */
export function ranksFromTokenizerJson(json: TokenizerJson): Map<string, number> {
  if (json.model.type !== 'BPE') throw new Error(`not a BPE tokenizer: ${json.model.type}`);
  const ranks = new Map<string, number>();
  for (const [token, id] of Object.entries(json.model.vocab)) {
    const bytes = byteLevelToBytes(token);
    if (bytes !== undefined && bytes.length > 0) ranks.set(bytes, id);
  }
  return ranks;
}
