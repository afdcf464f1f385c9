import type { Model } from '../content/types';
import { primaryValue } from '../models/figures';
import { headlinePrices } from '../models/pricing';
import { effectiveStatus } from '../models/status';
import type { ExactEncoding } from './counter';
import { encodingForModelId } from './encodings';

/** What the token counter needs to know of a model: its tokenizer, limits and input price. */
export type FitModel = {
  id: string;
  name: string;
  /** The encoding that counts exactly for it, or undefined when its tokenizer is not public. */
  encoding?: ExactEncoding | undefined;
  context?: number | undefined;
  maxOutput?: number | undefined;
  /** Headline input price, USD per 1M tokens. */
  input?: number | undefined;
  retired: boolean;
};

/** The spec's tokenizer when it names a public encoding, else tiktoken's prefix rule. */
export function toFitModel(model: Model, today: string): FitModel {
  const stated = primaryValue(model.tokenizer);
  const encoding =
    stated && stated !== 'proprietary'
      ? stated
      : stated === 'proprietary'
        ? undefined
        : encodingForModelId(model.id);
  return {
    id: model.id,
    name: model.name,
    encoding,
    context: primaryValue(model.limits.contextWindow),
    maxOutput: primaryValue(model.limits.maxOutput),
    input: headlinePrices(model, today).input,
    retired: effectiveStatus(model, today).status === 'retired',
  };
}

/** Share of the context window a count uses, whether it fits, and output tokens left. */
export function fitOf(
  count: number,
  m: FitModel,
): { share?: number | undefined; fits?: boolean | undefined; outputLeft?: number | undefined } {
  if (m.context === undefined) return {};
  const left = Math.max(0, m.context - count);
  return {
    share: count / m.context,
    fits: count < m.context,
    outputLeft: m.maxOutput === undefined ? left : Math.min(left, m.maxOutput),
  };
}
