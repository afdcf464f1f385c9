import { compareNames } from '../text/compare';
import type { ModelRow } from '../models/rows';
import { statuses, modalities, type Modality, type Status } from '../../schemas/values';
import { quote, readList, readNumber, readOne, type Notice } from './params';
import { matchesQuery, searchHaystack } from '../models/search';

export const sortKeys = [
  'name',
  'maker',
  'context',
  'maxOutput',
  'input',
  'output',
  'released',
  'status',
] as const;
/** A column to sort by: one of `sortKeys`, or a benchmark column as `bench:<id>`. */
export type SortKey = (typeof sortKeys)[number] | `bench:${string}`;

/** At most this many benchmark columns, so the table stays readable. */
export const MAX_BENCH_COLUMNS = 4;
export const capabilityKeys = ['reasoning', 'vision', 'functionCalling', 'openWeights'] as const;
export type CapabilityKey = (typeof capabilityKeys)[number];

/**
 * Everything the index view shows, as it lives in the URL:
 * `/?q=mini&maker=openai&provider=groq&retired=1&bench=mmlu,gpqa-diamond&sort=bench:mmlu`.
 */
export type IndexState = {
  q: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  /** Show retired models too (`retired=1`); hidden by default. */
  retired: boolean;
  /** Benchmark columns shown, in order. */
  bench: string[];
  maker: string[];
  /** Providers that serve the model (any offering). */
  provider: string[];
  modality: Modality[];
  status: Status[];
  capability: CapabilityKey[];
  /** Minimum context window in tokens. */
  minContext?: number | undefined;
  /** Maximum input price, USD per 1M tokens. */
  maxInput?: number | undefined;
};

export const defaultIndexState: IndexState = {
  q: '',
  sort: 'name',
  dir: 'asc',
  retired: false,
  bench: [],
  maker: [],
  provider: [],
  modality: [],
  status: [],
  capability: [],
};

/** The ids a link may name, so anything else gets a notice. */
export type IndexVocabulary = {
  makers: readonly string[];
  providers?: readonly string[] | undefined;
  benchmarks?: readonly string[] | undefined;
};

/** Reads the index state from a query string; bad parts become notices and are ignored. */
export function parseIndexState(
  search: string,
  known: IndexVocabulary,
): { state: IndexState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const benchmarks = known.benchmarks ?? [];
  const q = (readOne(params, 'q', notices) ?? '').slice(0, 200);
  let bench = readList(params, 'bench', benchmarks, notices);
  if (bench.length > MAX_BENCH_COLUMNS) {
    notices.push({
      param: 'bench',
      message: `at most ${MAX_BENCH_COLUMNS} benchmark columns; the first ${MAX_BENCH_COLUMNS} are shown`,
    });
    bench = bench.slice(0, MAX_BENCH_COLUMNS);
  }
  const sortRaw = readOne(params, 'sort', notices);
  let sort: SortKey = sortKeys.find((k) => k === sortRaw) ?? 'name';
  const sortBench = sortRaw?.startsWith('bench:') ? sortRaw.slice(6).toLowerCase() : undefined;
  if (sortBench !== undefined && benchmarks.includes(sortBench)) {
    sort = `bench:${sortBench}`;
    // Sorting by a benchmark shows its column.
    if (!bench.includes(sortBench)) bench = [...bench, sortBench].slice(-MAX_BENCH_COLUMNS);
  } else if (sortRaw !== undefined && sort !== sortRaw)
    notices.push({ param: 'sort', message: `cannot sort by ${quote(sortRaw)}; sorted by name` });
  const dirRaw = readOne(params, 'dir', notices);
  const dir = dirRaw === 'desc' ? 'desc' : 'asc';
  if (dirRaw !== undefined && dirRaw !== 'asc' && dirRaw !== 'desc')
    notices.push({ param: 'dir', message: `${quote(dirRaw)} is not asc or desc` });
  const retiredRaw = readOne(params, 'retired', notices);
  if (retiredRaw !== undefined && retiredRaw !== '1' && retiredRaw !== '0')
    notices.push({
      param: 'retired',
      message: `${quote(retiredRaw)} is not 1 (show retired models) or 0; retired models are hidden`,
    });
  return {
    state: {
      q,
      sort,
      dir,
      retired: retiredRaw === '1',
      bench,
      maker: readList(params, 'maker', known.makers, notices),
      provider: readList(params, 'provider', known.providers ?? [], notices),
      modality: readList(params, 'modality', modalities, notices),
      status: readList(params, 'status', statuses, notices),
      capability: readList(params, 'capability', capabilityKeys, notices),
      minContext: readNumber(params, 'minContext', notices, { min: 0, max: 100_000_000 }),
      maxInput: readNumber(params, 'maxInput', notices, { min: 0, max: 1000 }),
    },
    notices,
  };
}

/** Writes the state as a short query string, leaving out defaults. */
export function serializeIndexState(state: IndexState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.maker.length) params.set('maker', state.maker.join(','));
  if (state.provider.length) params.set('provider', state.provider.join(','));
  if (state.modality.length) params.set('modality', state.modality.join(','));
  if (state.status.length) params.set('status', state.status.join(','));
  if (state.capability.length) params.set('capability', state.capability.join(','));
  if (state.minContext !== undefined) params.set('minContext', String(state.minContext));
  if (state.maxInput !== undefined) params.set('maxInput', String(state.maxInput));
  if (state.retired) params.set('retired', '1');
  if (state.bench.length) params.set('bench', state.bench.join(','));
  if (state.sort !== 'name') params.set('sort', state.sort);
  if (state.dir !== 'asc') params.set('dir', state.dir);
  const s = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}

// A row's haystack, built once per row (rows live as long as the page's data).
const haystacks = new WeakMap<ModelRow, string>();
const searchable = (r: ModelRow) => {
  let hay = haystacks.get(r);
  if (hay === undefined) {
    hay = searchHaystack([r.id, r.name, r.makerName, r.maker, ...r.aliases]);
    haystacks.set(r, hay);
  }
  return hay;
};

/**
 * Builds the search haystacks of `rows` ahead of the first key press (the index does it a
 * slice at a time while the page is idle), so typing the first letter only compares.
 */
export function prepareSearch(rows: readonly ModelRow[]): void {
  for (const r of rows) searchable(r);
}

/** Whether retired rows are left out: unless asked for, by the toggle or the status filter. */
const hidesRetired = (s: IndexState) => !s.retired && !s.status.includes('retired');

/** Whether a row passes every filter but the capability filter and the retired toggle. */
const passesFilters = (r: ModelRow, s: IndexState) =>
  (s.q.trim() === '' || matchesQuery(searchable(r), s.q)) &&
  (s.maker.length === 0 || s.maker.includes(r.maker)) &&
  (s.provider.length === 0 || s.provider.some((p) => r.providers.includes(p))) &&
  s.modality.every((m) => r.inputModalities.includes(m) || r.outputModalities.includes(m)) &&
  (s.status.length === 0 || s.status.includes(r.status)) &&
  (s.minContext === undefined || (r.context ?? 0) >= s.minContext) &&
  (s.maxInput === undefined || (r.input !== undefined && r.input <= s.maxInput));

/** Whether a row passes every filter but the capability filter. */
const passesOthers = (r: ModelRow, s: IndexState) =>
  passesFilters(r, s) && !(hidesRetired(s) && r.status === 'retired');

/**
 * How many retired rows the other filters would show but the retired toggle hides, for
 * "12 retired models hidden · show".
 */
export function hiddenRetiredCount(rows: readonly ModelRow[], s: IndexState): number {
  if (!hidesRetired(s)) return 0;
  return rows.filter(
    (r) =>
      r.status === 'retired' && passesFilters(r, s) && s.capability.every((c) => r[c] === true),
  ).length;
}

/**
 * How many rows the capability filter leaves out only because no source documents a selected
 * capability (unknown, not "no"): the index says so beside its count.
 */
export function unknownCapabilityCount(rows: readonly ModelRow[], s: IndexState): number {
  if (s.capability.length === 0) return 0;
  return rows.filter(
    (r) =>
      passesOthers(r, s) &&
      s.capability.every((c) => r[c] !== false) &&
      s.capability.some((c) => r[c] === undefined),
  ).length;
}

/** The value a row sorts by for a key; benchmark keys read the headline score. */
const sortValue = (r: ModelRow, key: SortKey): string | number | undefined =>
  key.startsWith('bench:') ? r.bench[key.slice(6)]?.score : r[key as (typeof sortKeys)[number]];

/**
 * The rows the state selects, in the state's order. The capability filter keeps rows whose
 * capability is documented true. Missing values sort last either way.
 */
export function applyIndexState(rows: readonly ModelRow[], s: IndexState): ModelRow[] {
  // Filtering a sorted list keeps its order, so a key press filters and never sorts.
  return sortedRows(rows, s.sort, s.dir).filter(
    (r) => passesOthers(r, s) && s.capability.every((c) => r[c] === true),
  );
}

/** `rows` in one order, sorted once per list and order. */
const sorted = new WeakMap<readonly ModelRow[], Map<string, ModelRow[]>>();
function sortedRows(rows: readonly ModelRow[], key: SortKey, dir: 'asc' | 'desc'): ModelRow[] {
  let orders = sorted.get(rows);
  if (!orders) sorted.set(rows, (orders = new Map()));
  const id = `${key} ${dir}`;
  const known = orders.get(id);
  if (known) return known;
  const sign = dir === 'asc' ? 1 : -1;
  const out = [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === y) return compareNames(a.name, b.name);
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : compareNames(String(x), String(y));
    return order * sign;
  });
  orders.set(id, out);
  return out;
}
