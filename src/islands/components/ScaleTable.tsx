import { formatPrice } from '../../lib/format';
import { primaryOffering } from '../../lib/models/pricing';
import type { PricedModel } from '../../lib/pricing/priced-models';
import { SCALES, blendedUnits, monthlyAtScale } from '../../lib/pricing/scale';
import { useMemo } from 'preact/hooks';
import { useChunkedMap } from '../hooks/use-chunked';
import { useRowLimit } from '../hooks/use-row-limit';
import { Cost } from './Cost';
import { MoreRows } from './MoreRows';

type Props = { models: PricedModel[]; mix: number; asOf: string; onMix: (mix: number) => void };

const scaleLabel = (n: number) => (n >= 1e9 ? `${n / 1e9}B` : `${n / 1e6}M`);

/** The cost-at-scale view: monthly cost at 10M, 500M and 10B tokens for an input:output mix. */
export function ScaleTable({ models, mix, asOf, onMix }: Props) {
  const blend = useMemo(
    () => (m: PricedModel) => {
      const o = primaryOffering(m);
      return { m, o, blended: o ? blendedUnits(o, mix, asOf) : undefined };
    },
    [mix, asOf],
  );
  const blended = useChunkedMap(models, blend);
  const rows = useMemo(() => [...(blended.results ?? [])].sort(byBlendedPrice), [blended.results]);
  const { visible, total, more } = useRowLimit(rows);
  return (
    <>
      <label>
        Input share of monthly tokens (%){' '}
        <input
          type="number"
          min="0"
          max="100"
          step="5"
          value={Math.round(mix * 100)}
          onInput={(e) =>
            onMix(Math.min(100, Math.max(0, Number(e.currentTarget.value) || 0)) / 100)
          }
        />
      </label>{' '}
      <span class="muted">
        {Math.round(mix * 100)}/{100 - Math.round(mix * 100)} input/output (80/20 by default, the
        mix TokenMix uses for its "cost math at 3 scales"), at each model's standard input and
        output prices.
      </span>
      <div class="table-scroll">
        <table
          class={`data scale-table${blended.current ? '' : ' updating'}`}
          data-testid="scale-table"
          aria-busy={blended.current ? 'false' : 'true'}
        >
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" class="num">
                Blended $/1M
              </th>
              {SCALES.map((s) => (
                <th scope="col" class="num" key={s}>
                  {scaleLabel(s)} tokens/month
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map(({ m, o, blended }) => (
              <tr key={m.id} data-model={m.id}>
                <th scope="row">{m.name}</th>
                <td class="num">
                  {blended !== undefined ? (
                    formatPrice(Number(blended) / 1e6)
                  ) : (
                    <span class="muted">No price</span>
                  )}
                </td>
                {SCALES.map((s) => {
                  const cost = o ? monthlyAtScale(o, s, mix, asOf) : undefined;
                  return (
                    <td class="num" key={s}>
                      {cost !== undefined ? <Cost amount={cost} /> : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoreRows shown={visible.length} total={total} noun="models" onMore={more} />
    </>
  );
}

type Row = { blended: bigint | undefined };

/** Cheapest blended price first, unpriced last. */
const byBlendedPrice = (a: Row, b: Row) =>
  a.blended === undefined
    ? 1
    : b.blended === undefined
      ? -1
      : a.blended < b.blended
        ? -1
        : a.blended > b.blended
          ? 1
          : 0;
