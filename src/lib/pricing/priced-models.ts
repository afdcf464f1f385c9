import type { Catalog, Model } from '../content/types';

/** The part of a model pricing and fit need (small enough to ship to the browser). */
export type PricedModel = Pick<
  Model,
  'id' | 'name' | 'maker' | 'limits' | 'offerings' | 'lifecycle' | 'aliases' | 'imageTokens'
>;

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
