import type { BenchmarkDefinition, Offering } from '../../schemas';
import type { Catalog, Model } from '../content/types';
import { primaryOffering } from '../models/pricing';

/** One benchmark score as a chart plots it, with its source. */
export type ChartResult = {
  benchmark: string;
  score: number;
  source: string;
  own: boolean;
  setting?: string | undefined;
  atTokens?: number | undefined;
};

/** What charts need of a model: small enough for an island's props. */
export type ChartModel = {
  id: string;
  name: string;
  results: ChartResult[];
  offering?: Offering | undefined;
};

export type ChartBenchmark = Pick<
  BenchmarkDefinition,
  'id' | 'name' | 'unit' | 'higherIsBetter' | 'category'
>;

export function toChartModel(model: Model, catalog: Catalog): ChartModel {
  const publisher = (id: string) => catalog.sources.find((s) => s.id === id)?.publisher ?? id;
  return {
    id: model.id,
    name: model.name,
    results: model.benchmarks.map((r) => ({
      benchmark: r.benchmark,
      score: r.score,
      source: publisher(r.source),
      own: r.reportedBy === 'self-reported',
      setting: r.setting,
      atTokens: r.atTokens,
    })),
    offering: primaryOffering(model),
  };
}

/** The value a chart plots for a model on a benchmark: its maker's own score first, else the first listed. */
export function headlineResult(m: ChartModel, benchmark: string): ChartResult | undefined {
  const all = m.results.filter((r) => r.benchmark === benchmark && r.atTokens === undefined);
  return all.find((r) => r.own) ?? all[0];
}

/** Benchmarks that at least `min` of the models have a score on, most widely reported first. */
export function sharedBenchmarks<B extends { id: string }>(
  models: readonly ChartModel[],
  defs: readonly B[],
  max = 6,
  min = 2,
): B[] {
  return defs
    .map((b) => ({ b, n: models.filter((m) => headlineResult(m, b.id)).length }))
    .filter((x) => x.n >= min && !RECALL_BY_LENGTH.includes(x.b.id))
    .sort((a, b) => b.n - a.n || rank(a.b.id) - rank(b.b.id))
    .slice(0, max)
    .map((x) => x.b);
}

/**
 * A chart model from a comparison column (the comparison page already ships every cell), so
 * its charts need no second copy of the data.
 */
export function chartModelFromCells(
  c: {
    id: string;
    name: string;
    cells: Record<
      string,
      {
        value?: number | undefined;
        source?: string | undefined;
        own?: boolean | undefined;
        note?: string | undefined;
      }[]
    >;
  },
  offering: Offering | undefined,
): ChartModel {
  const results: ChartResult[] = Object.entries(c.cells)
    .filter(
      ([row]) => row.startsWith('bench:') && !RECALL_BY_LENGTH.includes(row.slice('bench:'.length)),
    )
    .flatMap(([row, cells]) =>
      cells.flatMap((cell) =>
        cell.value === undefined
          ? []
          : [
              {
                benchmark: row.slice('bench:'.length),
                score: cell.value,
                source: cell.source ?? '',
                own: cell.own === true,
                setting: cell.note,
              },
            ],
      ),
    );
  return { id: c.id, name: c.name, results, offering };
}

/**
 * Recall tests reported at several input lengths: drawn against length in their own chart,
 * never as bars. Each is its own benchmark, since the tests differ.
 */
export const RECALL_BY_LENGTH = ['long-context-recall', 'openai-long-context-gpt-4.1'];

/** Benchmarks readers look for first; the rest keep the catalog's order after them. */
export const BENCHMARK_PRIORITY = [
  'mmlu',
  'gpqa-diamond',
  'swe-bench-verified',
  'mmmu',
  'aime-2025',
  'aime-2024',
  'ifeval',
  'multichallenge',
  'humanitys-last-exam',
  'aider-polyglot',
  'mathvista',
];
const rank = (id: string) => {
  const i = BENCHMARK_PRIORITY.indexOf(id);
  return i === -1 ? BENCHMARK_PRIORITY.length : i;
};
