import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../../src/lib/content/read';
import {
  benchmarkBars,
  costAtScale,
  longContextRecall,
  priceHistory,
  priceQuality,
} from '../../../src/lib/charts/builders';
import { sharedBenchmarks, toChartModel } from '../../../src/lib/charts/data';
import { paretoFrontier, type PricePoint } from '../../../src/lib/charts/pareto';
import { chartBenchmark, chartModel, chartModels } from './chart-factories';

const p = (id: string, price: number, score: number): PricePoint => ({ id, price, score });

describe('Pareto frontier', () => {
  test.each([
    { name: 'a single point is the frontier', points: [p('a', 1, 50)], frontier: ['a'] },
    {
      name: 'cheaper and better dominates',
      points: [p('a', 1, 60), p('b', 2, 50)],
      frontier: ['a'],
    },
    {
      name: 'a price/quality trade-off keeps both',
      points: [p('a', 1, 50), p('b', 2, 60)],
      frontier: ['a', 'b'],
    },
    {
      name: 'same price, lower score is dominated',
      points: [p('a', 1, 50), p('b', 1, 60)],
      frontier: ['b'],
    },
    {
      name: 'same score, higher price is dominated',
      points: [p('a', 1, 50), p('b', 2, 50)],
      frontier: ['a'],
    },
    {
      name: 'identical points are both on it',
      points: [p('a', 1, 50), p('b', 1, 50)],
      frontier: ['a', 'b'],
    },
    {
      name: 'a staircase, cheapest first',
      points: [
        p('mid', 2, 70),
        p('dominated', 3, 65),
        p('cheap', 0.5, 40),
        p('top', 10, 90),
        p('bad', 12, 80),
      ],
      frontier: ['cheap', 'mid', 'top'],
    },
    { name: 'no points, no frontier', points: [], frontier: [] },
  ])('$name', ({ points, frontier }) => {
    expect(paretoFrontier(points).map((x) => x.id)).toEqual(frontier);
  });
});

describe('what the charts write beside their marks', () => {
  test('each cross names the bar it belongs on: its own model’s, not the category’s first', () => {
    const models = [chartModel(0), chartModel(1, [{ score: 30 }]), chartModel(2, [{ score: 70 }])];
    const spec = benchmarkBars(models, [chartBenchmark()]);
    const others = spec.config.data.datasets.find((d) => d.label === 'Other sources')!;
    expect(others.pinToBars).toBe(true);
    const barOf = (series: number | undefined) => spec.config.data.datasets[series ?? -1]?.label;
    expect(others.data.map((p) => [p.y, barOf(p.series)])).toEqual([
      [30, 'Model 1'],
      [70, 'Model 2'],
    ]);
  });

  test('bars carry their value as a reader sees it, and ask for direct labels', () => {
    const spec = benchmarkBars(chartModels(2), [chartBenchmark()]);
    const bars = spec.config.data.datasets.filter((d) => d.type === 'bar');
    expect(bars.map((d) => [d.directLabels, d.data.map((p) => p.text)])).toEqual([
      ['bar', ['40%']],
      ['bar', ['41%']],
    ]);
    const cost = costAtScale(chartModels(1), 0.5, '2026-01-01');
    // $1 in / $4 out at 50/50 is $2.50 per 1M: $25, $1,250 and $25,000 a month.
    expect(cost.config.data.datasets[0]?.data.map((p) => p.text)).toEqual([
      '$25.00',
      '$1,250',
      '$25,000',
    ]);
  });

  test('price vs quality names every point, frontier models first when space runs out', () => {
    // Model 0 is cheapest; each dearer model scores higher, so all are on the frontier but one
    // made worse than the cheapest.
    const models = [...chartModels(3), { ...chartModel(3), results: [] }];
    models[1] = { ...models[1]!, results: [{ ...models[1]!.results[0]!, score: 10 }] };
    const spec = priceQuality(models, chartBenchmark(), 0.5, '2026-01-01');
    const points = spec.config.data.datasets.filter((d) => d.type === 'scatter');
    expect(points.map((d) => [d.label, d.directLabels, d.labelPriority])).toEqual([
      ['Model 0', 'point', 2],
      ['Model 1', 'point', 1],
      ['Model 2', 'point', 2],
    ]);
  });

  test('log axes ask for compact ticks', () => {
    const scales = (s: { config: { options: Record<string, unknown> } }) =>
      s.config.options['scales'] as Record<string, { compactTicks?: string }>;
    expect(scales(costAtScale(chartModels(2), 0.5, '2026-01-01'))['y']?.compactTicks).toBe('usd');
    expect(
      scales(priceQuality(chartModels(2), chartBenchmark(), 0.5, '2026-01-01'))['x']?.compactTicks,
    ).toBe('usd');
  });
});

describe('chart configurations from the real data', () => {
  const catalog = readCatalog(resolve('content'));
  const models = (ids: string[]) =>
    ids.map((id) =>
      toChartModel(
        catalog.models.find((m) => m.id === id)!,
        catalog,
      ),
    );
  const bench = (id: string) => catalog.benchmarks.find((b) => b.id === id)!;

  test('benchmark bars plot the maker’s own score and mark every other sourced value', () => {
    const spec = benchmarkBars(models(['gpt-4.1', 'gpt-4o']), [bench('mmlu')]);
    const bars = spec.config.data.datasets.filter((d) => d.type === 'bar');
    expect(bars.map((d) => [d.label, d.data.map((x) => x.y)])).toEqual([
      ['GPT-4.1', [90.2]],
      ['GPT-4o', [85.7]],
    ]);
    const others = spec.config.data.datasets.find((d) => d.label === 'Other sources')!;
    expect(others.data.map((x) => [x.label, x.y, x.source])).toEqual([
      ['GPT-4.1', 85, 'TokenMix.ai'],
      ['GPT-4o', 88, 'TokenMix.ai'],
    ]);
    // The table lists every plotted value with its source.
    expect(spec.table.rows).toContainEqual(['GPT-4.1', 'MMLU', '85%', 'TokenMix.ai', '']);
    expect(spec.table.rows).toHaveLength(4);
  });

  test('price vs quality: log price axis, frontier named in the summary and the table', () => {
    const spec = priceQuality(
      models(['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'gpt-4o']),
      bench('gpqa-diamond'),
      0.8,
      '2026-01-01',
    );
    expect((spec.config.options['scales'] as { x: { type: string } }).x.type).toBe('logarithmic');
    // nano $0.16 / 50.3, mini $0.64 / 65.0, 4.1 $3.20 / 66.3; GPT-4o $4.00 / 46.0 is beaten by all.
    expect(spec.frontier).toEqual(['gpt-4.1-nano', 'gpt-4.1-mini', 'gpt-4.1']);
    expect(spec.summary).toContain('GPT-4.1 nano, GPT-4.1 mini, GPT-4.1');
    expect(spec.table.rows.find((r) => r[0] === 'GPT-4o')).toEqual([
      'GPT-4o',
      '$4.00',
      '46%',
      'OpenAI',
      'No',
    ]);
  });

  test('long-context recall: one series per model and source, from the seeds’ figures', () => {
    const spec = longContextRecall(models(['gpt-4.1']));
    expect(spec.config.data.datasets.map((d) => [d.label, d.data.map((x) => [x.x, x.y])])).toEqual([
      [
        'GPT-4.1 (TokenMix.ai)',
        [
          [128000, 90],
          [1000000, 75],
        ],
      ],
      [
        'GPT-4.1 (Educative)',
        [
          [8000, 84],
          [1000000, 50],
        ],
      ],
    ]);
  });

  test('cost at scale matches the calculator at 10M / 500M / 10B tokens', () => {
    const spec = costAtScale(models(['gpt-4.1', 'gpt-5.4']), 0.8, '2026-11-22');
    expect(spec.config.data.datasets.map((d) => d.data.map((x) => x.y))).toEqual([
      [32, 1600, 32000],
      [50, 2500, 50000],
    ]);
  });

  test('price history only for models whose prices changed', () => {
    expect(priceHistory(models(['gpt-4.1'])[0]!)).toBeUndefined();
    const o3 = priceHistory(models(['o3'])[0]!)!;
    expect(o3.config.data.datasets[0]?.data.map((x) => x.y)).toEqual([10, 2]);
  });

  test('shared benchmarks are those at least two models report', () => {
    const ms = models(['gpt-4.1', 'claude-3.7-sonnet']);
    const ids = sharedBenchmarks(ms, catalog.benchmarks).map((b) => b.id);
    expect(ids).toContain('gpqa-diamond');
    expect(ids).not.toContain('mmlu');
  });
});
