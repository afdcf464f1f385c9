/** What the /benchmarks/ page renders and what its explorer fetches. */
import { longContextRecall } from '../charts/builders';
import { toChartModel } from '../charts/data';
import type { BenchmarksState } from '../url-state/benchmarks';
import { dataFiles } from './data-files';
import type { IndexedCatalog } from './indexed-catalog';

/** The view a plain /benchmarks/ link opens: GPQA Diamond for widely compared models. */
export const initialBenchmarks: BenchmarksState = {
  benchmark: 'gpqa-diamond',
  models: [
    'gpt-4.1',
    'gpt-4.1-mini',
    'gpt-4.1-nano',
    'gpt-4o',
    'gpt-4o-mini',
    'o3',
    'o4-mini',
    'gpt-5',
    'claude-3.7-sonnet',
    'gemini-2.5-pro',
    'gemini-3.1-pro',
    'glm-5.1',
  ],
  mix: 0.8,
};

/**
 * /benchmarks/: the benchmark list and the chart data's URL for the explorer, and the
 * long-context recall chart, rendered from the models that report recall by length only.
 */
export function benchmarksView(catalog: IndexedCatalog, day: string) {
  return {
    chartsUrl: dataFiles(catalog, day).urls.charts,
    benchmarks: catalog.benchmarks.map(({ id, name, unit, higherIsBetter, category }) => ({
      id,
      name,
      unit,
      higherIsBetter,
      category,
    })),
    initial: initialBenchmarks,
    recall: longContextRecall(catalog.models.map((m) => toChartModel(m, catalog))),
  };
}
