import { formatPrice, formatTokens, formatTokensShort } from '../lib/format';
import { statusLabel } from '../lib/models/status';
import type { ModelRow } from '../lib/models/rows';
import type { SortKey } from '../lib/url-state/index-view';

type Props = {
  rows: ModelRow[];
  selected: string[];
  onSelect: (id: string) => void;
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort: (key: SortKey) => void;
};

// Prices first, then limits. `wide`: left out on a phone, where model, prices and context
// fill the screen.
const columns: { key: SortKey; label: string; numeric?: boolean; wide?: boolean }[] = [
  { key: 'name', label: 'Model' },
  { key: 'maker', label: 'Provider', wide: true },
  { key: 'input', label: 'Input $/1M', numeric: true },
  { key: 'output', label: 'Output $/1M', numeric: true },
  { key: 'context', label: 'Context', numeric: true },
  { key: 'maxOutput', label: 'Max output', numeric: true, wide: true },
  { key: 'status', label: 'Status' },
];
const cls = (...names: (string | false | undefined)[]) =>
  names.filter(Boolean).join(' ') || undefined;

const dash = <span class="muted">n/a</span>;

/** The index table with sortable column headers (buttons, so the keyboard can sort). */
export function IndexTable({ rows, selected, onSelect, sort, dir, onSort }: Props) {
  return (
    <div class="table-scroll" id="model-table">
      <table class="data index-table" data-testid="model-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="sr-only">Select to compare</span>
            </th>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                class={cls(c.numeric && 'num', c.wide && 'wide-only')}
                aria-sort={
                  sort === c.key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                <button type="button" class="sort" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true">
                    {sort === c.key ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col" class="wide-only">
              Modalities
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-model={r.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Compare ${r.name}`}
                  checked={selected.includes(r.id)}
                  onChange={() => onSelect(r.id)}
                />
              </td>
              <th scope="row">
                <a href={`/models/${r.id}/`}>{r.name}</a>
              </th>
              <td class="wide-only">{r.makerName}</td>
              <td class="num" title={r.priceVia ? `Price via ${r.priceVia}` : undefined}>
                {r.input !== undefined ? formatPrice(r.input) : dash}
                {/* A host's price on a maker's model says whose price it is. */}
                {r.input !== undefined && r.priceVia && r.priceVia !== r.makerName && (
                  <span class="via muted"> via {r.priceVia}</span>
                )}
              </td>
              <td class="num">{r.output !== undefined ? formatPrice(r.output) : dash}</td>
              <td class="num">
                {r.context !== undefined ? (
                  <>
                    <span class="wide-text">{formatTokens(r.context)}</span>
                    <span class="narrow-text">{formatTokensShort(r.context)}</span>
                  </>
                ) : (
                  dash
                )}
              </td>
              <td class="num wide-only">
                {r.maxOutput !== undefined ? formatTokens(r.maxOutput) : dash}
              </td>
              <td>
                <span class={`badge status-${r.status}`}>{statusLabel[r.status]}</span>
              </td>
              <td class="wide-only">
                {r.inputModalities.join(', ')} → {r.outputModalities.join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p class="empty">No model matches these filters.</p>}
    </div>
  );
}
