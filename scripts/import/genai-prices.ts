import { meterNames, type MeterName } from '../../src/schemas/pricing';
import { screenMeters, type Rejection } from './rules';

/** A genai-prices provider file, `prices/providers/<provider>.yml`, as parsed YAML. */
export type GpProvider = { file: string; id: string; data: Record<string, unknown> };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** YAML reads unquoted dates as Date objects or strings depending on the parser settings. */
const day = (v: unknown): string | undefined =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? v
      : undefined;

/** genai-prices provider ids where this site names the provider differently. */
export const gpProviderFor: Record<string, string> = {
  aws: 'bedrock',
  x_ai: 'xai',
  zhipuai: 'zai',
};

/** Whether a genai-prices `match` clause matches a model id. */
export function matches(clause: unknown, id: string): boolean {
  const c = obj(clause);
  const v = (k: string) => str(c[k]);
  if (Array.isArray(c['or'])) return c['or'].some((x) => matches(x, id));
  if (Array.isArray(c['and'])) return c['and'].every((x) => matches(x, id));
  if (v('equals') !== undefined) return id === v('equals');
  if (v('starts_with') !== undefined) return id.startsWith(v('starts_with')!);
  if (v('ends_with') !== undefined) return id.endsWith(v('ends_with')!);
  if (v('contains') !== undefined) return id.includes(v('contains')!);
  if (v('regex') !== undefined) {
    try {
      return new RegExp(v('regex')!).test(id);
    } catch {
      return false;
    }
  }
  return false;
}

/** One genai-prices model record with the file it came from. */
export type GpModel = { file: string; provider: string; data: Obj };

/** The genai-prices model of `provider` whose match clause takes `apiId` (or its last path segment), first listed first. */
export function findModel(
  providers: GpProvider[],
  provider: string,
  ids: string[],
): GpModel | undefined {
  for (const p of providers) {
    if ((gpProviderFor[p.id] ?? p.id) !== provider) continue;
    const models = Array.isArray(p.data['models']) ? (p.data['models'] as Obj[]) : [];
    for (const id of ids)
      for (const m of models)
        if (m['id'] === id || matches(m['match'], id)) return { file: p.file, provider, data: m };
  }
  return undefined;
}

const meterKey: Record<string, MeterName> = {
  input_mtok: 'input',
  cache_read_mtok: 'cachedInput',
  cache_write_1h_mtok: 'cacheWrite1h',
  output_mtok: 'output',
};

/** A schedule as this importer builds it, before it is written. */
export type Schedule = Obj & { effective: string; source: string };

/**
 * genai-prices' price list of one model turned into dated schedules, oldest first. A price
 * with a `start_date` takes effect that day; the first, undated price takes effect on the
 * model's release day (when known and earlier than the next dated price), else on the day
 * genai-prices last checked it, else on the snapshot's day if it is the only one. Prices by
 * time of day (off-peak) are left out: a schedule here holds one price per day.
 */
export function gpSchedules(
  m: GpModel,
  source: string,
  released: string | undefined,
  context: number | undefined,
  snapshotDate: string,
  rejections: Rejection[],
): Schedule[] {
  const raw = m.data['prices'];
  const list: { start?: string; prices: Obj }[] = Array.isArray(raw)
    ? (raw as Obj[]).flatMap((c, i) => {
        const con = obj(c['constraint']);
        if (con['start_time'] !== undefined) {
          rejections.push({
            file: m.file,
            field: `${String(m.data['id'])}.prices[${i}]`,
            value: `${str(con['start_time'])}-${str(con['end_time'])}`,
            reason: 'a price by time of day (off-peak), which a dated schedule cannot hold',
          });
          return [];
        }
        const start = day(con['start_date']);
        return [{ ...(start ? { start } : {}), prices: obj(c['prices']) }];
      })
    : [{ prices: obj(raw) }];
  const checked = day(m.data['prices_checked']);
  const out: Schedule[] = [];
  list.forEach((entry, i) => {
    const next = list[i + 1]?.start;
    let effective = entry.start;
    let undatedNote: string | undefined;
    if (effective === undefined) {
      const candidates: [string | undefined, string][] = [
        [released, 'the model was released'],
        [checked, 'genai-prices last checked this price'],
        ...(next === undefined
          ? ([[snapshotDate, 'genai-prices listed it as current']] as [string, string][])
          : []),
      ];
      const pick = candidates.find(([d]) => d !== undefined && (next === undefined || d < next));
      if (!pick) {
        rejections.push({
          file: m.file,
          field: `${String(m.data['id'])}.prices[${i}]`,
          value: JSON.stringify(entry.prices),
          reason: 'an undated first price with no release day before the next dated price',
        });
        return;
      }
      effective = pick[0]!;
      undatedNote = `genai-prices gives this price no start date; it is dated here to the day ${pick[1]}`;
    }
    const flat: Partial<Record<MeterName, number>> = {};
    const tierRows = new Map<number, Obj>();
    for (const [key, meter] of Object.entries(meterKey)) {
      const v = entry.prices[key];
      if (typeof v === 'number') flat[meter] = v;
      else if (v && typeof v === 'object') {
        const t = obj(v);
        if (typeof t['base'] === 'number') flat[meter] = t['base'];
        for (const tier of Array.isArray(t['tiers']) ? (t['tiers'] as Obj[]) : []) {
          const start = tier['start'];
          const p = tier['price'];
          if (typeof start !== 'number' || typeof p !== 'number' || meter === 'cacheWrite1h')
            continue;
          if (context !== undefined && start >= context) continue;
          const row = tierRows.get(start) ?? {
            above: start,
            counts: 'input',
            appliesTo: 'whole-request',
          };
          row[meter] = p;
          tierRows.set(start, row);
        }
      }
    }
    // Only Anthropic's file gives the 5-minute cache write as `cache_write_mtok`; elsewhere
    // the lifetime is not said, so the figure is left out.
    if (m.provider === 'anthropic' && typeof entry.prices['cache_write_mtok'] === 'number')
      flat.cacheWrite5m = entry.prices['cache_write_mtok'];
    const screened = screenMeters(flat, m.file, (k) => `${String(m.data['id'])}.${k}`, rejections);
    const meters = Object.fromEntries(
      meterNames.filter((k) => screened[k] !== undefined).map((k) => [k, screened[k]]),
    ) as Partial<Record<MeterName, number>>;
    if (meters.input === undefined && meters.output === undefined) return;
    const tiers = [...tierRows.values()].sort((a, b) => Number(a['above']) - Number(b['above']));
    if (out.length && out[out.length - 1]!.effective >= effective) return;
    out.push({
      effective,
      source,
      ...meters,
      ...(tiers.length ? { tiers } : {}),
      note: [
        entry.start
          ? `genai-prices dates this price from ${entry.start}.`
          : `${undatedNote ?? ''}.`,
        str(m.data['price_comments'])
          ? `Its comment: "${str(m.data['price_comments'])!.replace(/\s+/g, ' ').trim()}"`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  });
  return out;
}

const compared: MeterName[] = ['input', 'cachedInput', 'output'];

/**
 * Joins a models.dev schedule to genai-prices' schedules for the same offering. genai-prices
 * dates price changes, so its schedules lead. The models.dev schedule is compared with the one
 * genai-prices has in force on its day: the same figures are a duplicate claim and refused;
 * different figures are kept beside it as an alternative with their own source; a models.dev
 * day before any genai-prices schedule stays a schedule of its own.
 */
export function mergeSchedules(
  md: Schedule | undefined,
  gp: Schedule[],
  mdFile: string,
  rejections: Rejection[],
): Schedule[] {
  if (md === undefined) return gp;
  if (gp.length === 0) return [md];
  const inForce = gp.filter((s) => s.effective <= md.effective).at(-1);
  if (inForce === undefined) return [md, ...gp];
  const differs = compared.some(
    (k) => md[k] !== undefined && inForce[k] !== undefined && md[k] !== inForce[k],
  );
  if (!differs) {
    rejections.push({
      file: mdFile,
      field: 'cost',
      value: compared.map((k) => `${k}=${String(md[k] ?? '-')}`).join(' '),
      reason: `the same prices as genai-prices' schedule in force that day (${inForce.effective}): a duplicate claim`,
    });
    return gp;
  }
  const alt: Obj = { source: md.source };
  for (const k of ['input', 'cachedInput', 'cacheWrite5m', 'cacheWrite1h', 'output', 'tiers'])
    if (md[k] !== undefined) alt[k] = md[k];
  alt['note'] =
    `models.dev lists these prices in a record last updated ${md.effective}, while genai-prices gives the schedule above for that day.`;
  return gp.map((s) =>
    s === inForce ? { ...s, alternatives: [...((s['alternatives'] as Obj[]) ?? []), alt] } : s,
  );
}
