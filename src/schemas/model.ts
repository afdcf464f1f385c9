import { z } from 'zod';
import { benchmarkResultSchema } from './benchmark';
import { imageTokensSchema } from './images';
import { crossField, isoDate, partialDate, ref, text, tokenCount } from './common';
import { figure, type Figure } from './figure';
import { price, priceScheduleSchema, pricesMissingSchema } from './pricing';

import { encodings, modalities, statuses } from './values';

export { encodings, modalities, statuses };
const modality = z.enum(modalities, { error: `a modality is one of ${modalities.join(', ')}` });

/** Tokens and dates that bound what a model can take and give. */
const limitsSchema = z
  .object({
    /** Total tokens the model can attend to: input plus output. */
    contextWindow: figure(tokenCount),
    /** Most tokens one response can contain (reasoning tokens included, for reasoning models). */
    maxOutput: figure(tokenCount),
    /** Most input tokens, when the provider states a limit below the context window. */
    maxInput: figure(tokenCount).optional(),
    /** The date the training data runs to. */
    knowledgeCutoff: figure(partialDate),
  })
  .strict();

/** Release, deprecation and shutdown, each sourced. */
const lifecycleSchema = z
  .object({
    /** The day the model was released to developers. */
    released: figure(isoDate),
    /** The status its maker (or the cited source) gives it. */
    status: figure(z.enum(statuses, { error: `status must be one of ${statuses.join(', ')}` })),
    /** The day its deprecation was announced. */
    deprecated: figure(isoDate).optional(),
    /** The day it leaves (or left) the API. */
    shutdown: figure(isoDate).optional(),
    /** The model its maker recommends moving to, by id. */
    successor: ref('successor').optional(),
  })
  .strict();

const flag = figure(z.boolean({ error: 'must be true or false' }));

/** What the model can do through its API. Omit a capability nobody documents. */
const capabilitiesSchema = z
  .object({
    /** Calls developer-defined functions (tools). */
    functionCalling: flag.optional(),
    /** Calls several tools in one turn. */
    parallelToolCalls: flag.optional(),
    /** Output constrained to a developer's JSON Schema. */
    structuredOutputs: flag.optional(),
    /** Guaranteed-valid JSON output without a schema. */
    jsonMode: flag.optional(),
    /** Understands images. */
    vision: flag.optional(),
    /** Takes or produces audio. */
    audio: flag.optional(),
    /** Available through a low-latency realtime (streaming voice) API. */
    realtime: flag.optional(),
    /** Can be fine-tuned by developers. */
    fineTuning: flag.optional(),
    /** Fine-tuning training price, USD per 1M training tokens. */
    fineTuningPrice: figure(price).optional(),
    /** Thinks before answering, with reasoning tokens. */
    reasoning: flag.optional(),
    /** How reasoning is controlled ("effort: low, medium, high", "budget_tokens"). */
    reasoningControls: figure(text).optional(),
  })
  .strict();

/** One way to use the model: a provider that serves it, with its own prices and limits. */
export const offeringSchema = z
  .object({
    /** The provider serving it (`content/providers/<id>.yaml`). */
    provider: ref('provider'),
    /** The model name to send to that provider's API. */
    apiId: text,
    /** What is particular to this offering ("Global Standard deployment"). */
    note: text.optional(),
    /** Limits where they differ from the model's. */
    limits: z
      .object({
        contextWindow: figure(tokenCount).optional(),
        maxOutput: figure(tokenCount).optional(),
      })
      .strict()
      .optional(),
    /** Dated price schedules, oldest first. */
    prices: z.array(priceScheduleSchema).min(1, 'list at least one price schedule').optional(),
    /** Why there are no prices, when there are none. */
    pricesMissing: pricesMissingSchema.optional(),
  })
  .strict()
  .superRefine(
    crossField((o, ctx) => {
      if ((o.prices === undefined) === (o.pricesMissing === undefined))
        ctx.addIssue({
          code: 'custom',
          path: ['prices'],
          message: 'give either `prices` or `pricesMissing` (saying why there are none)',
        });
      o.prices?.forEach((s, i) => {
        const prev = o.prices?.[i - 1];
        if (prev && s.effective <= prev.effective)
          ctx.addIssue({
            code: 'custom',
            path: ['prices', i, 'effective'],
            message: 'price schedules must be listed oldest first, one per date',
          });
      });
    }),
  );

/** A sourced statement: what the model is good for, or not. */
const statementSchema = z
  .object({
    /** The statement, in the source's sense. */
    text,
    /** Who says so. */
    source: ref('source'),
  })
  .strict();

/**
 * Something a source says its provider has not disclosed about the model, where the spec has
 * no figure for it (Azure's cards: "The provider has not supplied this information").
 */
const undisclosedSchema = z
  .object({
    /** What is not disclosed, in the source's words ("Model architecture"). */
    topic: text,
    /** The source that says so. */
    source: ref('source'),
    /** A caveat: where the same source gives the information elsewhere after all. */
    note: text.optional(),
  })
  .strict();

/**
 * One model, `content/models/<maker>/<id>.yaml`. The file name is the model's id.
 */
export const modelSchema = z
  .object({
    /** Display name ("GPT-4.1 mini"). */
    name: text,
    /** The provider that makes the model; must match the folder the file is in. */
    maker: ref('maker'),
    /** The family it belongs to and its role there: GPT-4.1 is `base`, GPT-4.1 mini is `mini`. */
    family: z
      .object({
        /** The family's id (`gpt-4.1`). */
        id: ref('family'),
        /** The model's role in the family: base, mini, nano, pro, codex… */
        role: text,
      })
      .strict()
      .optional(),
    /** Other names that mean this model: provider API ids and dated snapshots. */
    aliases: z.array(ref('alias')).default([]),
    /** One or two sentences on what the model is. */
    summary: text,
    /** Whether its weights are published. */
    openWeights: flag,
    /** Its licence ("proprietary", "Apache-2.0"). */
    license: figure(text),
    /** Release, status, deprecation, shutdown. */
    lifecycle: lifecycleSchema,
    /** Context window, max output, max input, knowledge cutoff. */
    limits: limitsSchema,
    /** What it takes in and gives out. */
    modalities: z
      .object({
        input: figure(z.array(modality).min(1, 'list at least one modality')),
        output: figure(z.array(modality).min(1, 'list at least one modality')),
      })
      .strict(),
    /** What it can do through its API. */
    capabilities: capabilitiesSchema,
    /** The tokenizer encoding, or `proprietary` where the tokenizer is not public. */
    tokenizer: figure(
      z.enum(encodings, { error: `tokenizer must be one of ${encodings.join(', ')}` }),
    ),
    /** Each provider that serves it, with prices. */
    offerings: z.array(offeringSchema).min(1, 'list at least one offering'),
    /** How images become input tokens, where the maker documents a rule. */
    imageTokens: imageTokensSchema.optional(),
    /** Benchmark results, every sourced value (disagreeing sources included). */
    benchmarks: z.array(benchmarkResultSchema).default([]),
    /** What it is good for, per a source. */
    bestFor: z.array(statementSchema).default([]),
    /** What to avoid it for, per a source. */
    avoidFor: z.array(statementSchema).default([]),
    /** What a source says is not disclosed about the model, beyond the figures above. */
    undisclosed: z.array(undisclosedSchema).default([]),
  })
  .strict()
  .superRefine(
    crossField((m, ctx) => {
      const known = <T>(f: Figure<T> | undefined): T[] =>
        (f ?? [])
          .filter((c) => c.state === 'known' && c.value !== undefined)
          .map((c) => c.value as T);
      const contexts = known(m.limits.contextWindow);
      const largestContext = contexts.length ? Math.max(...contexts) : undefined;
      if (largestContext !== undefined) {
        m.limits.maxOutput.forEach((c, i) => {
          if (c.value !== undefined && c.value > largestContext)
            ctx.addIssue({
              code: 'custom',
              path: ['limits', 'maxOutput', i, 'value'],
              message: `max output ${c.value} is larger than the context window ${largestContext}`,
            });
        });
        m.limits.maxInput?.forEach((c, i) => {
          if (c.value !== undefined && c.value > largestContext)
            ctx.addIssue({
              code: 'custom',
              path: ['limits', 'maxInput', i, 'value'],
              message: `max input ${c.value} is larger than the context window ${largestContext}`,
            });
        });
      }
      m.offerings.forEach((o, oi) => {
        const own = known(o.limits?.contextWindow);
        const window = own.length ? Math.max(...own) : largestContext;
        if (window === undefined) return;
        o.prices?.forEach((s, si) =>
          s.tiers?.forEach((t, ti) => {
            if (t.above >= window)
              ctx.addIssue({
                code: 'custom',
                path: ['offerings', oi, 'prices', si, 'tiers', ti, 'above'],
                message: `a tier above ${t.above} tokens lies outside the ${window}-token context window`,
              });
          }),
        );
      });
      const first = (f: Figure<string> | undefined) => known(f)[0];
      const order: [string, string | undefined][] = [
        ['released', first(m.lifecycle.released)],
        ['deprecated', first(m.lifecycle.deprecated)],
        ['shutdown', first(m.lifecycle.shutdown)],
      ];
      const dated = order.filter((e): e is [string, string] => e[1] !== undefined);
      dated.forEach(([name, date], i) => {
        const prev = dated[i - 1];
        if (prev && date < prev[1])
          ctx.addIssue({
            code: 'custom',
            path: ['lifecycle', name],
            message: `${name} (${date}) is before ${prev[0]} (${prev[1]})`,
          });
      });
    }),
  );

export type ModelSpec = z.output<typeof modelSchema>;
export type Offering = z.output<typeof offeringSchema>;
export type { Encoding, Modality, Status } from './values';
