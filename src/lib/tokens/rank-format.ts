import { parseRanks, type RankFile } from './ranks';

/**
 * The compact rank format the site ships instead of a JavaScript module of base64 string
 * literals: parsing it needs no JavaScript compile, no `atob` per token and no split.
 *
 * Layout (little-endian): the 4 bytes "RNK1", a u32 slot count n, n bytes of token lengths
 * (slot r holds the token of rank r; length 0 means no token has that rank), then every
 * token's bytes, concatenated in rank order. o200k_base is 1.6 MB raw, 1.0 MB gzipped
 * (js-tiktoken's module: 2.3 MB, 1.1 MB gzipped).
 */
const MAGIC = 0x314b4e52; // "RNK1" read as a little-endian u32
const HEADER = 8;

/** Encodes byte-string → rank pairs (see ranks.ts) as a rank file. */
export function encodeRankBinary(ranks: ReadonlyMap<string, number>): Uint8Array {
  let slots = 0;
  let bytes = 0;
  for (const [token, rank] of ranks) {
    if (token.length === 0 || token.length > 255)
      throw new Error(`token of rank ${rank} has ${token.length} bytes; 1 to 255 fit the format`);
    slots = Math.max(slots, rank + 1);
    bytes += token.length;
  }
  const byRank: (string | undefined)[] = new Array(slots);
  for (const [token, rank] of ranks) {
    if (byRank[rank] !== undefined) throw new Error(`two tokens share rank ${rank}`);
    byRank[rank] = token;
  }
  const out = new Uint8Array(HEADER + slots + bytes);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, slots, true);
  let at = HEADER + slots;
  byRank.forEach((token, rank) => {
    if (token === undefined) return;
    out[HEADER + rank] = token.length;
    for (let k = 0; k < token.length; k++) out[at++] = token.charCodeAt(k);
  });
  return out;
}

/** Rank lookups by byte string, as the merging in bpe.ts needs them. */
export interface RankLookup {
  /** Rank of the token bin[start, end) (a byte string), or -1 when it is not a token. */
  rank(bin: string, start: number, end: number): number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * A parsed rank file: the token bytes stay in the file's own buffer, and an open-addressing
 * hash table of ranks (FNV-1a over the bytes, linear probing) is built over them. Building it
 * touches each byte once and allocates no string, where a Map of 200,000 strings took
 * hundreds of milliseconds on this machine; a lookup compares bytes in place, so merging
 * never slices a string to ask whether a pair is a token.
 */
export class RankTable implements RankLookup {
  readonly #bytes: Uint8Array;
  readonly #start: Uint32Array;
  readonly #length: Uint8Array;
  readonly #slots: Int32Array;
  readonly #mask: number;
  /** Number of tokens (ranks that have one). */
  readonly size: number;

  constructor(data: ArrayBuffer | Uint8Array) {
    const u8 = data instanceof Uint8Array ? data : new Uint8Array(data);
    if (u8.length < HEADER) throw new Error('rank file is truncated: no header');
    const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
    if (view.getUint32(0, true) !== MAGIC) throw new Error('not a rank file: bad magic number');
    const count = view.getUint32(4, true);
    const length = u8.subarray(HEADER, HEADER + count);
    const bytes = u8.subarray(HEADER + count);
    const start = new Uint32Array(count);
    let at = 0;
    let size = 0;
    for (let r = 0; r < length.length; r++) {
      start[r] = at;
      at += length[r] as number;
      if (length[r]) size++;
    }
    if (length.length !== count || at !== bytes.length)
      throw new Error(`rank file is truncated or padded: ${bytes.length} bytes for ${at}`);
    let cap = 1024;
    while (cap < size * 2) cap *= 2;
    const slots = new Int32Array(cap).fill(-1);
    const mask = cap - 1;
    for (let r = 0; r < count; r++) {
      const len = length[r] as number;
      if (len === 0) continue;
      let h = FNV_OFFSET;
      const s = start[r] as number;
      for (let k = s; k < s + len; k++) h = Math.imul(h ^ (bytes[k] as number), FNV_PRIME);
      let slot = h & mask;
      while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      slots[slot] = r;
    }
    this.#bytes = bytes;
    this.#start = start;
    this.#length = length;
    this.#slots = slots;
    this.#mask = mask;
    this.size = size;
  }

  rank(bin: string, start: number, end: number): number {
    let h = FNV_OFFSET;
    for (let k = start; k < end; k++) h = Math.imul(h ^ bin.charCodeAt(k), FNV_PRIME);
    const len = end - start;
    const slots = this.#slots;
    const bytes = this.#bytes;
    for (let slot = h & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const r = slots[slot] as number;
      if (r < 0) return -1;
      if (this.#length[r] !== len) continue;
      let k = 0;
      const s = this.#start[r] as number;
      while (k < len && bytes[s + k] === bin.charCodeAt(start + k)) k++;
      if (k === len) return r;
    }
  }

  /** The bytes of the token of a rank, as a byte string (for tests and the token view). */
  token(rank: number): string | undefined {
    const len = this.#length[rank];
    if (!len) return undefined;
    const s = this.#start[rank] as number;
    return String.fromCharCode(...this.#bytes.subarray(s, s + len));
  }
}

/** A rank table straight from js-tiktoken's format (tests, benchmarks, the build). */
export const rankTableOf = (file: RankFile): RankTable =>
  new RankTable(encodeRankBinary(parseRanks(file)));
