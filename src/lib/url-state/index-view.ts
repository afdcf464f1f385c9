import type { ModelRow } from '../models/rows';
import { statuses, modalities, type Modality, type Status } from '../../schemas/values';
import { readList, readNumber, readOne, type Notice } from './params';
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
export type SortKey = (typeof sortKeys)[number];
export const capabilityKeys = ['reasoning', 'vision', 'functionCalling', 'openWeights'] as const;
export type CapabilityKey = (typeof capabilityKeys)[number];

/** Everything the index view shows, as it lives in the URL: `/?q=mini&maker=openai&sort=input`. */
export type IndexState = {
  q: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
  maker: string[];
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
  maker: [],
  modality: [],
  status: [],
  capability: [],
};

/** Reads the index state from a query string; bad parts become notices and are ignored. */
export function parseIndexState(
  search: string,
  makers: readonly string[],
): { state: IndexState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const q = (readOne(params, 'q', notices) ?? '').slice(0, 200);
  const sortRaw = readOne(params, 'sort', notices);
  const sort = sortKeys.find((k) => k === sortRaw) ?? 'name';
  if (sortRaw !== undefined && sort !== sortRaw)
    notices.push({ param: 'sort', message: `cannot sort by "${sortRaw}"; sorted by name` });
  const dirRaw = readOne(params, 'dir', notices);
  const dir = dirRaw === 'desc' ? 'desc' : 'asc';
  if (dirRaw !== undefined && dirRaw !== 'asc' && dirRaw !== 'desc')
    notices.push({ param: 'dir', message: `"${dirRaw}" is not asc or desc` });
  return {
    state: {
      q,
      sort,
      dir,
      maker: readList(params, 'maker', makers, notices),
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
  if (state.modality.length) params.set('modality', state.modality.join(','));
  if (state.status.length) params.set('status', state.status.join(','));
  if (state.capability.length) params.set('capability', state.capability.join(','));
  if (state.minContext !== undefined) params.set('minContext', String(state.minContext));
  if (state.maxInput !== undefined) params.set('maxInput', String(state.maxInput));
  if (state.sort !== 'name') params.set('sort', state.sort);
  if (state.dir !== 'asc') params.set('dir', state.dir);
  const s = params.toString().replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}

const searchable = (r: ModelRow) =>
  searchHaystack([r.id, r.name, r.makerName, r.maker, ...r.aliases]);

/** Whether a row passes every filter but the capability filter. */
const passesOthers = (r: ModelRow, s: IndexState) =>
  matchesQuery(searchable(r), s.q) &&
  (s.maker.length === 0 || s.maker.includes(r.maker)) &&
  s.modality.every((m) => r.inputModalities.includes(m) || r.outputModalities.includes(m)) &&
  (s.status.length === 0 || s.status.includes(r.status)) &&
  (s.minContext === undefined || (r.context ?? 0) >= s.minContext) &&
  (s.maxInput === undefined || (r.input !== undefined && r.input <= s.maxInput));

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

/**
 * The rows the state selects, in the state's order. The capability filter keeps rows whose
 * capability is documented true. Missing values sort last either way.
 */
export function applyIndexState(rows: readonly ModelRow[], s: IndexState): ModelRow[] {
  const kept = rows.filter((r) => passesOthers(r, s) && s.capability.every((c) => r[c] === true));
  const sign = s.dir === 'asc' ? 1 : -1;
  return kept.sort((a, b) => {
    const x = a[s.sort];
    const y = b[s.sort];
    if (x === y) return a.name.localeCompare(b.name);
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * sign;
  });
}
