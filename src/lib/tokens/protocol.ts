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

/** Messages from a tokenizer worker to the page. */
export type WorkerResponse =
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'result'; job: number; stats: TextStats; pieces?: PieceTokens[] | undefined }
  | { type: 'cancelled'; job: number }
  | { type: 'error'; job: number; message: string };
