/**
 * The shapes of the site's data files (/data/…json): what the browser fetches instead of a
 * page embedding every model. Types only, so islands can import them without the builder.
 */
import type { Model } from '../content/types';
import type { ChartModel } from '../charts/data';
import type { CompareModel } from '../compare/cells';
import type { PricedModel } from '../pricing/priced-models';
import type { ExactEncoding } from '../tokens/counter';

/** One model in the index: what a picker lists and what a status is computed from. */
export type IndexEntry = Pick<Model, 'id' | 'name' | 'maker' | 'aliases'> & {
  /** The lifecycle figures (status, dates), so the browser can tell on its own day. */
  lifecycle: Model['lifecycle'];
  /** The URL of the model's own file (its comparison column and prices). */
  file: string;
};

/** /data/index.<hash>.json: every model, compactly. */
export type IndexFile = { models: IndexEntry[] };

/** A priced model with the encoding that counts its tokens exactly (undefined: estimate). */
export type PricingEntry = PricedModel & { encoding?: ExactEncoding | undefined };

/** /data/pricing.<hash>.json: what the price and fit functions read, for every model. */
export type PricingFile = { models: PricingEntry[] };

/** /data/models/<id>.<hash>.json: one model's comparison column and prices. */
export type ModelFile = { compare: CompareModel; priced: PricedModel };

/** /data/charts.<hash>.json: every model's benchmark results and headline offering. */
export type ChartsFile = { models: (ChartModel & { aliases: string[] })[] };

/** Where a page's island fetches its data (same origin, content-hashed, cached forever). */
export type DataUrls = { index: string; pricing: string; charts: string };
