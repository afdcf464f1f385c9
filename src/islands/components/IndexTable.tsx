import { formatPrice, formatScore, formatTokens, formatTokensShort } from '../../lib/format';
import { statusLabel } from '../../lib/models/status';
import type { ModelRow } from '../../lib/models/rows';
import type { SortKey } from '../../lib/url-state/index-view';
import { useRowLimit } from '../hooks/use-row-limit';
import { MoreRows } from './MoreRows';

/** A benchmark the index can show as a column. */
export type BenchColumn = { id: string; name: string; unit: '%' | 'score' | 'elo'; hi: boolean };

type Props = {
  rows: ModelRow[];
  /** Benchmark columns, shown after the prices. */
  benchmarks: BenchColumn[];
  /** Models on the price-vs-quality frontier of one benchmark column, marked ◆. */
  frontier?: { bench: string; ids: ReadonlySet<string> } | undefined;
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
export function IndexTable({
  rows,
  benchmarks,
  frontier,
  selected,
  onSelect,
  sort,
  dir,
  onSort,
}: Props) {
  const { visible, total, more } = useRowLimit(rows);
  const sortHeader = (key: SortKey, label: string, className?: string) => (
    <th
      key={key}
      scope="col"
      class={className}
      aria-sort={sort === key ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button type="button" class="sort" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true">{sort === key ? (dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  return (
    <>
      <div class="table-scroll" id="model-table">
        <table class="data index-table" data-testid="model-table">
          <thead>
            <tr>
              <th scope="col">
                <span class="sr-only">Select to compare</span>
              </th>
              {columns.map((c) =>
                sortHeader(c.key, c.label, cls(c.numeric && 'num', c.wide && 'wide-only')),
              )}
              {benchmarks.map((b) => sortHeader(`bench:${b.id}`, b.name, 'num bench'))}
              <th scope="col" class="wide-only">
                Modalities
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
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
                {benchmarks.map((b) => (
                  <ScoreCell
                    key={b.id}
                    row={r}
                    bench={b}
                    marked={frontier?.bench === b.id && frontier.ids.has(r.id)}
                  />
                ))}
                <td class="wide-only">
                  {r.inputModalities.join(', ')} → {r.outputModalities.join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p class="empty">No model matches these filters.</p>}
      </div>
      <MoreRows shown={visible.length} total={total} noun="models" onMore={more} />
    </>
  );
}

/**
 * A headline score: the maker's own where it reports one (else marked "ind."), linking to
 * its source; ◆ marks a model on the price-vs-quality frontier.
 */
function ScoreCell({ row, bench, marked }: { row: ModelRow; bench: BenchColumn; marked: boolean }) {
  const cell = row.bench[bench.id];
  if (!cell)
    return (
      <td class="num">
        <span class="muted" title="No score listed for this model">
          –
        </span>
      </td>
    );
  const who = cell.own ? `${row.makerName}'s own figure` : 'Independent figure';
  return (
    <td class="num">
      {marked && (
        <span class="frontier-mark" title="On the price-vs-quality frontier">
          ◆{' '}
        </span>
      )}
      <a
        href={`/sources/#${cell.source}`}
        title={`${who}${cell.setting ? ` (${cell.setting})` : ''}: see its source`}
      >
        {formatScore(cell.score, bench.unit)}
      </a>
      {!cell.own && <span class="via muted">independent</span>}
    </td>
  );
}
