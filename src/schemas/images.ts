import { z } from 'zod';
import { ref } from './common';

/**
 * How a model turns an image into input tokens, as its maker documents it. OpenAI uses two
 * rules: 512px tiles (GPT-4o, GPT-4.1) and 32px patches times a multiplier (GPT-4.1 mini and
 * nano, o4-mini).
 */
export const imageTokensSchema = z.discriminatedUnion(
  'method',
  [
    z
      .object({
        /** Scale to fit a 2048px square, then the shortest side to 768px; count 512px tiles. */
        method: z.literal('tiles'),
        /** Tokens every image costs (and all a low-detail image costs). */
        base: z.number().int().positive('base must be a positive number of tokens'),
        /** Tokens per 512px tile at high detail. */
        perTile: z.number().int().positive('perTile must be a positive number of tokens'),
        /** Where the rule is documented. */
        source: ref('source'),
      })
      .strict(),
    z
      .object({
        /** Count 32px patches covering the image (scaled down to at most `cap`), times `multiplier`. */
        method: z.literal('patches'),
        /** Most patches an image may take; larger images are scaled down. */
        cap: z.number().int().positive('cap must be a positive number of patches'),
        /** Tokens billed per patch. */
        multiplier: z.number().positive('multiplier must be more than 0'),
        /** Where the rule is documented. */
        source: ref('source'),
      })
      .strict(),
  ],
  { error: 'imageTokens.method must be tiles or patches' },
);

export type ImageTokens = z.infer<typeof imageTokensSchema>;
