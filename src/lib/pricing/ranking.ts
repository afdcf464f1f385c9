import type { Offering } from '../../schemas';
import type { Model } from '../content/types';
import { primaryValue } from '../models/figures';
import { primaryOffering } from '../models/pricing';
import { shutdownBy } from './availability';
import { requestCost, type CostResult } from './engine';
import { imageTokens } from './images';
import type { Workload } from './workload';

/** The part of a model the calculator needs (small enough to ship to the browser). */
export type PricedModel = Pick<
  Model,
  'id' | 'name' | 'maker' | 'limits' | 'offerings' | 'lifecycle' | 'aliases' | 'imageTokens'
>;

/** Whether a request fits the model's limits (the first-listed, usually the provider's own). */
export type Fit = { fits: boolean; reason?: string | undefined };

export function fitOf(model: PricedModel, w: Workload): Fit {
  const context = primaryValue(model.limits.contextWindow);
  const maxOutput = primaryValue(model.limits.maxOutput);
  const maxInput = primaryValue(model.limits.maxInput);
  const out = w.outputTokens + w.reasoningTokens;
  const images =
    w.images > 0 && model.imageTokens
      ? w.images * imageTokens(model.imageTokens, w.imageWidth, w.imageHeight, w.imageDetail)
      : 0;
  const input = w.inputTokens + images;
  if (context !== undefined && input + out > context)
    return {
      fits: false,
      reason: `input + output exceed the ${context.toLocaleString('en-US')}-token context window`,
    };
  if (maxInput !== undefined && input > maxInput)
    return {
      fits: false,
      reason: `input exceeds the ${maxInput.toLocaleString('en-US')}-token input limit`,
    };
  if (maxOutput !== undefined && out > maxOutput)
    return {
      fits: false,
      reason: `output exceeds the ${maxOutput.toLocaleString('en-US')}-token output limit`,
    };
  return { fits: true };
}

export type RankedModel = {
  model: PricedModel;
  offering: Offering | undefined;
  cost: CostResult;
  fit: Fit;
};

/** Every model priced for one workload, cheapest first; models without a price come last. */
export function rankModels(
  models: readonly PricedModel[],
  w: Workload,
  asOf: string,
): RankedModel[] {
  const ranked = models.map((model) => {
    const offering = primaryOffering(model);
    const cost: CostResult = offering
      ? requestCost(offering, w, asOf, model.imageTokens)
      : { ok: false, reason: 'no published price' };
    return { model, offering, cost, fit: fitOf(model, w) };
  });
  return ranked.sort((a, b) => {
    if (a.cost.ok && b.cost.ok)
      return a.cost.perRequest < b.cost.perRequest
        ? -1
        : a.cost.perRequest > b.cost.perRequest
          ? 1
          : a.model.name.localeCompare(b.model.name);
    if (a.cost.ok !== b.cost.ok) return a.cost.ok ? -1 : 1;
    return a.model.name.localeCompare(b.model.name);
  });
}

/** The cheapest ranked model whose request fits and that was still served on `asOf`. */
export const cheapestThatFits = (
  ranked: readonly RankedModel[],
  asOf: string,
): RankedModel | undefined =>
  ranked.find((r) => r.cost.ok && r.fit.fits && shutdownBy(r.model, asOf) === undefined);
