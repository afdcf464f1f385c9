import { z } from 'zod';
import { ref, text } from './common';

/** A model family page, `content/families/<id>.yaml` (GPT-4.1 base, mini and nano). */
export const familySchema = z
  .object({
    /** Display name ("GPT-4.1 family"). */
    name: text,
    /** The family's maker. */
    maker: ref('maker'),
    /** What ties the family together. */
    summary: text,
    /** Guidance on which member to choose, each statement sourced. */
    guidance: z
      .array(
        z
          .object({
            /** The task or situation ("Real-time autocomplete"). */
            task: text,
            /** The member(s) recommended, by model id. */
            choose: z.array(ref('choose')).min(1, 'name at least one model'),
            /** Why, in the source's words. */
            why: text,
            /** Who recommends it. */
            source: ref('source'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type Family = z.output<typeof familySchema> & { id: string };
