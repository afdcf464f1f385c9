import { paretoFrontier } from '../charts/pareto';
import type { ModelRow } from './rows';

/** One model on the price-vs-quality frontier for a benchmark. */
export type FrontierPoint = { row: ModelRow; price: number; score: number };

/**
 * The models no other listed model beats on both blended price and a benchmark's headline
 * score, cheapest first. For a benchmark where lower is better the score is compared the
 * other way round.
 */
export function benchmarkFrontier(
  rows: readonly ModelRow[],
  benchmark: string,
  higherIsBetter = true,
): FrontierPoint[] {
  const sign = higherIsBetter ? 1 : -1;
  const points = rows.flatMap((r) => {
    const cell = r.bench[benchmark];
    return cell && r.blended !== undefined
      ? [{ id: r.id, price: r.blended, score: sign * cell.score }]
      : [];
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return paretoFrontier(points).flatMap((p) => {
    const row = byId.get(p.id);
    return row ? [{ row, price: p.price, score: sign * p.score }] : [];
  });
}

/** How many of the rows have both a blended price and a score on the benchmark. */
export const plottedCount = (rows: readonly ModelRow[], benchmark: string): number =>
  rows.filter((r) => r.bench[benchmark] && r.blended !== undefined).length;
