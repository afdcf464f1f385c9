/** A model placed on price (lower is better) and quality (higher is better). */
export type PricePoint = { id: string; price: number; score: number };

/**
 * The Pareto frontier: points no other point beats on both axes (cheaper or as cheap, and
 * better or as good, strictly better on one). Returned cheapest first. Identical points are
 * all on it.
 */
export function paretoFrontier(points: readonly PricePoint[]): PricePoint[] {
  const sorted = [...points].sort((a, b) => a.price - b.price || b.score - a.score);
  const frontier: PricePoint[] = [];
  let best = -Infinity;
  for (const p of sorted) {
    const last = frontier[frontier.length - 1];
    if (p.score > best) {
      frontier.push(p);
      best = p.score;
    } else if (last && p.score === last.score && p.price === last.price) frontier.push(p);
  }
  return frontier;
}
