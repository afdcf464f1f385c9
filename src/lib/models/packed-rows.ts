import { modalities, statuses, type Modality } from '../../schemas/values';
import type { BenchCell, ModelRow } from './rows';
import { statusOn } from './status';

/**
 * The index rows as the island's props carry them: short keys, names and sources listed
 * once and referred to by position, capabilities as one string. The page embeds this next
 * to the server-rendered table, so at 1,000 models every byte here counts twice over.
 */
export type PackedIndex = {
  /** [id, name] of every maker and provider the rows refer to. */
  p: [string, string][];
  /** Source ids the benchmark cells cite. */
  s: string[];
  r: PackedRow[];
};

type PackedRow = {
  /** id, name, maker (index into `p`) */
  i: string;
  n: string;
  m: number;
  /** context, max output */
  c?: number;
  x?: number;
  /** input, output and blended price; `v`: whose price (index into `p`) */
  pi?: number;
  po?: number;
  pb?: number;
  v?: number;
  /** input and output modalities, as digits indexing `modalities` */
  mi: string;
  mo: string;
  /** stated status (index into `statuses`) and agreed shutdown day */
  st: number;
  d?: string;
  /** reasoning, vision, function calling, open weights: y, n or - (undocumented) */
  k: string;
  r?: string;
  a?: string[];
  /** providers of the offerings (indices into `p`) */
  o: number[];
  /** benchmark id → [score, source index, 1 if the maker's own, setting] */
  b?: Record<string, PackedCell>;
};

type PackedCell = [number, number, 0 | 1] | [number, number, 0 | 1, string];

const flags = ['reasoning', 'vision', 'functionCalling', 'openWeights'] as const;
const flag = (v: boolean | undefined) => (v === undefined ? '-' : v ? 'y' : 'n');
const unflag = (c: string | undefined) => (c === 'y' ? true : c === 'n' ? false : undefined);
const packMods = (list: readonly Modality[]) => list.map((m) => modalities.indexOf(m)).join('');
const unpackMods = (s: string) => [...s].flatMap((d) => modalities[Number(d)] ?? []) as Modality[];

/** Packs rows for the island; `unpackRows` gives them back (with status for a given day). */
export function packRows(
  rows: readonly ModelRow[],
  /** Provider id → name, for the providers rows are offered by. */
  providerNames: ReadonlyMap<string, string>,
): PackedIndex {
  const p: [string, string][] = [];
  const s: string[] = [];
  const at = (id: string, name: string) => {
    const i = p.findIndex(([x]) => x === id);
    if (i >= 0) return i;
    p.push([id, name]);
    return p.length - 1;
  };
  const byName = (name: string) => {
    const i = p.findIndex(([, n]) => n === name);
    return i >= 0 ? i : at(name, name);
  };
  const src = (id: string) => {
    if (!s.includes(id)) s.push(id);
    return s.indexOf(id);
  };
  for (const r of rows) at(r.maker, r.makerName);
  for (const r of rows) for (const id of r.providers) at(id, providerNames.get(id) ?? id);
  const packed = rows.map((r): PackedRow => {
    const b = Object.entries(r.bench).map(([id, c]): [string, PackedCell] => {
      const own = c.own ? 1 : 0;
      const cell: PackedCell = c.setting
        ? [c.score, src(c.source), own, c.setting]
        : [c.score, src(c.source), own];
      return [id, cell];
    });
    return {
      i: r.id,
      n: r.name,
      m: at(r.maker, r.makerName),
      ...(r.context !== undefined && { c: r.context }),
      ...(r.maxOutput !== undefined && { x: r.maxOutput }),
      ...(r.input !== undefined && { pi: r.input }),
      ...(r.output !== undefined && { po: r.output }),
      ...(r.blended !== undefined && { pb: r.blended }),
      ...(r.priceVia !== undefined && { v: byName(r.priceVia) }),
      mi: packMods(r.inputModalities),
      mo: packMods(r.outputModalities),
      st: statuses.indexOf(r.stated),
      ...(r.shutdown !== undefined && { d: r.shutdown }),
      k: flags.map((f) => flag(r[f])).join(''),
      ...(r.released !== undefined && { r: r.released }),
      ...(r.aliases.length > 0 && { a: r.aliases }),
      o: r.providers.map((id) => at(id, providerNames.get(id) ?? id)),
      ...(b.length > 0 && { b: Object.fromEntries(b) }),
    };
  });
  return { p, s, r: packed };
}

/**
 * Rows back from their packed form. `today` is the reader's day: a model whose agreed
 * shutdown day has come reads as retired.
 */
export function unpackRows(data: PackedIndex, today: string): ModelRow[] {
  const id = (i: number | undefined) => (i === undefined ? undefined : data.p[i]?.[0]);
  const name = (i: number | undefined) => (i === undefined ? undefined : data.p[i]?.[1]);
  return data.r.map((r) => {
    const stated = statuses[r.st] ?? 'active';
    const bench: Record<string, BenchCell> = {};
    for (const [b, [score, source, own, setting]] of Object.entries(r.b ?? {}))
      bench[b] = { score, source: data.s[source] ?? '', own: own === 1, setting };
    return {
      id: r.i,
      name: r.n,
      maker: id(r.m) ?? '',
      makerName: name(r.m) ?? '',
      context: r.c,
      maxOutput: r.x,
      input: r.pi,
      output: r.po,
      blended: r.pb,
      priceVia: name(r.v),
      inputModalities: unpackMods(r.mi),
      outputModalities: unpackMods(r.mo),
      status: statusOn(stated, r.d, today),
      stated,
      shutdown: r.d,
      reasoning: unflag(r.k[0]),
      vision: unflag(r.k[1]),
      functionCalling: unflag(r.k[2]),
      openWeights: unflag(r.k[3]),
      released: r.r,
      aliases: r.a ?? [],
      providers: r.o.flatMap((i) => id(i) ?? []),
      bench,
    };
  });
}

/** Id → name of every maker and provider in the packed rows. */
export const packedNames = (data: PackedIndex): Map<string, string> => new Map(data.p);
