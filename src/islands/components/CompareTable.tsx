import type { CompareModel, RowDef } from '../../lib/compare/cells';
import { bestIn } from '../../lib/compare/best';
import { formatTokens } from '../../lib/format';
import { times, type Money } from '../../lib/pricing/money';
import { useEffect, useState } from 'preact/hooks';
import { nextTask } from '../../lib/tasks';
import { Cost } from './Cost';

type Props = {
  models: CompareModel[];
  rows: RowDef[];
  /** Cost of one request per model id, exact (absent: no price). */
  costs: ReadonlyMap<string, Money>;
  requestsPerMonth: number;
  onChange: (ids: string[]) => void;
};

const move = (ids: string[], i: number, by: number) => {
  const next = [...ids];
  const [m] = next.splice(i, 1);
  next.splice(i + by, 0, m as string);
  return next;
};

/** Rows in the first drawing; the rest follow a task later. */
const FIRST_ROWS = 20;

/**
 * The comparison grid: one column per model (reorder and remove in place), best per row marked.
 * Its first drawing lists the first rows, and the rest a task later: laying out a table of a
 * hundred rows and its script in one task held a slow phone for 0.3-0.5 s. Until every row is
 * there, the table is marked `data-pending`.
 */
export function CompareTable({ models, rows, costs, requestsPerMonth, onChange }: Props) {
  const [whole, setWhole] = useState(false);
  useEffect(() => {
    let gone = false;
    void nextTask().then(() => gone || setWhole(true));
    return () => {
      gone = true;
    };
  }, []);
  const listed = whole ? rows : rows.slice(0, FIRST_ROWS);
  const ids = models.map((m) => m.id);
  const priced = ids.map((id) => costs.get(id)).filter((c): c is Money => c !== undefined);
  const cheapest = priced.length > 1 ? priced.reduce((a, b) => (b < a ? b : a)) : undefined;
  let group = '';
  return (
    <div class="table-scroll" data-pending={listed.length < rows.length ? '' : undefined}>
      <table class="data compare-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="sr-only">Figure</span>
            </th>
            {models.map((m, i) => (
              <th key={m.id} scope="col" data-testid="compare-column" data-model={m.id}>
                <a href={`/models/${m.id}/`}>{m.name}</a>
                <span class="column-actions">
                  <button
                    type="button"
                    class="secondary"
                    disabled={i === 0}
                    aria-label={`Move ${m.name} left`}
                    onClick={() => onChange(move(ids, i, -1))}
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    disabled={i === models.length - 1}
                    aria-label={`Move ${m.name} right`}
                    onClick={() => onChange(move(ids, i, 1))}
                  >
                    →
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    disabled={models.length <= 1}
                    aria-label={`Remove ${m.name}`}
                    onClick={() => onChange(ids.filter((x) => x !== m.id))}
                  >
                    ✕
                  </button>
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr class="group">
            <th scope="colgroup" colSpan={models.length + 1}>
              Your workload
            </th>
          </tr>
          <tr data-row="cost-request">
            <th scope="row">Cost per request</th>
            {models.map((m) => (
              <td
                key={m.id}
                class={`num${cheapest !== undefined && costs.get(m.id) === cheapest ? ' best' : ''}`}
                data-testid={`compare-cost-${m.id}`}
              >
                {costs.has(m.id) ? (
                  <Cost amount={costs.get(m.id) as Money} />
                ) : (
                  <span class="muted">No price</span>
                )}
                {cheapest !== undefined && costs.get(m.id) === cheapest && (
                  <span class="sr-only"> (best)</span>
                )}
              </td>
            ))}
          </tr>
          <tr data-row="cost-month">
            <th scope="row">Cost per month ({formatTokens(requestsPerMonth)} requests)</th>
            {models.map((m) => (
              <td key={m.id} class="num">
                {costs.has(m.id) ? (
                  <Cost amount={times(costs.get(m.id) as Money, requestsPerMonth)} />
                ) : (
                  '—'
                )}
              </td>
            ))}
          </tr>
          {listed.map((row) => {
            const best = bestIn(row, models);
            const header =
              row.group !== group ? (
                <tr class="group" key={`g-${row.group}`}>
                  <th scope="colgroup" colSpan={models.length + 1}>
                    {row.group}
                  </th>
                </tr>
              ) : null;
            group = row.group;
            return [
              header,
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{row.label}</th>
                {models.map((m) => {
                  const cells = m.cells[row.id] ?? [];
                  const isBest = best.includes(m.id);
                  return (
                    <td key={m.id} class={isBest ? 'best' : undefined}>
                      {cells.length === 0 && <span class="muted">—</span>}
                      {cells.map((c, i) => (
                        <div key={i} class={i > 0 ? 'alt' : undefined} title={c.note}>
                          {c.text}
                          {c.source && (
                            <span class="muted">
                              {' '}
                              ({c.source}
                              {c.own ? ', official' : ''})
                            </span>
                          )}
                        </div>
                      ))}
                      {isBest && <span class="sr-only"> (best)</span>}
                    </td>
                  );
                })}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
