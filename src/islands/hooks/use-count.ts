import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExactEncoding } from '../../lib/tokens/counter';
import type { PieceTokens, TextStats } from '../../lib/tokens/protocol';
import { tokenizerPool } from '../worker/tokenizer-client';

/** Texts up to this many characters get the token view. */
export const TOKEN_VIEW_LIMIT = 20_000;

export type CountState =
  | { status: 'idle' }
  | { status: 'counting'; progress: number }
  | { status: 'done'; stats: TextStats; pieces?: PieceTokens[] | undefined; ms: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/**
 * Waits for a pause in typing, but counts at once when text arrived in one go (a paste, a
 * drop, autofill): a change of more than a few characters is not a keystroke.
 */
const delayFor = (text: string, before: string) =>
  Math.abs(text.length - before.length) > 16 || text.length > 100_000 ? 0 : 150;

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
  const last = useRef('');
  useEffect(() => {
    current.current?.abort();
    const before = last.current;
    last.current = text;
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
    const timer = setTimeout(
      async () => {
        setState({ status: 'counting', progress: 0 });
        const started = performance.now();
        let shown = 0;
        const onPieces = (pieces: PieceTokens[]) => {
          if (!controller.signal.aborted)
            setState((s) => (s.status === 'done' ? { ...s, pieces } : s));
        };
        const outcome = await tokenizerPool().count(text, encoding, {
          ...(text.length <= TOKEN_VIEW_LIMIT ? { onPieces } : {}),
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
      },
      delayFor(text, before),
    );
    return () => {
      clearTimeout(timer);
    };
  }, [text, encoding, enabled]);
  const cancel = () => current.current?.abort();
  return [state, cancel];
}
