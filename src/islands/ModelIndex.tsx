import { useMemo, useState } from 'preact/hooks';
import type { ModelRow } from '../lib/models/rows';
import {
  applyIndexState,
  unknownCapabilityCount,
  defaultIndexState,
  parseIndexState,
  serializeIndexState,
  type IndexState,
  type SortKey,
} from '../lib/url-state/index-view';
import { IndexFilters } from './IndexFilters';
import { IndexTable } from './IndexTable';
import { Notices } from './Notices';
import { useUrlState } from './use-url-state';

type Props = { rows: ModelRow[]; makers: { id: string; name: string }[] };

/** The model index: search, filter and sort every model, with the state in the URL. */
export default function ModelIndex({ rows, makers }: Props) {
  const makerIds = makers.map((m) => m.id);
  const [state, setState, notices] = useUrlState<IndexState>(
    defaultIndexState,
    (search) => parseIndexState(search, makerIds),
    serializeIndexState,
  );
  const shown = useMemo(() => applyIndexState(rows, state), [rows, state]);
  const unknown = useMemo(() => unknownCapabilityCount(rows, state), [rows, state]);
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) =>
    setSelected(
      selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id].slice(-8),
    );
  const sortBy = (key: SortKey) =>
    setState({
      ...state,
      sort: key,
      dir: state.sort === key && state.dir === 'asc' ? 'desc' : 'asc',
    });
  return (
    <div class="model-index">
      <Notices notices={notices} />
      <IndexFilters state={state} makers={makers} onChange={setState} />
      <p class="count" aria-live="polite" data-testid="index-count">
        Showing {shown.length} of {rows.length} models
        {unknown > 0 &&
          `; ${unknown} more ${unknown === 1 ? 'has' : 'have'} no source documenting the selected capabilities (unknown, not "no")`}
      </p>
      <p class="compare-bar">
        {selected.length >= 2 ? (
          <a
            class="button"
            href={`/compare/?models=${selected.join(',')}`}
            data-testid="compare-selected"
          >
            Compare {selected.length} selected models
          </a>
        ) : (
          <span class="muted">Tick 2 to 8 models to compare them side by side.</span>
        )}
      </p>
      <IndexTable
        rows={shown}
        selected={selected}
        onSelect={toggle}
        sort={state.sort}
        dir={state.dir}
        onSort={sortBy}
      />
    </div>
  );
}
