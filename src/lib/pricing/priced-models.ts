import type { Catalog, Model } from '../content/types';
import type { PricedModel } from './ranking';

/** The slice of a model that pricing needs, small enough to serialise into an island's props. */
export const toPricedModel = ({
  id,
  name,
  maker,
  limits,
  offerings,
  lifecycle,
  aliases,
  imageTokens,
}: Model): PricedModel => ({
  id,
  name,
  maker,
  limits,
  offerings,
  lifecycle,
  aliases,
  imageTokens,
});

/** Every model, priced-model slices only. */
export const pricedModels = (catalog: Catalog): PricedModel[] => catalog.models.map(toPricedModel);
