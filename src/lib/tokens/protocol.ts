import type { ExactEncoding } from './counter';

/** Text statistics counted alongside tokens. */
export type TextStats = { tokens: number; characters: number; words: number; lines: number };

/** Messages from the page to a tokenizer worker. */
export type WorkerRequest =
  | { type: 'count'; job: number; encoding: ExactEncoding; text: string; withPieces: boolean }
  | { type: 'cancel'; job: number }
  | { type: 'warm'; encoding: ExactEncoding };

/** One piece of a text with its token ids, for the token view. */
export type PieceTokens = { piece: string; ids: number[] };

/**
 * Messages from a tokenizer worker to the page. A count's `result` comes first and its
 * `pieces` (when asked for) after, so the number is shown without waiting for the token view.
 */
export type WorkerResponse =
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'result'; job: number; stats: TextStats }
  | { type: 'pieces'; job: number; pieces: PieceTokens[] }
  | { type: 'cancelled'; job: number }
  | { type: 'error'; job: number; message: string }
  | { type: 'ready'; encoding: ExactEncoding };
