import { bareId, makerIdFor, providerIdFor, siteId, skipProvider } from './identity';
import {
  findModel,
  gpSchedules,
  mergeSchedules,
  type GpProvider,
  type Schedule,
} from './genai-prices';
import { acceptedMeters, acceptedOutput, isTextModel, type Cost, type Rejection } from './rules';

/** A parsed TOML record and the snapshot path it was read from. */
export type Rec = { file: string; data: Record<string, unknown> };
/** A provider-neutral model record, `models/<lab>/<id>.toml`. */
export type BaseRecord = Rec & { lab: string; id: string };
/** A served-model record, `providers/<provider>/models/<apiId>.toml`. */
export type ServedRecord = Rec & { provider: string; apiId: string };

/** What one import produces: model specs, the source records they cite, and what was refused. */
export type Imported = {
  models: { id: string; maker: string; spec: Record<string, unknown> }[];
  sources: Record<string, Record<string, unknown>>;
  providers: Set<string>;
  rejections: Rejection[];
  skippedHandWritten: string[];
  /** "(latest)" records folded into their model: `alias → model`. */
  folded: string[];
  /** genai-prices model records joined to an offering, and those joined to none. */
  gpMatched?: number;
  gpUnmatched?: string[];
};

/** Where the snapshot was taken: repository, commit and date, for every source record. */
export type Snapshot = { repo: string; commit: string; date: string; licence: string };

/** The genai-prices snapshot: its provider files, where it was taken, and its licence. */
export type GpInput = Snapshot & { providers: GpProvider[] };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' ? (v as Obj) : {});
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
const isDate = (v: string | undefined): v is string =>
  v !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** A served record with its `base_model` fields filled in, minus those it omits. */
export function inherit(served: Obj, base: Obj | undefined): Obj {
  if (base === undefined) return served;
  const omit = new Set(strs(served['base_model_omit']));
  const out: Obj = {};
  for (const [k, v] of Object.entries(base)) if (!omit.has(k)) out[k] = v;
  for (const [k, v] of Object.entries(served)) {
    const b = obj(out[k]);
    if (typeof v === 'object' && !Array.isArray(v) && v !== null && Object.keys(b).length > 0) {
      const merged: Obj = { ...b, ...(v as Obj) };
      for (const o of omit) if (o.startsWith(`${k}.`)) delete merged[o.slice(k.length + 1)];
      out[k] = merged;
    } else out[k] = v;
  }
  for (const o of omit)
    if (o.includes('.')) {
      const [k, sub] = o.split('.', 2) as [string, string];
      if (out[k] && typeof out[k] === 'object') delete (out[k] as Obj)[sub];
    }
  return out;
}

/**
 * Merges models.dev's model records and served-model records into one spec per model, with
 * one offering per provider. A served record joins a model through `base_model`, or when its
 * id (without path and lab prefix) is a model record's id. Models a hand-written file already
 * describes (by id or alias) are left to that file.
 */
export function importModelsDev(
  bases: BaseRecord[],
  served: ServedRecord[],
  handWritten: ReadonlySet<string>,
  snap: Snapshot,
  gp?: GpInput,
): Imported {
  const rejections: Rejection[] = [];
  const sources: Imported['sources'] = {};
  const providers = new Set<string>();
  const byKey = new Map(bases.map((b) => [`${b.lab}/${b.id}`, b]));
  const byId = new Map<string, BaseRecord | null>();
  for (const b of bases) byId.set(b.id, byId.has(b.id) ? null : b);

  const cite = (file: string): string => {
    const id = siteId(
      `mdv-${file
        .replace(/\.toml$/, '')
        .replace(/^providers\//, 'p-')
        .replace(/^models\//, 'm-')}`,
    );
    sources[id] ??= {
      title: `models.dev: ${file}`,
      publisher: 'models.dev',
      url: `https://github.com/${snap.repo}/blob/${snap.commit}/${file}`,
      accessed: snap.date,
      kind: 'dataset',
      note: `Read from the models.dev data at commit ${snap.commit.slice(0, 12)} (${snap.date}). ${snap.licence}`,
    };
    return id;
  };

  const gpCite = (file: string): string => {
    const id = siteId(`gpr-${file.replace(/\.yml$/, '').replace(/^prices\/providers\//, '')}`);
    sources[id] ??= {
      title: `genai-prices: ${file}`,
      publisher: 'Pydantic (genai-prices)',
      url: `https://github.com/${gp!.repo}/blob/${gp!.commit}/${file}`,
      accessed: gp!.date,
      kind: 'dataset',
      note: `Read from the genai-prices data at commit ${gp!.commit.slice(0, 12)} (${gp!.date}). ${gp!.licence}`,
    };
    return id;
  };
  const gpMatched = new Set<string>();
  const gpFor = (s: ServedRecord, d: Obj, lab: string, context: number | undefined) => {
    if (!gp) return [];
    const provider = providerIdFor[s.provider] ?? s.provider;
    const ids = [...new Set([s.apiId, bareId(s.apiId, lab), s.apiId.split('/').pop()!])];
    const m = findModel(gp.providers, provider, ids);
    if (!m) return [];
    gpMatched.add(`${m.file}#${String(m.data['id'])}`);
    const released = str(d['release_date']);
    return gpSchedules(
      m,
      gpCite(m.file),
      isDate(released) ? released : undefined,
      context,
      gp.date,
      rejections,
    );
  };

  const servedBy = new Map<string, ServedRecord[]>();
  for (const s of served) {
    if (skipProvider(s.provider)) continue;
    const ref = str(s.data['base_model']);
    const base =
      ref !== undefined ? byKey.get(ref) : (byId.get(bareId(s.apiId, undefined)) ?? undefined);
    const viaLab =
      base ?? bases.find((b) => bareId(s.apiId, b.lab) === b.id && s.apiId.startsWith(`${b.lab}.`));
    if (!viaLab) continue;
    const key = `${viaLab.lab}/${viaLab.id}`;
    servedBy.set(key, [...(servedBy.get(key) ?? []), s]);
  }

  const models: Imported['models'] = [];
  const skippedHandWritten: string[] = [];
  const taken = new Set(handWritten);
  for (const b of [...bases].sort((x, y) => x.file.localeCompare(y.file))) {
    const d = b.data;
    const mods = obj(d['modalities']);
    if (!isTextModel(b.id, str(d['family']), strs(mods['input']), strs(mods['output']))) continue;
    const id = siteId(b.id);
    if (handWritten.has(id) || handWritten.has(b.id)) {
      skippedHandWritten.push(b.file);
      continue;
    }
    const src = cite(b.file);
    const offers = (servedBy.get(`${b.lab}/${b.id}`) ?? []).sort((x, y) =>
      x.file.localeCompare(y.file),
    );
    const offerings = offers.flatMap((s) => {
      const merged = inherit(s.data, d);
      const ctx = num(obj(merged['limit'])['context']);
      return offering(s, merged, cite(s.file), rejections, gpFor(s, merged, b.lab, ctx));
    });
    if (offerings.length === 0) continue;
    for (const o of offerings) providers.add(String(o['provider']));
    taken.add(id);
    const aliases = [...new Set(offers.map((s) => siteId(s.apiId)))]
      .filter((a) => a !== id && !taken.has(a))
      .sort();
    for (const a of aliases) taken.add(a);
    models.push({
      id,
      maker: makerIdFor[b.lab] ?? b.lab,
      spec: spec(b, src, offerings, aliases, rejections),
    });
  }
  const folded = foldLatest(models);
  // A record read but not imported (a non-text model, a model with no offering) is not cited.
  const cited = new Set(
    JSON.stringify(models)
      .match(/"source":"[^"]+"/g)
      ?.map((m) => m.slice(10, -1)),
  );
  for (const id of Object.keys(sources)) if (!cited.has(id)) delete sources[id];
  for (const g of gp ? gpOnlyModels(gp, taken) : []) {
    const src = gpCite(g.file);
    const d = g.data;
    const apiId = String(d['id']);
    const ctx = typeof d['context_window'] === 'number' ? d['context_window'] : undefined;
    const prices = gpSchedules(
      { file: g.file, provider: 'openrouter', data: d },
      src,
      undefined,
      ctx,
      gp!.date,
      rejections,
    );
    if (prices.length === 0) continue;
    gpMatched.add(`${g.file}#${apiId}`);
    taken.add(g.id);
    providers.add('openrouter');
    const name = str(d['name']) ?? apiId.split('/').pop()!;
    const none = (what: string) => unknown(`genai-prices gives no ${what}; it lists prices only`);
    models.push({
      id: g.id,
      maker: g.maker,
      spec: {
        name,
        maker: g.maker,
        aliases: [],
        summary: `${name}, a model whose prices genai-prices lists as served through OpenRouter.`,
        openWeights: none('word on whether the weights are published'),
        license: none('licence'),
        lifecycle: { released: none('release date'), status: none('status') },
        limits: {
          contextWindow: ctx && Number.isInteger(ctx) ? known(ctx, src) : none('context window'),
          maxOutput: none('output limit'),
          knowledgeCutoff: none('knowledge cutoff'),
        },
        modalities: { input: none('input modalities'), output: none('output modalities') },
        capabilities: {},
        tokenizer: none('tokenizer'),
        offerings: [{ provider: 'openrouter', apiId, prices }],
      },
    });
  }
  models.sort((a, b) => `${a.maker}/${a.id}`.localeCompare(`${b.maker}/${b.id}`));
  const gpModels = (gp?.providers ?? []).flatMap((p) =>
    (Array.isArray(p.data['models']) ? (p.data['models'] as Obj[]) : []).map(
      (m) => `${p.file}#${String(m['id'])}`,
    ),
  );
  const gpUnmatched = gpModels.filter((k) => !gpMatched.has(k)).sort();
  return {
    models,
    sources,
    providers,
    rejections,
    skippedHandWritten,
    folded,
    gpMatched: gpMatched.size,
    gpUnmatched,
  };
}

/**
 * models.dev lists a moving alias such as `claude-haiku-4-5` ("Claude Haiku 4.5 (latest)")
 * as a record of its own beside the dated model it points to ("Claude Haiku 4.5"). Where
 * exactly one model of the same maker bears the name without "(latest)", the alias is that
 * model: its id and aliases resolve to it, and its offerings from providers the model does
 * not list yet are added. A "-latest" name with no such model (Mistral Large, GPT-5 Chat)
 * stays a model of its own: no source says which version it points to. Returns the folds,
 * as `alias → model`.
 */
export function foldLatest(models: Imported['models']): string[] {
  const folds: string[] = [];
  const named = new Map<string, Imported['models'][number][]>();
  for (const m of models) {
    const key = `${m.maker}/${String(m.spec['name'])}`;
    named.set(key, [...(named.get(key) ?? []), m]);
  }
  for (const latest of [...models]) {
    const name = String(latest.spec['name']);
    if (!name.endsWith(' (latest)')) continue;
    const targets = named.get(`${latest.maker}/${name.slice(0, -' (latest)'.length)}`) ?? [];
    const target = targets.length === 1 ? targets[0]! : undefined;
    if (!target) continue;
    const aliases = target.spec['aliases'] as string[];
    for (const a of [latest.id, ...(latest.spec['aliases'] as string[])])
      if (a !== target.id && !aliases.includes(a)) aliases.push(a);
    aliases.sort();
    const offerings = target.spec['offerings'] as Obj[];
    const served = new Set(offerings.map((o) => o['provider']));
    for (const o of latest.spec['offerings'] as Obj[])
      if (!served.has(o['provider'])) offerings.push(o);
    models.splice(models.indexOf(latest), 1);
    folds.push(`${latest.id} → ${target.id}`);
  }
  return folds.sort();
}

const known = <T>(value: T, source: string) => ({ value, source });
const unknown = (note: string) => ({ state: 'unknown', note });

function spec(
  b: BaseRecord,
  src: string,
  offerings: Obj[],
  aliases: string[],
  rejections: Rejection[],
): Obj {
  const d = b.data;
  const limit = obj(d['limit']);
  const mods = obj(d['modalities']);
  const context = num(limit['context']);
  const output = acceptedOutput(num(limit['output']), context, b.file, rejections);
  const input = num(limit['input']);
  const released = str(d['release_date']);
  const status = str(d['status']);
  const flag = (k: string) => (typeof d[k] === 'boolean' ? known(d[k], src) : undefined);
  const capabilities: Obj = {};
  for (const [key, field] of [
    ['functionCalling', 'tool_call'],
    ['structuredOutputs', 'structured_output'],
    ['reasoning', 'reasoning'],
  ] as const) {
    const f = flag(field);
    if (f) capabilities[key] = f;
  }
  if (strs(mods['input']).length)
    capabilities['vision'] = known(strs(mods['input']).includes('image'), src);
  const name = str(d['name']) ?? b.id;
  return {
    name,
    maker: makerIdFor[b.lab] ?? b.lab,
    aliases,
    summary: `${name}, a model listed by models.dev${str(d['family']) ? ` in its ${str(d['family'])} family` : ''}.`,
    openWeights:
      typeof d['open_weights'] === 'boolean'
        ? known(d['open_weights'], src)
        : unknown('models.dev does not say whether the weights are published'),
    license: str(d['license'])
      ? known(str(d['license']), src)
      : unknown('models.dev gives no licence for this model'),
    lifecycle: {
      released: isDate(released)
        ? known(released, src)
        : unknown('models.dev gives no release date'),
      status:
        status === 'deprecated'
          ? known('deprecated', src)
          : status === 'beta' || status === 'alpha'
            ? known('preview', src)
            : unknown('models.dev gives no status for this model'),
    },
    limits: {
      contextWindow:
        context && Number.isInteger(context)
          ? known(context, src)
          : unknown('models.dev gives no context window'),
      maxOutput:
        output !== undefined
          ? known(output, src)
          : unknown('models.dev gives no usable output limit'),
      ...(input && context && input <= context ? { maxInput: known(input, src) } : {}),
      knowledgeCutoff: /^\d{4}-\d{2}(-\d{2})?$/.test(str(d['knowledge']) ?? '')
        ? known(str(d['knowledge']), src)
        : unknown('models.dev gives no knowledge cutoff'),
    },
    modalities: {
      input: known(strs(mods['input']).filter(okModality), src),
      output: known(strs(mods['output']).filter(okModality), src),
    },
    capabilities,
    tokenizer: unknown('models.dev does not name the tokenizer'),
    offerings,
  };
}

const okModality = (m: string) => ['text', 'image', 'audio', 'video', 'pdf'].includes(m);

/** One offering from a served record: its API id, its limits where given, and its prices if the rules accept them. */
function offering(
  s: ServedRecord,
  d: Obj,
  src: string,
  rejections: Rejection[],
  gp: Schedule[] = [],
): Obj[] {
  const provider = providerIdFor[s.provider] ?? s.provider;
  const limit = obj(d['limit']);
  const context = num(limit['context']);
  const output = acceptedOutput(num(limit['output']), context, s.file, rejections);
  const limits: Obj = {};
  if (context && Number.isInteger(context)) limits['contextWindow'] = known(context, src);
  if (output !== undefined) limits['maxOutput'] = known(output, src);
  const cost = obj(d['cost']) as Cost;
  const meters = acceptedMeters(cost, s.file, rejections);
  const updated = [str(d['last_updated']), str(d['release_date'])].find(isDate);
  const out: Obj = { provider, apiId: s.apiId, ...(Object.keys(limits).length ? { limits } : {}) };
  if ((meters.input === undefined && meters.output === undefined) || updated === undefined) {
    if (gp.length) {
      out['prices'] = gp;
      return [out];
    }
    out['pricesMissing'] = {
      state: 'unknown',
      note: 'models.dev lists no usable per-token price for this offering',
    };
    return [out];
  }
  const tiers = (cost.tiers ?? []).flatMap((t) => {
    const size = num(obj(t.tier)['size']);
    if (
      obj(t.tier)['type'] !== 'context' ||
      size === undefined ||
      (context !== undefined && size >= context)
    )
      return [];
    const tier: Obj = { above: size, counts: 'input', appliesTo: 'whole-request' };
    if (t.input) tier['input'] = t.input;
    if (t.cache_read) tier['cachedInput'] = t.cache_read;
    if (t.output) tier['output'] = t.output;
    return Object.keys(tier).length > 3 ? [tier] : [];
  });
  const md: Schedule = {
    effective: updated,
    source: src,
    ...meters,
    ...(tiers.length ? { tiers } : {}),
    note: `models.dev lists these prices in a record last updated ${updated}; it does not date price changes${tiers.length ? ', nor say whether a long-context rate covers the whole request' : ''}.`,
  };
  out['prices'] = mergeSchedules(md, gp, s.file, rejections);
  return [out];
}

/**
 * Makers whose text models only genai-prices lists (through OpenRouter, as `<maker>/<model>`),
 * under this site's maker ids. A model id or name naming a non-text model is left out.
 */
export const gpOnlyMakers: Record<string, string> = {
  ai21: 'ai21',
  amazon: 'amazon',
  'arcee-ai': 'arcee-ai',
  'bytedance-seed': 'bytedance',
  'ibm-granite': 'ibm',
  inflection: 'inflection',
  liquid: 'liquid',
  microsoft: 'microsoft',
  rekaai: 'reka',
  upstage: 'upstage',
  writer: 'writer',
};

function gpOnlyModels(
  gp: GpInput,
  taken: Set<string>,
): { id: string; maker: string; file: string; data: Obj }[] {
  const file = gp.providers.find((p) => p.id === 'openrouter');
  if (!file) return [];
  const list = Array.isArray(file.data['models']) ? (file.data['models'] as Obj[]) : [];
  return list.flatMap((m) => {
    const raw = String(m['id']);
    const [lab, rest] = raw.split('/', 2) as [string, string | undefined];
    const maker = gpOnlyMakers[lab];
    if (!maker || !rest || raw.includes(':')) return [];
    if (!isTextModel(rest, str(m['name']), ['text'], ['text'])) return [];
    const id = siteId(rest);
    if (taken.has(id) || taken.has(siteId(raw))) return [];
    return [{ id, maker, file: file.file, data: m }];
  });
}
