/**
 * Byte-pair merging, exactly as tiktoken does it: repeatedly merge the adjacent pair of
 * parts whose concatenation has the lowest rank, leftmost first on ties, until no pair is a
 * token. Short pieces use a plain scan; long ones a heap, so a 20,000-byte run of one
 * character costs O(n log n) instead of O(n²).
 */

import type { RankLookup } from './rank-format';

const SHORT = 48;
const NONE = -1;

/** Part boundaries after merging: `starts[i]` is where part i begins; the last part ends at `bin.length`. */
export function mergeParts(bin: string, ranks: RankLookup): number[] {
  const n = bin.length;
  if (n <= 1) return n === 0 ? [] : [0];
  return n <= SHORT ? mergeShort(bin, ranks) : mergeLong(bin, ranks);
}

/** Number of tokens a piece (as a byte string) encodes to. */
export function countPiece(bin: string, ranks: RankLookup): number {
  if (bin.length <= 1 || ranks.rank(bin, 0, bin.length) >= 0) return bin.length === 0 ? 0 : 1;
  return mergeParts(bin, ranks).length;
}

/** Token ids of a piece (as a byte string). */
export function encodePiece(bin: string, ranks: RankLookup): number[] {
  if (bin.length === 0) return [];
  const whole = ranks.rank(bin, 0, bin.length);
  if (whole >= 0) return [whole];
  const starts = mergeParts(bin, ranks);
  return starts.map((s, i) => ranks.rank(bin, s, starts[i + 1] ?? bin.length));
}

/** Rank of bin[s, e), or Infinity when it is not a token. */
function rankOf(ranks: RankLookup, bin: string, s: number, e: number): number {
  const r = ranks.rank(bin, s, e);
  return r < 0 ? Infinity : r;
}

function mergeShort(bin: string, ranks: RankLookup): number[] {
  const starts: number[] = [];
  for (let i = 0; i <= bin.length; i++) starts.push(i);
  // rank of the pair (parts[i], parts[i+1]), or Infinity
  const pairRank = (i: number): number => {
    if (i + 2 >= starts.length) return Infinity;
    return rankOf(ranks, bin, starts[i] as number, starts[i + 2] as number);
  };
  const pr: number[] = [];
  for (let i = 0; i < starts.length - 2; i++) pr.push(pairRank(i));
  for (;;) {
    let min = Infinity;
    let at = NONE;
    for (let i = 0; i < pr.length; i++)
      if ((pr[i] as number) < min) {
        min = pr[i] as number;
        at = i;
      }
    if (at === NONE) break;
    starts.splice(at + 1, 1);
    pr.splice(at, 1);
    pr[at] = pairRank(at);
    if (at > 0) pr[at - 1] = pairRank(at - 1);
  }
  starts.pop();
  return starts;
}

function mergeLong(bin: string, ranks: RankLookup): number[] {
  const n = bin.length;
  // Parts form a linked list over their start offsets.
  const next = new Int32Array(n + 1);
  const prev = new Int32Array(n + 1);
  const alive = new Uint8Array(n + 1);
  for (let i = 0; i <= n; i++) {
    next[i] = i + 1;
    prev[i] = i - 1;
    alive[i] = 1;
  }
  const rankAt = (i: number): number => {
    const j = next[i] as number;
    if (j >= n) return Infinity;
    return rankOf(ranks, bin, i, next[j] as number);
  };
  // Min-heap of rank * 2^32 + start: ordered by rank, then leftmost.
  const heap = new MinHeap(n);
  for (let i = 0; i < n - 1; i++) {
    const r = rankAt(i);
    if (r !== Infinity) heap.push(r * 4294967296 + i);
  }
  while (heap.size > 0) {
    const key = heap.pop();
    const i = key % 4294967296;
    const r = (key - i) / 4294967296;
    if (!alive[i] || rankAt(i) !== r) continue; // stale: the pair changed since it was pushed
    const j = next[i] as number;
    alive[j] = 0;
    next[i] = next[j] as number;
    prev[next[j] as number] = i;
    const ri = rankAt(i);
    if (ri !== Infinity) heap.push(ri * 4294967296 + i);
    const p = prev[i] as number;
    if (p >= 0) {
      const rp = rankAt(p);
      if (rp !== Infinity) heap.push(rp * 4294967296 + p);
    }
  }
  const starts: number[] = [];
  for (let i = 0; i < n; i = next[i] as number) starts.push(i);
  return starts;
}

/** A binary min-heap of non-negative numbers. */
class MinHeap {
  #a: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.#a = new Float64Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.size === this.#a.length) {
      const bigger = new Float64Array(this.#a.length * 2);
      bigger.set(this.#a);
      this.#a = bigger;
    }
    const a = this.#a;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((a[p] as number) <= v) break;
      a[i] = a[p] as number;
      i = p;
    }
    a[i] = v;
  }
  pop(): number {
    const a = this.#a;
    const top = a[0] as number;
    const last = a[--this.size] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && (a[r] as number) < (a[l] as number) ? r : l;
      if ((a[c] as number) >= last) break;
      a[i] = a[c] as number;
      i = c;
    }
    a[i] = last;
    return top;
  }
}
