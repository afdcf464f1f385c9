import type { Claim, Figure, Offering, PriceSchedule } from '../../schemas';
import type { Model } from '../content/types';
import { knownClaims, primaryValue } from '../models/figures';
import { primaryOffering, scheduleAt } from '../models/pricing';
import { effectiveStatus } from '../models/status';
import type { FitLimits } from '../pricing/fit';
import type { ExactEncoding } from './counter';
import { encodingForModelId } from './encodings';
import { tokenizerForFamily } from './families';
import type { CountedEncoding } from './tokenizers';

/**
 * What the token counter needs to know of a model: what the one price function (modelCost)
 * and the one fit function (fitOf) read, plus its tokenizer. Only the headline offering's
 * schedule in force on the day and the figures' first known values are kept, so a page
 * listing every model ships little; the functions see the same numbers as in the calculator.
 */
export type CounterModel = Pick<Model, 'id' | 'name' | 'maker'> &
  FitLimits & {
    offerings: Offering[];
    /** The encoding that counts exactly for it, or undefined when its tokenizer is not public. */
    encoding?: ExactEncoding | undefined;
    retired: boolean;
  };

/** A figure cut to the value shown first (what primaryValue reads), without notes. */
const first = <T>(f: Figure<T> | undefined): Claim<T>[] | undefined => {
  const claim = knownClaims(f)[0];
  return claim ? [{ state: 'known', value: claim.value, source: claim.source }] : f && [];
};

/** A schedule without its wording: the engine reads only numbers and rules. */
function ratesOnly({ note: _note, tiers, batch, ...rest }: PriceSchedule): PriceSchedule {
  const out: PriceSchedule = { ...rest };
  if (tiers) out.tiers = tiers.map(({ note: _n, ...t }) => t);
  if (batch) {
    const { note: _b, ...b } = batch;
    out.batch = b;
  }
  return out;
}

/**
 * The spec's tokenizer when it names a public encoding, else tiktoken's prefix rule, else an
 * open family's tokenizer (families.ts).
 */
export function toCounterModel(model: Model, today: string): CounterModel {
  const stated = primaryValue(model.tokenizer);
  const encoding =
    stated && stated !== 'proprietary'
      ? stated
      : stated === 'proprietary'
        ? undefined
        : (encodingForModelId(model.id) ?? tokenizerForFamily(model.id));
  const offering = primaryOffering(model);
  const inForce = offering && scheduleAt(offering, today);
  return {
    id: model.id,
    name: model.name,
    maker: model.maker,
    imageTokens: model.imageTokens,
    limits: {
      contextWindow: first(model.limits.contextWindow) ?? [],
      maxOutput: first(model.limits.maxOutput) ?? [],
      maxInput: first(model.limits.maxInput),
    },
    offerings: offering
      ? [
          {
            provider: offering.provider,
            apiId: offering.apiId,
            prices: inForce ? [ratesOnly(inForce)] : [],
          },
        ]
      : [],
    encoding,
    retired: effectiveStatus(model, today).status === 'retired',
  };
}

/** The encoding a model's row is counted in: its own, or o200k_base as the estimate. */
export const countedIn = (m: Pick<CounterModel, 'encoding'>): CountedEncoding =>
  m.encoding === undefined || m.encoding === 'o200k_harmony' ? 'o200k_base' : m.encoding;
