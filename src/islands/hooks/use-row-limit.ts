import { useState } from 'preact/hooks';

/**
 * Rows a long table renders at first, and how many more each "Show more" adds. A table's
 * layout costs the browser time per row (about 3 ms on a slow phone), so rendering a whole
 * catalog of hundreds of rows would freeze the page; 50 keep each render well under 200 ms.
 */
export const ROW_STEP = 50;

/**
 * The first `limit` of `rows`, and a way to show more. A new list (another search, sort or
 * workload: a new array) starts again at the first ROW_STEP, so what changes is in view at once.
 */
export function useRowLimit<T>(rows: readonly T[]) {
  const [seen, setSeen] = useState<{ rows: readonly T[]; limit: number }>({
    rows,
    limit: ROW_STEP,
  });
  const limit = seen.rows === rows ? seen.limit : ROW_STEP;
  return {
    visible: rows.length > limit ? rows.slice(0, limit) : rows,
    total: rows.length,
    more: () => setSeen({ rows, limit: limit + ROW_STEP }),
  };
}
