import { useEffect, useState } from 'preact/hooks';
import { inSlices } from '../../lib/tasks';

/** Items worked on per task: each slice stays far under the 50 ms a "long task" starts at. */
const SLICE = 32;

export type Chunked<R> = {
  /** The results for the current items and function, or for the last ones that finished. */
  results: R[] | undefined;
  /** False while the current items are still being worked through. */
  current: boolean;
};

/**
 * `items.map(fn)` a slice at a time, yielding to the browser between slices, so pricing a
 * thousand models never holds the page for one long task. A new `items` or `fn` (keep both
 * stable with useMemo) cancels the run under way and starts again; until it finishes, the
 * last finished results stay available, marked not current.
 */
export function useChunkedMap<T, R>(items: readonly T[], fn: (item: T) => R): Chunked<R> {
  const [done, setDone] = useState<{ items: readonly T[]; fn: (item: T) => R; results: R[] }>();
  useEffect(() => {
    let cancelled = false;
    const out: R[] = [];
    void inSlices(
      items,
      SLICE,
      (slice) => slice.forEach((item) => out.push(fn(item))),
      () => cancelled,
    ).then((all) => all && setDone({ items, fn, results: out }));
    return () => {
      cancelled = true;
    };
  }, [items, fn]);
  return { results: done?.results, current: done?.items === items && done.fn === fn };
}
