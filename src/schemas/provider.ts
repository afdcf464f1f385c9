import { z } from 'zod';
import { text } from './common';

/** One provider, `content/providers/<id>.yaml`: a model maker, a host, or both. */
export const providerSchema = z
  .object({
    /** Display name ("OpenAI", "Azure OpenAI"). */
    name: text,
    /** Whether it makes models, hosts other makers' models, or both. */
    role: z.enum(['maker', 'host', 'maker-and-host'], {
      error: 'role must be maker, host or maker-and-host',
    }),
    /** Its home page. */
    url: z.url({ error: 'url must be a full https:// address' }),
    /** One sentence on who it is, for its provider page. */
    description: text,
  })
  .strict();

export type Provider = z.infer<typeof providerSchema> & { id: string };
