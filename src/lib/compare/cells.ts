import type { Catalog, Model } from '../content/types';
import type { Figure } from '../../schemas';
import { formatDate, formatPrice, formatScore, formatTokens } from '../format';
import { knownClaims, stateLabel } from '../models/figures';
import { primaryOffering, scheduleAt } from '../models/pricing';
import { batchPrice, batchPriceListed } from '../pricing/rates';
import { effectiveStatus, statusLabel } from '../models/status';

/** One value in a comparison cell, with where it came from. */
export type Cell = {
  text: string;
  /** The number that decides "best", when the row has a direction. */
  value?: number | undefined;
  /** Publisher of the source, and whether it is the provider's own word. */
  source?: string | undefined;
  own?: boolean | undefined;
  note?: string | undefined;
};

/** A comparison row. `better` says which way is best; rows without one are not ranked. */
export type RowDef = {
  id: string;
  group: string;
  label: string;
  better?: 'lower' | 'higher' | undefined;
  unit?: string | undefined;
};

/** Every value of one model, by row id; a row may hold several values when sources disagree. */
export type CompareModel = { id: string; name: string; cells: Record<string, Cell[]> };

export const fixedRows: RowDef[] = [
  { id: 'context', group: 'Key specs', label: 'Context window (tokens)', better: 'higher' },
  { id: 'maxOutput', group: 'Key specs', label: 'Max output (tokens)', better: 'higher' },
  { id: 'maxInput', group: 'Key specs', label: 'Max input (tokens)', better: 'higher' },
  { id: 'cutoff', group: 'Key specs', label: 'Knowledge cutoff' },
  { id: 'tokenizer', group: 'Key specs', label: 'Tokenizer' },
  { id: 'modalitiesIn', group: 'Key specs', label: 'Input modalities' },
  { id: 'released', group: 'Lifecycle', label: 'Released' },
  { id: 'status', group: 'Lifecycle', label: 'Status' },
  { id: 'shutdown', group: 'Lifecycle', label: 'Shutdown' },
  { id: 'price:input', group: 'Prices (USD per 1M tokens)', label: 'Input', better: 'lower' },
  {
    id: 'price:cachedInput',
    group: 'Prices (USD per 1M tokens)',
    label: 'Cached input',
    better: 'lower',
  },
  {
    id: 'price:cacheWrite5m',
    group: 'Prices (USD per 1M tokens)',
    label: 'Cache write, 5 min',
    better: 'lower',
  },
  {
    id: 'price:cacheWrite1h',
    group: 'Prices (USD per 1M tokens)',
    label: 'Cache write, 1 hour',
    better: 'lower',
  },
  { id: 'price:output', group: 'Prices (USD per 1M tokens)', label: 'Output', better: 'lower' },
  {
    id: 'price:batchInput',
    group: 'Prices (USD per 1M tokens)',
    label: 'Batch input',
    better: 'lower',
  },
  {
    id: 'price:batchOutput',
    group: 'Prices (USD per 1M tokens)',
    label: 'Batch output',
    better: 'lower',
  },
  { id: 'price:tier', group: 'Prices (USD per 1M tokens)', label: 'Long-context tier' },
  { id: 'cap:reasoning', group: 'Capabilities', label: 'Reasoning' },
  { id: 'cap:functionCalling', group: 'Capabilities', label: 'Function calling' },
  { id: 'cap:structuredOutputs', group: 'Capabilities', label: 'Structured outputs' },
  { id: 'cap:vision', group: 'Capabilities', label: 'Vision' },
  { id: 'cap:audio', group: 'Capabilities', label: 'Audio' },
  { id: 'cap:realtime', group: 'Capabilities', label: 'Realtime API' },
  { id: 'cap:fineTuning', group: 'Capabilities', label: 'Fine-tuning' },
  { id: 'cap:openWeights', group: 'Capabilities', label: 'Open weights' },
];

/** Benchmark rows, one per benchmark any model reports, in the catalog's order. */
export const benchmarkRows = (catalog: Pick<Catalog, 'benchmarks'>): RowDef[] =>
  catalog.benchmarks.map((b) => ({
    id: `bench:${b.id}`,
    group: 'Benchmarks',
    label: b.name,
    better: b.higherIsBetter ? 'higher' : 'lower',
    unit: b.unit,
  }));

type Lookups = {
  sources: ReadonlyMap<string, Catalog['sources'][number]>;
  providers: ReadonlyMap<string, Catalog['providers'][number]>;
  benchmarks: ReadonlyMap<string, Catalog['benchmarks'][number]>;
};
const lookupsOf = new WeakMap<Catalog, Lookups>();

/** The catalog's records by id, built once per catalog (a column is built for every model). */
function lookups(catalog: Catalog): Lookups {
  let found = lookupsOf.get(catalog);
  if (!found) {
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    found = {
      sources: byId(catalog.sources),
      providers: byId(catalog.providers),
      benchmarks: byId(catalog.benchmarks),
    };
    lookupsOf.set(catalog, found);
  }
  return found;
}

/** Builds every cell of a model's column, as of `today`. */
export function compareModel(model: Model, catalog: Catalog, today: string): CompareModel {
  const { sources, providers, benchmarks: defs } = lookups(catalog);
  const provider = (id: string) => providers.get(id)?.name ?? id;
  const claimCells = <T>(
    f: Figure<T> | undefined,
    fmt: (v: T) => string,
    num?: (v: T) => number,
  ): Cell[] => {
    if (!f || f.length === 0) return [];
    if (knownClaims(f).length === 0) return [{ text: stateLabel(f as Figure<unknown>) }];
    return knownClaims(f).map((c) => ({
      text: fmt(c.value),
      value: num?.(c.value),
      source: c.source ? sources.get(c.source)?.publisher : undefined,
      own: c.source !== undefined && sources.get(c.source)?.speaksFor === model.maker,
      note: c.note,
    }));
  };
  const yesNo = (v: boolean) => (v ? 'Yes' : 'No');
  const cells: Record<string, Cell[]> = {
    context: claimCells(model.limits.contextWindow, formatTokens, Number),
    maxOutput: claimCells(model.limits.maxOutput, formatTokens, Number),
    maxInput: claimCells(model.limits.maxInput, formatTokens, Number),
    cutoff: claimCells(model.limits.knowledgeCutoff, formatDate),
    tokenizer: claimCells(model.tokenizer, String),
    modalitiesIn: claimCells(model.modalities.input, (v) => v.join(', ')),
    released: claimCells(model.lifecycle.released, formatDate),
    shutdown: claimCells(model.lifecycle.shutdown, formatDate),
    status: [{ text: statusLabel[effectiveStatus(model, today).status] }],
    'cap:reasoning': claimCells(model.capabilities.reasoning, yesNo),
    'cap:functionCalling': claimCells(model.capabilities.functionCalling, yesNo),
    'cap:structuredOutputs': claimCells(model.capabilities.structuredOutputs, yesNo),
    'cap:vision': claimCells(model.capabilities.vision, yesNo),
    'cap:audio': claimCells(model.capabilities.audio, yesNo),
    'cap:realtime': claimCells(model.capabilities.realtime, yesNo),
    'cap:fineTuning': claimCells(model.capabilities.fineTuning, yesNo),
    'cap:openWeights': claimCells(model.openWeights, yesNo),
  };
  const offering = primaryOffering(model);
  const s = offering ? scheduleAt(offering, today) : undefined;
  if (offering && s) {
    const via = provider(offering.provider);
    const src = sources.get(s.source);
    const price = (v: number | undefined): Cell[] =>
      v === undefined
        ? []
        : [
            {
              text: formatPrice(v),
              value: v,
              source: src?.publisher,
              own: src?.speaksFor === model.maker,
              note: via === provider(model.maker) ? undefined : `via ${via}`,
            },
          ];
    cells['price:input'] = price(s.input);
    cells['price:cachedInput'] = price(s.cachedInput);
    cells['price:cacheWrite5m'] = price(s.cacheWrite5m);
    cells['price:cacheWrite1h'] = price(s.cacheWrite1h);
    cells['price:output'] = price(s.output);
    // A batch price the source does not list is the engine's derivation, and says so.
    const batch = (meter: 'input' | 'output'): Cell[] =>
      price(batchPrice(s, meter)).map((c) =>
        batchPriceListed(s, meter) ? c : { ...c, text: `${c.text} (derived)` },
      );
    cells['price:batchInput'] = batch('input');
    cells['price:batchOutput'] = batch('output');
    cells['price:tier'] = [
      {
        text: s.tiers?.length
          ? s.tiers
              .map(
                (t) =>
                  `over ${formatTokens(t.above)} input tokens: ${t.input !== undefined ? formatPrice(t.input) : '—'} in / ${t.output !== undefined ? formatPrice(t.output) : '—'} out`,
              )
              .join('; ')
          : 'None',
      },
    ];
  } else cells['price:input'] = [{ text: 'No price' }];
  for (const r of model.benchmarks) {
    const def = defs.get(r.benchmark);
    if (!def) continue;
    const src = sources.get(r.source);
    (cells[`bench:${r.benchmark}`] ??= []).push({
      text: formatScore(r.score, def.unit),
      value: r.score,
      source: src?.publisher,
      own: r.reportedBy === 'self-reported',
      note: r.setting,
    });
  }
  // The maker's own benchmark score comes first, so "best" compares like with like where it can.
  for (const [id, list] of Object.entries(cells))
    if (id.startsWith('bench:')) list.sort((a, b) => Number(b.own) - Number(a.own));
  for (const [id, list] of Object.entries(cells)) if (list.length === 0) delete cells[id];
  return { id: model.id, name: model.name, cells };
}
