import { compareNames } from '../text/compare';
import type { Offering } from '../../schemas';
import { primaryOffering } from '../models/pricing';
import { shutdownBy } from './availability';
import { modelCost, type CostResult } from './engine';
import { fitOf, type Fit } from './fit';
import type { PricedModel } from './priced-models';
import type { Workload } from './workload';

export type RankedModel = {
  model: PricedModel;
  offering: Offering | undefined;
  cost: CostResult;
  fit: Fit;
};

/** One model priced for one workload on its primary offering, and whether the request fits. */
export const priceOne = (model: PricedModel, w: Workload, asOf: string): RankedModel => ({
  model,
  offering: primaryOffering(model),
  cost: modelCost(model, w, asOf),
  fit: fitOf(model, w),
});

/** Cheapest first, by name where costs tie; models without a price come last, by name. */
export function byCost(a: RankedModel, b: RankedModel): number {
  if (a.cost.ok && b.cost.ok)
    return a.cost.perRequest < b.cost.perRequest
      ? -1
      : a.cost.perRequest > b.cost.perRequest
        ? 1
        : compareNames(a.model.name, b.model.name);
  if (a.cost.ok !== b.cost.ok) return a.cost.ok ? -1 : 1;
  return compareNames(a.model.name, b.model.name);
}

/** Every model priced for one workload, cheapest first; models without a price come last. */
export const rankModels = (
  models: readonly PricedModel[],
  w: Workload,
  asOf: string,
): RankedModel[] => models.map((model) => priceOne(model, w, asOf)).sort(byCost);

/** The cheapest ranked model known to fit that was still served on `asOf`. */
export const cheapestThatFits = (
  ranked: readonly RankedModel[],
  asOf: string,
): RankedModel | undefined =>
  ranked.find((r) => r.cost.ok && r.fit.fits === true && shutdownBy(r.model, asOf) === undefined);
