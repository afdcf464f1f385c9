import { formatTokens } from '../format';
import type { Cell, CompareModel, RowDef } from './cells';
import { BENCHMARK_PRIORITY } from '../charts/data';

/** A sentence computed from the data, never written by hand. */
export type Statement = { text: string };

const ratioText = (r: number) => (r >= 10 ? `${Math.round(r)}×` : `${Math.round(r * 10) / 10}×`);
const points = (d: number) =>
  `${Math.round(d * 10) / 10} point${Math.round(d * 10) / 10 === 1 ? '' : 's'}`;

/**
 * Plain-language comparisons: the cost gap for the workload, the context gap, and score
 * gaps on benchmarks where two models have values from the same source (so the numbers come
 * from one test run setup, not two).
 */
export function statements(
  models: readonly CompareModel[],
  rows: readonly RowDef[],
  costs: ReadonlyMap<string, number>,
): Statement[] {
  const out: Statement[] = [];
  const name = (id: string) => models.find((m) => m.id === id)?.name ?? id;
  const priced = models.filter((m) => (costs.get(m.id) ?? 0) > 0);
  if (priced.length >= 2) {
    const sorted = [...priced].sort(
      (a, b) => (costs.get(a.id) as number) - (costs.get(b.id) as number),
    );
    const cheap = sorted[0] as CompareModel;
    const dear = sorted[sorted.length - 1] as CompareModel;
    const r = (costs.get(dear.id) as number) / (costs.get(cheap.id) as number);
    if (r >= 1.05)
      out.push({
        text: `${cheap.name} costs ${ratioText(r)} less than ${dear.name} for this workload.`,
      });
    else
      out.push({ text: `${cheap.name} and ${dear.name} cost about the same for this workload.` });
  }
  const ctx = models
    .map((m) => ({ m, v: m.cells['context']?.[0]?.value }))
    .filter((x): x is { m: CompareModel; v: number } => x.v !== undefined)
    .sort((a, b) => b.v - a.v);
  if (ctx.length >= 2 && (ctx[0]?.v ?? 0) >= 1.5 * (ctx[ctx.length - 1]?.v ?? Infinity)) {
    const big = ctx[0] as { m: CompareModel; v: number };
    const small = ctx[ctx.length - 1] as { m: CompareModel; v: number };
    out.push({
      text: `${big.m.name}'s context window is ${ratioText(big.v / small.v)} ${small.m.name}'s (${formatTokens(big.v)} vs ${formatTokens(small.v)} tokens).`,
    });
  }
  const first = models[0];
  if (first) {
    for (const other of models.slice(1)) {
      let said = 0;
      for (const row of byPriority(rows)) {
        if (said >= 2 || !row.id.startsWith('bench:') || row.unit !== '%') continue;
        const a = first.cells[row.id] ?? [];
        const b = other.cells[row.id] ?? [];
        const pair = a.flatMap((x) =>
          b
            .filter((y) => y.source !== undefined && y.source === x.source && comparable(x, y))
            .map((y) => [x, y] as const),
        )[0];
        if (!pair || pair[0].value === undefined || pair[1].value === undefined) continue;
        const d = pair[0].value - pair[1].value;
        if (Math.abs(d) < 0.05) continue;
        const [hi, lo] = d > 0 ? [first.id, other.id] : [other.id, first.id];
        out.push({
          text: `${name(hi)} scores ${points(Math.abs(d))} higher than ${name(lo)} on ${row.label} (${pair[0].source}).`,
        });
        said++;
      }
    }
  }
  return out;
}

/**
 * Two scores are comparable when one publisher reports both and either both are the maker's
 * own (one launch table) or both were run in the same setting (a leaderboard's entries can
 * use different edit formats or thinking budgets).
 */
const comparable = (x: Cell, y: Cell): boolean =>
  (x.own === true && y.own === true) || (x.note ?? '') === (y.note ?? '');

/** The benchmarks readers ask about first, then the rest in their usual order. */
const PRIORITY = BENCHMARK_PRIORITY.map((id) => `bench:${id}`);
const byPriority = (rows: readonly RowDef[]): RowDef[] => [
  ...PRIORITY.flatMap((id) => rows.filter((r) => r.id === id)),
  ...rows.filter((r) => !PRIORITY.includes(r.id)),
];
