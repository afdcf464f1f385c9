import { countPiece, encodePiece } from './bpe';
import type { RankLookup } from './rank-format';
import { utf8ByteString } from './ranks';
import { scanCl100k, scanO200k, scanQwen, type Scanner } from './scanner';
import { scanDeepSeekV3 } from './scanner-deepseek';
import { nextSafeCut } from './split';

/** The encodings counted exactly. o200k_harmony splits and merges plain text as o200k_base. */
export type ExactEncoding =
  'o200k_base' | 'o200k_harmony' | 'cl100k_base' | 'llama3' | 'qwen3' | 'deepseek_v3';

/** Each encoding's pre-tokenizer, and whether its tokenizer NFC-normalizes text first. */
const scanners: Record<ExactEncoding, { scan: Scanner; nfc: boolean }> = {
  o200k_base: { scan: scanO200k, nfc: false },
  o200k_harmony: { scan: scanO200k, nfc: false },
  cl100k_base: { scan: scanCl100k, nfc: false },
  llama3: { scan: scanCl100k, nfc: false },
  qwen3: { scan: scanQwen, nfc: true },
  deepseek_v3: { scan: scanDeepSeekV3, nfc: false },
};

/** Most distinct pieces remembered; past this the memory is cleared and starts over. */
const CACHE_LIMIT = 1 << 20;
/** Characters per slice between progress reports and cancellation checks. */
export const SLICE = 256 * 1024;

/**
 * Counts tokens exactly as tiktoken's `encode_ordinary` does (special-token strings such as
 * "<|endoftext|>" are ordinary text). A hand-written pre-tokenizer finds the pieces; each
 * distinct piece is encoded once and its count kept in a hash table keyed by the text
 * itself, so a repeated piece costs a hash and a comparison, not a new string.
 */
export class TokenCounter {
  readonly #ranks: RankLookup;
  readonly #scan: Scanner;
  readonly #nfc: boolean;
  #mask = 0xffff;
  #keys: (string | undefined)[] = new Array(0x10000);
  #hashes = new Int32Array(0x10000);
  #counts = new Int32Array(0x10000);
  #size = 0;

  constructor(ranks: RankLookup, encoding: ExactEncoding) {
    this.#ranks = ranks;
    ({ scan: this.#scan, nfc: this.#nfc } = scanners[encoding]);
  }

  /** Tokens in `text`, counted slice by slice at safe cuts. */
  count(text: string): number {
    let total = 0;
    for (const [s, e] of sliceBounds(text)) total += this.countRange(text, s, e);
    return total;
  }

  /**
   * Tokens in text[start, end), counted as if that range were the whole text. For a tokenizer
   * that normalizes to NFC, the range is normalized on its own: ranges start after a line
   * feed (split.ts), which no character composes with, so this equals normalizing the whole.
   */
  countRange(text: string, start: number, end: number): number {
    if (this.#nfc) {
      const part = text.slice(start, end).normalize('NFC');
      return this.#countScanned(part, 0, part.length);
    }
    return this.#countScanned(text, start, end);
  }

  #countScanned(text: string, start: number, end: number): number {
    const scan = this.#scan;
    let total = 0;
    for (let i = start; i < end;) {
      const e = scan(text, i, end);
      total += this.#lookup(text, i, e);
      i = e;
    }
    return total;
  }

  /** The pieces of a text and the tokens of each, for the token view. */
  encode(original: string): { piece: string; ids: number[] }[] {
    const text = this.#nfc ? original.normalize('NFC') : original;
    const out: { piece: string; ids: number[] }[] = [];
    for (let i = 0; i < text.length;) {
      const e = this.#scan(text, i, text.length);
      const piece = text.slice(i, e);
      out.push({ piece, ids: encodePiece(utf8ByteString(piece), this.#ranks) });
      i = e;
    }
    return out;
  }

  #lookup(text: string, s: number, e: number): number {
    let h = 0x811c9dc5 | 0;
    for (let k = s; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const len = e - s;
    const keys = this.#keys;
    let slot = h & this.#mask;
    for (;;) {
      const key = keys[slot];
      if (key === undefined) break;
      if (this.#hashes[slot] === h && key.length === len && same(key, text, s))
        return this.#counts[slot] as number;
      slot = (slot + 1) & this.#mask;
    }
    const piece = text.slice(s, e);
    const n = countPiece(utf8ByteString(piece), this.#ranks);
    this.#insert(slot, h, piece, n);
    return n;
  }

  #insert(slot: number, h: number, piece: string, n: number): void {
    if (this.#size >= CACHE_LIMIT) {
      this.#reset(this.#keys.length);
      slot = h & this.#mask;
      while (this.#keys[slot] !== undefined) slot = (slot + 1) & this.#mask;
    }
    this.#keys[slot] = piece;
    this.#hashes[slot] = h;
    this.#counts[slot] = n;
    this.#size++;
    if (this.#size * 2 > this.#keys.length) this.#grow();
  }

  #grow(): void {
    const keys = this.#keys;
    const hashes = this.#hashes;
    const counts = this.#counts;
    this.#reset(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = (hashes[i] as number) & this.#mask;
      while (this.#keys[slot] !== undefined) slot = (slot + 1) & this.#mask;
      this.#keys[slot] = key;
      this.#hashes[slot] = hashes[i] as number;
      this.#counts[slot] = counts[i] as number;
      this.#size++;
    }
  }

  #reset(capacity: number): void {
    this.#keys = new Array(capacity);
    this.#hashes = new Int32Array(capacity);
    this.#counts = new Int32Array(capacity);
    this.#mask = capacity - 1;
    this.#size = 0;
  }
}

function same(key: string, text: string, s: number): boolean {
  for (let k = 0; k < key.length; k++)
    if (key.charCodeAt(k) !== text.charCodeAt(s + k)) return false;
  return true;
}

/** [start, end) ranges of about `size` characters, cut only at safe cuts. */
export function sliceBounds(text: string, size = SLICE): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    const cut = text.length - start > size ? nextSafeCut(text, start + size) : undefined;
    const end = cut ?? text.length;
    out.push([start, end]);
    start = end;
  }
  return out;
}
