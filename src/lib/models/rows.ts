import type { Modality, Status } from '../../schemas';
import type { Catalog, Model } from '../content/types';
import { primaryValue } from './figures';
import { headlinePrices } from './pricing';
import { effectiveStatus } from './status';

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
  priceVia?: string | undefined;
  inputModalities: Modality[];
  outputModalities: Modality[];
  status: Status;
  reasoning?: boolean | undefined;
  vision?: boolean | undefined;
  functionCalling?: boolean | undefined;
  openWeights?: boolean | undefined;
  released?: string | undefined;
  aliases: string[];
};

/** Builds the index row for a model as of `today`. */
export function toRow(model: Model, catalog: Catalog, today: string): ModelRow {
  const providerName = (id: string) => catalog.providers.find((p) => p.id === id)?.name ?? id;
  const prices = headlinePrices(model, today);
  return {
    id: model.id,
    name: model.name,
    maker: model.maker,
    makerName: providerName(model.maker),
    context: primaryValue(model.limits.contextWindow),
    maxOutput: primaryValue(model.limits.maxOutput),
    input: prices.input,
    output: prices.output,
    priceVia: prices.offering ? providerName(prices.offering.provider) : undefined,
    inputModalities: primaryValue(model.modalities.input) ?? [],
    outputModalities: primaryValue(model.modalities.output) ?? [],
    status: effectiveStatus(model, today).status,
    reasoning: primaryValue(model.capabilities.reasoning),
    vision: primaryValue(model.capabilities.vision),
    functionCalling: primaryValue(model.capabilities.functionCalling),
    openWeights: primaryValue(model.openWeights),
    released: primaryValue(model.lifecycle.released),
    aliases: model.aliases,
  };
}
