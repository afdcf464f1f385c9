import { z } from 'zod';
import { isoDate, ref, text } from './common';

/** What kind of publication a source is; decides how much weight a reader gives it. */
export const sourceKind = z.enum(
  [
    'provider-docs', // the maker's or host's own documentation, model pages and price lists
    'provider-announcement', // the maker's launch post or model card
    'host-docs', // a cloud or inference host's documentation of its own offering
    'dataset', // a maintained public dataset (models.dev, LiteLLM's price table, tiktoken's map)
    'leaderboard', // an independent benchmark leaderboard
    'press', // reviews, articles and blog posts by third parties
  ],
  {
    error:
      'kind must be one of provider-docs, provider-announcement, host-docs, dataset, leaderboard, press',
  },
);

/**
 * One source record, `content/sources/<id>.yaml`. Figures cite it by id.
 */
export const sourceSchema = z
  .object({
    /** The document's title as its publisher gives it. */
    title: text,
    /** Who published it ("OpenAI", "Microsoft Azure", "TokenMix.ai"). */
    publisher: text,
    /** Where to read it. Omit only for documents with no public address. */
    url: z.url({ error: 'url must be a full https:// address' }).optional(),
    /** The day the figures were read from it. */
    accessed: isoDate,
    /** The day it was published or last updated, when it says. */
    published: isoDate.optional(),
    /** What kind of publication it is. */
    kind: sourceKind,
    /**
     * The provider this source speaks for, if it is that provider's own word
     * (OpenAI's docs speak for `openai`; the Azure model card speaks for `azure`).
     */
    speaksFor: ref('speaksFor').optional(),
    /** How it was read, when that matters (an archived copy, a digest of an image). */
    note: text.optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema> & { id: string };
