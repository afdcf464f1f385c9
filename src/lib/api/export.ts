import type { Catalog, Model } from '../content/types';
import { primaryValue } from '../models/figures';
import { headlinePrices } from '../models/pricing';
import { effectiveStatus } from '../models/status';
import { dataLicences } from './licences';

/** `/api/models.json`: every model with every figure and claim, plus the sources they cite. */
export function modelsJson(catalog: Catalog, today: string) {
  return {
    generated: today,
    priceUnit: 'USD per 1M tokens',
    schema: '/api/schema.json',
    dataLicences,
    models: catalog.models.map((model) => {
      const { file: _file, folder: _folder, ...spec } = model;
      return { ...spec, status: effectiveStatus(model, today).status, url: `/models/${model.id}/` };
    }),
    sources: Object.fromEntries(catalog.sources.map(({ id, file: _f, ...s }) => [id, s])),
    providers: Object.fromEntries(catalog.providers.map(({ id, file: _f, ...p }) => [id, p])),
    benchmarks: Object.fromEntries(catalog.benchmarks.map(({ id, ...b }) => [id, b])),
  };
}

const csvColumns = [
  'id',
  'name',
  'maker',
  'status',
  'released',
  'context_window',
  'max_output',
  'knowledge_cutoff',
  'input_usd_per_1m',
  'cached_input_usd_per_1m',
  'output_usd_per_1m',
  'price_offering',
  'input_modalities',
  'output_modalities',
  'tokenizer',
  'reasoning',
  'open_weights',
  'sources',
] as const;

/** Quotes a CSV field when needed (RFC 4180), and defuses spreadsheet formulas. */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * `/api/models.csv`: one row per model with its primary (first-listed) value of each figure
 * and the ids of every source it cites; the JSON has every claim.
 */
export function modelsCsv(catalog: Catalog, today: string, cited: (m: Model) => string[]): string {
  const rows = catalog.models.map((m) => {
    const prices = headlinePrices(m, today);
    const schedule = prices.offering?.prices?.filter((s) => s.effective <= today).at(-1);
    return [
      m.id,
      m.name,
      m.maker,
      effectiveStatus(m, today).status,
      primaryValue(m.lifecycle.released),
      primaryValue(m.limits.contextWindow),
      primaryValue(m.limits.maxOutput),
      primaryValue(m.limits.knowledgeCutoff),
      schedule?.input,
      schedule?.cachedInput,
      schedule?.output,
      prices.offering?.provider,
      primaryValue(m.modalities.input)?.join(' '),
      primaryValue(m.modalities.output)?.join(' '),
      primaryValue(m.tokenizer),
      primaryValue(m.capabilities.reasoning),
      primaryValue(m.openWeights),
      cited(m).join(' '),
    ].map(csvField);
  });
  return [csvColumns.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}
