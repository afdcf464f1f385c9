import { formatPrice } from '../../lib/format';
import { primaryOffering } from '../../lib/models/pricing';
import type { PricedModel } from '../../lib/pricing/priced-models';
import { SCALES, blendedUnits, monthlyAtScale } from '../../lib/pricing/scale';
import { Cost } from './Cost';

type Props = { models: PricedModel[]; mix: number; asOf: string; onMix: (mix: number) => void };

const scaleLabel = (n: number) => (n >= 1e9 ? `${n / 1e9}B` : `${n / 1e6}M`);

/** The cost-at-scale view: monthly cost at 10M, 500M and 10B tokens for an input:output mix. */
export function ScaleTable({ models, mix, asOf, onMix }: Props) {
  const rows = models
    .map((m) => ({ m, o: primaryOffering(m) }))
    .map(({ m, o }) => ({ m, o, blended: o ? blendedUnits(o, mix, asOf) : undefined }))
    .sort((a, b) =>
      a.blended === undefined
        ? 1
        : b.blended === undefined
          ? -1
          : a.blended < b.blended
            ? -1
            : a.blended > b.blended
              ? 1
              : 0,
    );
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
        <table class="data scale-table" data-testid="scale-table">
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
            {rows.map(({ m, o, blended }) => (
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
    </>
  );
}
