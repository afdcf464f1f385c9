import { useEffect, useMemo, useState } from 'preact/hooks';
import { benchmarkFrontier } from '../lib/models/frontier';
import { packedNames, unpackRows } from '../lib/models/packed-rows';
import {
  applyIndexState,
  defaultIndexState,
  hiddenRetiredCount,
  parseIndexState,
  prepareSearch,
  serializeIndexState,
  unknownCapabilityCount,
  type IndexState,
  type SortKey,
} from '../lib/url-state/index-view';
import { IndexFilters } from './components/IndexFilters';
import { IndexTable, type BenchColumn } from './components/IndexTable';
import { Frontier } from './components/index/Frontier';
import { readerDay, readIndexData } from './data/index-data';
import { Notices } from './components/Notices';
import { useUrlState } from './hooks/use-url-state';
import { compareNames } from '../lib/text/compare';
import { inSlices, nextTask } from '../lib/tasks';

type Props = {
  /** Benchmarks some model has a score on, for the column picker. */
  benchmarks: BenchColumn[];
  /** The build day: the server render's "today". */
  day: string;
};

// Before the URL is read (the server render, and the first render that hydrates it) every
// model is listed, retired ones too, so the page without JavaScript is complete.
const everything: IndexState = { ...defaultIndexState, retired: true };

/** The model index: search, filter and sort every model, with the state in the URL. */
export default function ModelIndex({ benchmarks, day: buildDay }: Props) {
  const data = useMemo(readIndexData, []);
  const [day, setDay] = useState(buildDay);
  // Status on the reader's day: a shutdown passing after the build shows as retired.
  useEffect(() => setDay(readerDay()), []);
  const rows = useMemo(() => unpackRows(data, day), [data, day]);
  const names = useMemo(() => packedNames(data), [data]);
  const makers = useMemo(
    () =>
      count(
        rows.map((r) => r.maker),
        names,
      ),
    [rows, names],
  );
  const providers = useMemo(
    () =>
      count(
        rows.flatMap((r) => r.providers),
        names,
      ),
    [rows, names],
  );
  const benchItems = useMemo(
    () => benchmarks.map((b) => ({ ...b, count: rows.filter((r) => r.bench[b.id]).length })),
    [benchmarks, rows],
  );
  const [state, setState, notices] = useUrlState<IndexState>(
    everything,
    (search) =>
      parseIndexState(search, {
        makers: makers.map((m) => m.id),
        providers: providers.map((p) => p.id),
        benchmarks: benchmarks.map((b) => b.id),
      }),
    serializeIndexState,
  );
  // The search haystacks, built 100 rows per idle moment so the first key press only compares.
  useEffect(() => {
    let gone = false;
    void nextTask().then(() => inSlices(rows, 100, prepareSearch, () => gone));
    return () => {
      gone = true;
    };
  }, [rows]);
  // Until the link's state is read (useUrlState's effect runs first), the rows are the server's.
  const [read, setRead] = useState(false);
  useEffect(() => setRead(true), []);
  const shown = useMemo(() => applyIndexState(rows, state), [rows, state]);
  const unknown = useMemo(() => unknownCapabilityCount(rows, state), [rows, state]);
  const hidden = useMemo(() => hiddenRetiredCount(rows, state), [rows, state]);
  const columns = state.bench.flatMap((id) => benchmarks.find((b) => b.id === id) ?? []);
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (id: string) =>
    setSelected(
      selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id].slice(-8),
    );
  const sortBy = (key: SortKey) => {
    // A benchmark sorts best first on the first click.
    const bench = columns.find((b) => key === `bench:${b.id}`);
    const first = bench ? (bench.hi ? 'desc' : 'asc') : 'asc';
    const flip = first === 'asc' ? 'desc' : 'asc';
    setState({
      ...state,
      sort: key,
      dir: state.sort === key && state.dir === first ? flip : first,
    });
  };
  const frontierBench = columns.find((b) => state.sort === `bench:${b.id}`) ?? columns[0];
  const frontier = useMemo(
    () => (frontierBench ? benchmarkFrontier(shown, frontierBench.id, frontierBench.hi) : []),
    [shown, frontierBench],
  );
  return (
    <div class="model-index" data-pending={read ? undefined : ''}>
      <Notices notices={notices} />
      <IndexFilters
        state={state}
        makers={makers}
        providers={providers}
        benchmarks={benchItems}
        onChange={setState}
      />
      <p class="count" aria-live="polite" data-testid="index-count">
        Showing {shown.length} of {rows.length} models
        {unknown > 0 &&
          `; ${unknown} more ${unknown === 1 ? 'has' : 'have'} no source documenting the selected capabilities (unknown, not "no")`}
        {hidden > 0 && (
          <span data-testid="retired-hidden">
            {' · '}
            {hidden} retired {hidden === 1 ? 'model' : 'models'} hidden ·{' '}
            <button
              type="button"
              class="link"
              onClick={() => setState({ ...state, retired: true })}
            >
              show
            </button>
          </span>
        )}
        {state.retired && !state.status.includes('retired') && (
          <span>
            {' · '}retired models shown ·{' '}
            <button
              type="button"
              class="link"
              onClick={() => setState({ ...state, retired: false })}
            >
              hide
            </button>
          </span>
        )}
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
          <span class="muted">
            {selected.length === 1
              ? '1 ticked: tick at least one more to compare.'
              : 'Tick 2 to 8 models to compare them side by side.'}
          </span>
        )}
      </p>
      {frontierBench && <Frontier rows={shown} benchmark={frontierBench} frontier={frontier} />}
      <IndexTable
        rows={shown}
        benchmarks={columns}
        frontier={
          frontierBench && {
            bench: frontierBench.id,
            ids: new Set(frontier.map((p) => p.row.id)),
          }
        }
        selected={selected}
        onSelect={toggle}
        sort={state.sort}
        dir={state.dir}
        onSort={sortBy}
      />
    </div>
  );
}

/** Each id once, with its name and how many entries name it, by name. */
function count(ids: string[], names: ReadonlyMap<string, string>) {
  const n = new Map<string, number>();
  for (const id of ids) n.set(id, (n.get(id) ?? 0) + 1);
  return [...n.entries()]
    .map(([id, c]) => ({ id, name: names.get(id) ?? id, count: c }))
    .sort((a, b) => compareNames(a.name, b.name));
}
