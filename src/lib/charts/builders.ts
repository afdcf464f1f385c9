import { formatPrice, formatScore, formatTokensShort } from '../format';
import { blendedUnits } from '../pricing/scale';
import type { ChartBenchmark, ChartModel } from './data';
import { RECALL_BY_LENGTH, headlineResult } from './data';
import { paretoFrontier } from './pareto';
import { NEUTRAL, datasetStyle, seriesStyle } from './styles';
import type { ChartSpec, Dataset, Point } from './spec';
import { logBounds } from './ticks';

/** A chart as data: a chart.js configuration (plain JSON), the same numbers as a table, and a summary. */
export type { ChartSpec, Dataset, DirectLabels, Point } from './spec';

const styled = datasetStyle;
const color = (i: number) => seriesStyle(i).color;
const scoreAxis = (unit: ChartBenchmark['unit']) => ({
  title: { display: true, text: unit === '%' ? 'Score (%)' : 'Score' },
  beginAtZero: unit === '%',
});

/**
 * Benchmark bars: one bar per model per benchmark (the maker's own score where there is one).
 * Every other sourced value for the same benchmark is drawn as a marker over the bar, so a
 * disagreement is visible, never silently resolved.
 */
export function benchmarkBars(
  models: readonly ChartModel[],
  benchmarks: readonly ChartBenchmark[],
): ChartSpec {
  const labels = benchmarks.map((b) => b.name);
  const datasets: Dataset[] = models.map((m, i) => ({
    type: 'bar',
    label: m.name,
    ...styled(i),
    directLabels: 'bar',
    data: benchmarks.flatMap((b) => {
      const r = headlineResult(m, b.id);
      return r
        ? [
            {
              x: b.name,
              y: r.score,
              source: r.source,
              note: r.setting,
              text: formatScore(r.score, b.unit),
            },
          ]
        : [];
    }),
  }));
  const others: (Point & { series: number })[] = models.flatMap((m, i) =>
    benchmarks.flatMap((b) => {
      const head = headlineResult(m, b.id);
      return m.results
        .filter((r) => r.benchmark === b.id && r.atTokens === undefined && r !== head)
        .map((r) => ({
          x: b.name,
          y: r.score,
          source: r.source,
          note: r.setting,
          label: m.name,
          text: formatScore(r.score, b.unit),
          series: i,
        }));
    }),
  );
  if (others.length)
    datasets.push({
      type: 'scatter',
      label: 'Other sources',
      data: others,
      // Each cross takes its model's colour and sits on that model's bar.
      backgroundColor: others.map((p) => color(p.series)),
      borderColor: others.map((p) => color(p.series)),
      pinToBars: true,
      borderWidth: 3,
      pointStyle: 'crossRot',
      pointRadius: 8,
      order: -1,
    });
  const rows = models.flatMap((m) =>
    benchmarks.flatMap((b) =>
      m.results
        .filter((r) => r.benchmark === b.id && r.atTokens === undefined)
        .map((r) => [
          m.name,
          b.name,
          formatScore(r.score, b.unit),
          r.own ? `${r.source} (maker's own)` : r.source,
          r.setting ?? '',
        ]),
    ),
  );
  const first = benchmarks[0];
  const leader = first
    ? models
        .map((m) => ({ m, r: headlineResult(m, first.id) }))
        .filter((x) => x.r)
        .sort((a, b) => (b.r?.score ?? 0) - (a.r?.score ?? 0))[0]
    : undefined;
  return {
    id: 'benchmark-bars',
    title: `Benchmark scores: ${labels.join(', ')}`,
    summary:
      leader && first && leader.r
        ? `On ${first.name}, ${leader.m.name} scores highest of the models shown (${formatScore(leader.r.score, first.unit)}, ${leader.r.source})${others.length ? '; crosses mark values from other sources' : ''}.`
        : 'No model shown has a score on these benchmarks.',
    config: {
      type: 'bar',
      data: { labels, datasets },
      options: { scales: { y: scoreAxis(first?.unit ?? '%') } },
    },
    table: { columns: ['Model', 'Benchmark', 'Score', 'Source', 'Setting'], rows },
  };
}

/**
 * Price against quality: blended price per 1M tokens (log axis) against one benchmark, with
 * the Pareto frontier drawn through the models no other model beats on both.
 */
export function priceQuality(
  models: readonly ChartModel[],
  benchmark: ChartBenchmark,
  inputShare: number,
  asOf: string,
): ChartSpec & { frontier: string[] } {
  const points = models.flatMap((m, i) => {
    const r = headlineResult(m, benchmark.id);
    const blended = m.offering ? blendedUnits(m.offering, inputShare, asOf) : undefined;
    return r && blended !== undefined ? [{ m, i, r, price: Number(blended) / 1e6 }] : [];
  });
  const frontier = paretoFrontier(
    points.map((p) => ({ id: p.m.id, price: p.price, score: p.r.score })),
  );
  const onFrontier = new Set(frontier.map((p) => p.id));
  const name = (id: string) => models.find((m) => m.id === id)?.name ?? id;
  const datasets: Dataset[] = points.map((p) => ({
    type: 'scatter',
    label: p.m.name,
    ...styled(p.i),
    pointRadius: onFrontier.has(p.m.id) ? 8 : 6,
    borderWidth: 2,
    directLabels: 'point',
    // Frontier models keep their names when labels would collide.
    labelPriority: onFrontier.has(p.m.id) ? 2 : 1,
    data: [{ x: p.price, y: p.r.score, source: p.r.source, note: p.r.setting, label: p.m.name }],
  }));
  if (frontier.length > 1)
    datasets.push({
      type: 'line',
      label: 'Pareto frontier',
      data: frontier.map((f) => ({ x: f.price, y: f.score, label: name(f.id) })),
      borderColor: NEUTRAL,
      borderDash: [6, 4],
      showLine: true,
      pointRadius: 0,
      order: 1,
    });
  const mix = `${Math.round(inputShare * 100)}/${100 - Math.round(inputShare * 100)}`;
  const missing = models.filter((m) => !points.some((p) => p.m.id === m.id)).map((m) => m.name);
  return {
    id: 'price-quality',
    title: `Price vs ${benchmark.name}`,
    summary: points.length
      ? `On ${benchmark.name}, the models no other shown model beats on both price and score are ${frontier.map((f) => name(f.id)).join(', ')} (blended price at a ${mix} input/output mix)${missing.length ? `; ${missing.join(', ')} lack a price or a score` : ''}.`
      : `None of the models shown has both a price and a ${benchmark.name} score.`,
    frontier: frontier.map((f) => f.id),
    config: {
      type: 'scatter',
      data: { datasets },
      options: {
        scales: {
          x: {
            type: 'logarithmic',
            compactTicks: 'usd',
            // Widened so the cheapest and dearest markers are drawn whole.
            ...logBounds(
              points.map((p) => p.price),
              1.25,
            ),
            title: { display: true, text: `Blended price, USD per 1M tokens (${mix}, log scale)` },
          },
          y: scoreAxis(benchmark.unit),
        },
      },
    },
    table: {
      columns: ['Model', `Blended $/1M (${mix})`, benchmark.name, 'Source', 'On the frontier'],
      rows: points.map((p) => [
        p.m.name,
        formatPrice(p.price),
        formatScore(p.r.score, benchmark.unit),
        p.r.source,
        onFrontier.has(p.m.id) ? 'Yes' : 'No',
      ]),
    },
  };
}

/** Long-context recall against input length, one line per model and source. */
export function longContextRecall(models: readonly ChartModel[]): ChartSpec {
  const series = models.flatMap((m) => {
    const results = m.results.filter(
      (r) => RECALL_BY_LENGTH.includes(r.benchmark) && r.atTokens !== undefined,
    );
    // One line per source and test: two tests' points never share a line.
    const lines = new Map<string, typeof results>();
    for (const r of results) {
      const key = `${r.source}|${r.benchmark}`;
      lines.set(key, [...(lines.get(key) ?? []), r]);
    }
    return [...lines.values()].map((rs) => ({
      m,
      source: rs[0]!.source,
      rs: [...rs].sort((a, b) => (a.atTokens ?? 0) - (b.atTokens ?? 0)),
    }));
  });
  const datasets: Dataset[] = series.map((s, i) => ({
    type: 'line',
    label: `${s.m.name} (${s.source})`,
    ...styled(i),
    pointRadius: 6,
    pointBorderWidth: 2,
    directLabels: 'end',
    showLine: true,
    data: s.rs.map((r) => ({
      x: r.atTokens as number,
      y: r.score,
      source: s.source,
      note: r.setting,
    })),
  }));
  const gpt41 = series.filter((s) => s.m.id === 'gpt-4.1');
  return {
    id: 'long-context',
    title: 'Long-context recall vs input length',
    summary: gpt41.length
      ? `GPT-4.1's recall falls as inputs grow: ${gpt41.map((s) => `${s.rs.map((r) => `${r.score}% at ${formatTokensShort(r.atTokens as number)}`).join(' to ')} (${s.source})`).join('; ')}.`
      : 'Recall at each input length, per model and source.',
    config: {
      type: 'line',
      data: { datasets },
      options: {
        scales: {
          x: {
            type: 'logarithmic',
            compactTicks: 'count',
            ...logBounds(
              series.flatMap((s) => s.rs.map((r) => r.atTokens ?? 0)),
              1.25,
            ),
            title: { display: true, text: 'Input length, tokens (log scale)' },
          },
          y: { title: { display: true, text: 'Recall (%)' }, min: 0, max: 100 },
        },
      },
    },
    table: {
      columns: ['Model', 'Source', 'Input length', 'Recall', 'Setting'],
      rows: series.flatMap((s) =>
        s.rs.map((r) => [
          s.m.name,
          s.source,
          formatTokensShort(r.atTokens as number),
          `${r.score}%`,
          r.setting ?? '',
        ]),
      ),
    },
  };
}

export { costAtScale, priceHistory } from './price-charts';
