import { formatCost, formatCostExact, formatDate, formatPrice } from '../format';
import { toUsd } from '../pricing/money';
import { SCALES, blendedUnits, monthlyAtScale } from '../pricing/scale';
import type { ChartSpec, Dataset } from './spec';
import type { ChartModel } from './data';
import { datasetStyle as styled } from './styles';
import { logBounds } from './ticks';

/** The calculator's monthly totals at 10M, 500M and 10B tokens, per model (log axis). */
export function costAtScale(
  models: readonly ChartModel[],
  inputShare: number,
  asOf: string,
): ChartSpec {
  const label = (n: number) => (n >= 1e9 ? `${n / 1e9}B tokens/month` : `${n / 1e6}M tokens/month`);
  const labels = SCALES.map(label);
  const priced = models.filter(
    (m) => m.offering && blendedUnits(m.offering, inputShare, asOf) !== undefined,
  );
  const datasets: Dataset[] = priced.map((m) => {
    // Styled by place in the full list, so a model keeps its colour beside the page's other charts.
    const monthly = (s: number) =>
      monthlyAtScale(m.offering as NonNullable<ChartModel['offering']>, s, inputShare, asOf) ?? 0n;
    return {
      type: 'bar',
      label: m.name,
      ...styled(models.indexOf(m)),
      directLabels: 'bar',
      data: SCALES.map((s) => ({
        x: label(s),
        y: toUsd(monthly(s)),
        text: formatCost(monthly(s)),
      })),
    };
  });
  const mix = `${Math.round(inputShare * 100)}/${100 - Math.round(inputShare * 100)}`;
  const cheapest = [...priced].sort((a, b) =>
    Number(
      (blendedUnits(a.offering!, inputShare, asOf) ?? 0n) -
        (blendedUnits(b.offering!, inputShare, asOf) ?? 0n),
    ),
  )[0];
  return {
    id: 'cost-at-scale',
    title: `Monthly cost at three volumes (${mix} input/output)`,
    summary: cheapest
      ? `${cheapest.name} is the cheapest shown at every volume, since cost grows in proportion to tokens at a fixed blended price.`
      : 'No model shown has a price.',
    config: {
      type: 'bar',
      data: { labels, datasets },
      options: {
        scales: {
          y: {
            type: 'logarithmic',
            compactTicks: 'usd',
            // Room under the cheapest bar and over the dearest one for its value.
            ...logBounds(
              datasets.flatMap((d) => d.data.map((p) => p.y)),
              2,
            ),
            title: { display: true, text: 'USD per month (log scale)' },
          },
        },
      },
    },
    table: {
      columns: ['Model', ...labels],
      rows: priced.map((m) => [
        m.name,
        ...SCALES.map((s) =>
          // The data table is the chart's export: exact amounts, not the rounded display.
          formatCostExact(monthlyAtScale(m.offering!, s, inputShare, asOf) ?? 0n),
        ),
      ]),
    },
  };
}

/** Input and output price over time for one offering whose prices changed. */
export function priceHistory(model: ChartModel): ChartSpec | undefined {
  const schedules = model.offering?.prices ?? [];
  if (schedules.length < 2) return undefined;
  const labels = schedules.map((s) => formatDate(s.effective));
  const line = (key: 'input' | 'output', i: number): Dataset => ({
    type: 'line',
    label: `${key === 'input' ? 'Input' : 'Output'} $/1M`,
    ...styled(i),
    stepped: 'before',
    data: schedules.flatMap((s, j) =>
      s[key] === undefined ? [] : [{ x: labels[j] as string, y: s[key] as number }],
    ),
  });
  const first = schedules[0]!;
  const last = schedules[schedules.length - 1]!;
  return {
    id: 'price-history',
    title: `${model.name}: price history`,
    summary: `${model.name}'s input price went from ${formatPrice(first.input ?? 0)} (${formatDate(first.effective)}) to ${formatPrice(last.input ?? 0)} (${formatDate(last.effective)}) per 1M tokens.`,
    config: {
      type: 'line',
      data: { labels, datasets: [line('input', 0), line('output', 1)] },
      options: {
        scales: { y: { beginAtZero: true, title: { display: true, text: 'USD per 1M tokens' } } },
      },
    },
    table: {
      columns: ['In force from', 'Input $/1M', 'Output $/1M'],
      rows: schedules.map((s) => [
        formatDate(s.effective),
        s.input !== undefined ? formatPrice(s.input) : '—',
        s.output !== undefined ? formatPrice(s.output) : '—',
      ]),
    },
  };
}
