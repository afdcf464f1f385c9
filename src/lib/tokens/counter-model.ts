import type { Model } from '../content/types';
import { primaryValue } from '../models/figures';
import { effectiveStatus } from '../models/status';
import { toPricedModel, type PricedModel } from '../pricing/priced-models';
import type { ExactEncoding } from './counter';
import { encodingForModelId } from './encodings';

/**
 * What the token counter needs to know of a model: what pricing and fit need (the same slice
 * the calculator gets, so both price and fit a count alike), plus its tokenizer.
 */
export type CounterModel = PricedModel & {
  /** The encoding that counts exactly for it, or undefined when its tokenizer is not public. */
  encoding?: ExactEncoding | undefined;
  retired: boolean;
};

/** The spec's tokenizer when it names a public encoding, else tiktoken's prefix rule. */
export function toCounterModel(model: Model, today: string): CounterModel {
  const stated = primaryValue(model.tokenizer);
  const encoding =
    stated && stated !== 'proprietary'
      ? stated
      : stated === 'proprietary'
        ? undefined
        : encodingForModelId(model.id);
  return {
    ...toPricedModel(model),
    encoding,
    retired: effectiveStatus(model, today).status === 'retired',
  };
}

/** The encoding a model's row is counted in: its own, or o200k_base as the estimate. */
export const countedIn = (m: Pick<CounterModel, 'encoding'>): 'o200k_base' | 'cl100k_base' =>
  m.encoding === 'cl100k_base' ? 'cl100k_base' : 'o200k_base';
