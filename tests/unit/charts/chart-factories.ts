import type { ChartBenchmark, ChartModel, ChartResult } from '../../../src/lib/charts/data';
import { priceSchedule, pricedModel } from '../../fixtures/factories';

/** A benchmark as charts see it. */
export const chartBenchmark = (id = 'quiz', name = 'Quiz'): ChartBenchmark => ({
  id,
  name,
  unit: '%',
  higherIsBetter: true,
  category: 'other',
});

/**
 * The i-th of a line of chart models: `Model i`, priced $i+1 in and 4× that out (a schema-valid
 * offering), scoring 40 + i on `quiz` by its maker, plus any `extra` results.
 */
export function chartModel(i: number, extra: Partial<ChartResult>[] = []): ChartModel {
  const offering = pricedModel([priceSchedule({ input: i + 1, output: 4 * (i + 1) })]).offerings[0];
  return {
    id: `model-${i}`,
    name: `Model ${i}`,
    results: [
      { benchmark: 'quiz', score: 40 + i, source: 'Maker', own: true },
      ...extra.map((r) => ({ benchmark: 'quiz', score: 0, source: 'Other', own: false, ...r })),
    ],
    offering,
  };
}

export const chartModels = (n: number) => Array.from({ length: n }, (_, i) => chartModel(i));
