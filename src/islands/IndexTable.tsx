import { formatPrice, formatTokens } from '../lib/format';
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

const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Model' },
  { key: 'maker', label: 'Provider' },
  { key: 'context', label: 'Context', numeric: true },
  { key: 'maxOutput', label: 'Max output', numeric: true },
  { key: 'input', label: 'Input $/1M', numeric: true },
  { key: 'output', label: 'Output $/1M', numeric: true },
  { key: 'status', label: 'Status' },
];

const dash = <span class="muted">n/a</span>;

/** The index table with sortable column headers (buttons, so the keyboard can sort). */
export function IndexTable({ rows, selected, onSelect, sort, dir, onSort }: Props) {
  return (
    <div class="table-scroll">
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
                class={c.numeric ? 'num' : undefined}
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
            <th scope="col">Modalities</th>
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
              <td>{r.makerName}</td>
              <td class="num">{r.context !== undefined ? formatTokens(r.context) : dash}</td>
              <td class="num">{r.maxOutput !== undefined ? formatTokens(r.maxOutput) : dash}</td>
              <td class="num" title={r.priceVia ? `Price via ${r.priceVia}` : undefined}>
                {r.input !== undefined ? formatPrice(r.input) : dash}
                {/* A host's price on a maker's model says whose price it is. */}
                {r.input !== undefined && r.priceVia && r.priceVia !== r.makerName && (
                  <span class="via muted"> via {r.priceVia}</span>
                )}
              </td>
              <td class="num">{r.output !== undefined ? formatPrice(r.output) : dash}</td>
              <td>
                <span class={`badge status-${r.status}`}>{statusLabel[r.status]}</span>
              </td>
              <td>
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
