import { useMemo } from 'preact/hooks';
import { benchmarkBars, costAtScale } from '../../lib/charts/builders';
import { chartModelFromCells, sharedBenchmarks } from '../../lib/charts/data';
import type { CompareModel, RowDef } from '../../lib/compare/cells';
import { primaryOffering } from '../../lib/models/pricing';
import type { PricedModel } from '../../lib/pricing/priced-models';
import ChartView from '../ChartView';

type Props = {
  models: CompareModel[];
  priced: PricedModel[];
  rows: RowDef[];
  mix: number;
  asOf: string;
};

/** The compared models' shared benchmarks and their cost at scale, as charts. */
export function CompareCharts({ models, priced, rows, mix, asOf }: Props) {
  const specs = useMemo(() => {
    const chartModels = models.map((m) => {
      const p = priced.find((x) => x.id === m.id);
      return chartModelFromCells(m, p ? primaryOffering(p) : undefined);
    });
    const defs = rows
      .filter((r) => r.id.startsWith('bench:'))
      .map((r) => ({
        id: r.id.slice('bench:'.length),
        name: r.label,
        unit: (r.unit ?? '%') as '%' | 'score' | 'elo',
        higherIsBetter: r.better !== 'lower',
        category: 'other' as const,
      }));
    const shared = sharedBenchmarks(chartModels, defs);
    return [
      ...(shared.length ? [benchmarkBars(chartModels, shared)] : []),
      costAtScale(chartModels, mix, asOf),
    ];
  }, [models, priced, rows, mix, asOf]);
  if (models.length < 2) return null;
  return (
    <section aria-labelledby="compare-charts">
      <h2 id="compare-charts">Charts</h2>
      {specs.map((spec) => (
        <ChartView key={spec.id} spec={spec} />
      ))}
    </section>
  );
}
