import { formatPrice, formatTokens } from '../../lib/format';
import { totals } from '../../lib/pricing/present';
import type { RankedModel } from '../../lib/pricing/ranking';
import type { Workload } from '../../lib/pricing/workload';
import { shutdownBy } from '../../lib/pricing/availability';
import { useRowLimit } from '../hooks/use-row-limit';
import { Cost } from './Cost';
import { MoreRows } from './MoreRows';

type Props = {
  ranked: RankedModel[];
  workload: Workload;
  /** The day a shutdown is judged on (the reader's, or the link's past `asof`). */
  asOf: string;
  providerNames: Record<string, string>;
  best?: string | undefined;
  /** True while a new workload is being priced: the rows shown are the last ranking's. */
  busy?: boolean;
};

/**
 * Every model ranked by the cost of one request, with per-day and per-month totals: the
 * cheapest first, the rest a button away.
 */
export function CostTable({ ranked, workload, asOf, providerNames, best, busy = false }: Props) {
  const { visible, total, more } = useRowLimit(ranked);
  return (
    <>
      <div class="table-scroll">
        {busy && (
          <p class="muted" role="status" data-pending>
            Updating the prices for this workload…
          </p>
        )}
        <table
          class={`data cost-table${busy ? ' updating' : ''}`}
          data-testid="cost-table"
          aria-busy={busy ? 'true' : 'false'}
        >
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" class="num">
                Per request
              </th>
              <th scope="col" class="num">
                Per day
              </th>
              <th scope="col" class="num">
                Per month
              </th>
              <th scope="col">Fits?</th>
              <th scope="col">Priced at</th>
            </tr>
          </thead>
          <tbody>
            {visible.map(({ model, offering, cost, fit }) => {
              const t = cost.ok ? totals(cost.perRequest, workload.requestsPerMonth) : undefined;
              const gone = shutdownBy(model, asOf);
              return (
                <tr
                  key={model.id}
                  data-model={model.id}
                  data-fits={fit.fits === undefined ? 'unknown' : fit.fits ? 'yes' : 'no'}
                  class={model.id === best ? 'best' : undefined}
                >
                  <th scope="row">
                    <a href={`/models/${model.id}/`}>{model.name}</a>
                    {model.id === best && (
                      <span class="badge status-active"> cheapest that fits</span>
                    )}
                    {gone && <span class="badge status-retired"> shut down {gone}</span>}
                  </th>
                  <td class="num" data-testid={`cost-${model.id}`}>
                    {t ? <Cost amount={t.request} /> : <span class="muted">No price</span>}
                  </td>
                  <td class="num">{t ? <Cost amount={t.day} /> : '—'}</td>
                  <td class="num">{t ? <Cost amount={t.month} /> : '—'}</td>
                  <td>
                    {fit.fits === true ? (
                      'Yes'
                    ) : fit.fits === false ? (
                      <span>No: {fit.reason}</span>
                    ) : (
                      <span class="muted">Unknown: {fit.reason}</span>
                    )}
                  </td>
                  <td class="note">
                    {cost.ok ? (
                      <>
                        {providerNames[offering?.provider ?? ''] ?? offering?.provider}: in{' '}
                        {formatPrice(
                          cost.lines.find((l) => l.meter === 'input')?.rate ??
                            cost.schedule.input ??
                            0,
                        )}
                        , out{' '}
                        {formatPrice(
                          cost.lines.find((l) => l.meter === 'output')?.rate ??
                            cost.schedule.output ??
                            0,
                        )}
                        {workload.batch && ' (batch)'}
                        {cost.tier &&
                          ` · long-context tier (over ${formatTokens(cost.tier.above)} tokens)`}
                        {cost.notes.map((n) => (
                          <span key={n}> · {n}</span>
                        ))}
                      </>
                    ) : (
                      cost.reason
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MoreRows shown={visible.length} total={total} noun="models" onMore={more} />
    </>
  );
}
