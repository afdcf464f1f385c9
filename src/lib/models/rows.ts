import type { Modality, Status } from '../../schemas';
import type { Catalog, Model } from '../content/types';
import { blendedUnits } from '../pricing/scale';
import { primaryValue } from './figures';
import { headlinePrices } from './pricing';
import { agreedShutdown, effectiveStatus } from './status';

/** Share of input tokens in the blended price the index's price-vs-quality view uses. */
export const BLEND_INPUT_SHARE = 0.8;

/** A model's headline score on one benchmark: its maker's own when there is one. */
export type BenchCell = {
  score: number;
  /** Source id (`/sources/#<id>`). */
  source: string;
  /** Reported by the model's maker (self-reported). */
  own: boolean;
  setting?: string | undefined;
};

/** One model as a row of the index table: plain values, ready to sort and filter. */
export type ModelRow = {
  id: string;
  name: string;
  maker: string;
  makerName: string;
  context?: number | undefined;
  maxOutput?: number | undefined;
  /** Headline prices, USD per 1M tokens, and who sells at them. */
  input?: number | undefined;
  output?: number | undefined;
  /** The headline offering's price at 4 input tokens to 1 output token, USD per 1M. */
  blended?: number | undefined;
  priceVia?: string | undefined;
  inputModalities: Modality[];
  outputModalities: Modality[];
  /** Status as of the day the row was built for (see `stated` and `shutdown`). */
  status: Status;
  /** The status the sources state, before any shutdown day is applied. */
  stated: Status;
  /** The shutdown day every source agrees on, if any. */
  shutdown?: string | undefined;
  reasoning?: boolean | undefined;
  vision?: boolean | undefined;
  functionCalling?: boolean | undefined;
  openWeights?: boolean | undefined;
  released?: string | undefined;
  aliases: string[];
  /** Provider ids of every offering (who serves the model). */
  providers: string[];
  /** Headline score per benchmark id. */
  bench: Record<string, BenchCell>;
};

/** The maker's own result first, else the first listed; long-context points left out. */
function headlineScores(model: Model): Record<string, BenchCell> {
  const out: Record<string, BenchCell> = {};
  const plain = model.benchmarks.filter((r) => r.atTokens === undefined);
  for (const r of [...plain].sort(
    (a, b) => Number(a.reportedBy !== 'self-reported') - Number(b.reportedBy !== 'self-reported'),
  ))
    out[r.benchmark] ??= {
      score: r.score,
      source: r.source,
      own: r.reportedBy === 'self-reported',
      setting: r.setting,
    };
  return out;
}

/** Builds the index row for a model as of `today`. */
export function toRow(model: Model, catalog: Catalog, today: string): ModelRow {
  const providerName = (id: string) => catalog.providers.find((p) => p.id === id)?.name ?? id;
  const prices = headlinePrices(model, today);
  const blended = prices.offering
    ? blendedUnits(prices.offering, BLEND_INPUT_SHARE, today)
    : undefined;
  return {
    id: model.id,
    name: model.name,
    maker: model.maker,
    makerName: providerName(model.maker),
    context: primaryValue(model.limits.contextWindow),
    maxOutput: primaryValue(model.limits.maxOutput),
    input: prices.input,
    output: prices.output,
    blended: blended === undefined ? undefined : Number(blended) / 1e6,
    priceVia: prices.offering ? providerName(prices.offering.provider) : undefined,
    inputModalities: primaryValue(model.modalities.input) ?? [],
    outputModalities: primaryValue(model.modalities.output) ?? [],
    status: effectiveStatus(model, today).status,
    stated: primaryValue(model.lifecycle.status) ?? 'active',
    shutdown: agreedShutdown(model.lifecycle.shutdown),
    reasoning: primaryValue(model.capabilities.reasoning),
    vision: primaryValue(model.capabilities.vision),
    functionCalling: primaryValue(model.capabilities.functionCalling),
    openWeights: primaryValue(model.openWeights),
    released: primaryValue(model.lifecycle.released),
    aliases: model.aliases,
    providers: [...new Set(model.offerings.map((o) => o.provider))],
    bench: headlineScores(model),
  };
}
