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

/** Every model priced for one workload, cheapest first; models without a price come last. */
export function rankModels(
  models: readonly PricedModel[],
  w: Workload,
  asOf: string,
): RankedModel[] {
  const ranked = models.map((model) => ({
    model,
    offering: primaryOffering(model),
    cost: modelCost(model, w, asOf),
    fit: fitOf(model, w),
  }));
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

/** The cheapest ranked model known to fit that was still served on `asOf`. */
export const cheapestThatFits = (
  ranked: readonly RankedModel[],
  asOf: string,
): RankedModel | undefined =>
  ranked.find((r) => r.cost.ok && r.fit.fits === true && shutdownBy(r.model, asOf) === undefined);
