import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExactEncoding } from '../lib/tokens/counter';
import type { PieceTokens, TextStats } from '../lib/tokens/protocol';
import { tokenizerPool } from './tokenizer-client';

/** Texts up to this many characters get the token view. */
export const TOKEN_VIEW_LIMIT = 20_000;

export type CountState =
  | { status: 'idle' }
  | { status: 'counting'; progress: number }
  | { status: 'done'; stats: TextStats; pieces?: PieceTokens[] | undefined; ms: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** Waits for a pause in typing; a long text arrives by paste or drop, so it is counted at once. */
const delayFor = (text: string) => (text.length > 100_000 ? 0 : 150);

/**
 * Counts `text` in the tokenizer workers whenever it or the encoding changes (after a short
 * pause in typing), cancelling a count that a newer text makes stale.
 */
export function useCount(
  text: string,
  encoding: ExactEncoding,
  enabled = true,
): [CountState, () => void] {
  const [state, setState] = useState<CountState>({ status: 'idle' });
  const current = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    current.current?.abort();
    if (!enabled) {
      setState({ status: 'idle' });
      return;
    }
    if (text.length === 0) {
      setState({
        status: 'done',
        stats: { tokens: 0, characters: 0, words: 0, lines: 0 },
        pieces: [],
        ms: 0,
      });
      return;
    }
    const controller = new AbortController();
    current.current = controller;
    const timer = setTimeout(async () => {
      setState({ status: 'counting', progress: 0 });
      const started = performance.now();
      let shown = 0;
      const outcome = await tokenizerPool().count(text, encoding, {
        withPieces: text.length <= TOKEN_VIEW_LIMIT,
        signal: controller.signal,
        onProgress: (progress) => {
          // Repaint the bar at most every 2%, not on every slice.
          if (progress - shown >= 0.02 || progress === 1) {
            shown = progress;
            setState({ status: 'counting', progress });
          }
        },
      });
      if (controller.signal.aborted && outcome.status !== 'cancelled') return;
      if (outcome.status === 'done') setState({ ...outcome, ms: performance.now() - started });
      else setState(outcome);
    }, delayFor(text));
    return () => {
      clearTimeout(timer);
    };
  }, [text, encoding, enabled]);
  const cancel = () => current.current?.abort();
  return [state, cancel];
}
