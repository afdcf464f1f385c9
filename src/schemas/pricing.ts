import { z } from 'zod';
import { crossField, isoDate, ref, text, tokenCount } from './common';

/** A price in USD per 1M tokens. */
export const price = z
  .number({ error: 'must be a price in USD per 1M tokens (a number)' })
  .nonnegative('a price cannot be negative')
  .max(1000, 'over $1,000 per 1M tokens: prices are USD per 1M tokens, check the unit');

/** The meters a schedule can price, all in USD per 1M tokens. */
export const meterNames = [
  'input',
  'cachedInput',
  'cacheWrite5m',
  'cacheWrite1h',
  'output',
] as const;
export type MeterName = (typeof meterNames)[number];

/**
 * A long-context tier: above a threshold, different rates apply. Gemini 2.5 Pro charges more
 * for prompts over 200K tokens; GPT-5.4 charges 2× input and 1.5× output above 272K input
 * tokens for the whole request.
 */
export const tierSchema = z
  .object({
    /** The tier applies when the counted tokens are strictly more than this. */
    above: tokenCount,
    /** Which tokens count toward the threshold: the request's input (prompt) tokens, cached included, or input plus output. */
    counts: z.enum(['input', 'input-and-output'], {
      error: 'counts must be input or input-and-output',
    }),
    /** Whether the higher rates apply to every token of the request, or only to the tokens above the threshold. */
    appliesTo: z.enum(['whole-request', 'tokens-above'], {
      error: 'appliesTo must be whole-request or tokens-above',
    }),
    /** Input price in this tier. */
    input: price.optional(),
    /** Cached-input price in this tier. */
    cachedInput: price.optional(),
    /** Output price in this tier. */
    output: price.optional(),
    /** The source's wording of the rule, when it helps a reader. */
    note: text.optional(),
  })
  .strict();

/** Batch API prices: either a discount on every meter, or explicit prices. */
export const batchSchema = z
  .object({
    /** Share taken off every meter, 0.5 for "50% off". */
    discount: z
      .number({ error: 'discount must be a share between 0 and 1, e.g. 0.5' })
      .gt(0, 'discount must be more than 0')
      .lt(1, 'discount must be less than 1 (0.5 means 50% off)')
      .optional(),
    /** Batch input price. */
    input: price.optional(),
    /** Batch cached-input price. */
    cachedInput: price.optional(),
    /** Batch output price. */
    output: price.optional(),
    /** The source of the batch prices, if not the schedule's. */
    source: ref('source').optional(),
    /** The source's wording. */
    note: text.optional(),
  })
  .strict()
  .superRefine(
    crossField((b, ctx) => {
      const explicit = b.input !== undefined || b.output !== undefined;
      if (b.discount === undefined && !explicit)
        ctx.addIssue({ code: 'custom', message: 'give either `discount` or `input` and `output`' });
      if (b.discount !== undefined && explicit)
        ctx.addIssue({
          code: 'custom',
          path: ['discount'],
          message: 'give either `discount` or explicit prices, not both',
        });
    }),
  );

/**
 * A unit slip (a per-token or per-1K figure among per-1M ones) makes a meter about 1,000 or
 * 1,000,000 times smaller than its neighbours. Real meters differ far less: DeepSeek V4
 * Flash's cache read ($0.0028) is 1/50 of its input price. So a meter is judged against the
 * same schedule's other meters, never against an absolute floor.
 */
export const slipRatio = 1000;

/**
 * The meter of the same schedule that `meter` is suspiciously far below, if any: a positive
 * price more than {@link slipRatio} times smaller than the schedule's largest meter.
 */
export function slipAgainst(
  s: Partial<Record<MeterName, number | undefined>>,
  meter: MeterName,
): { meter: MeterName; value: number } | undefined {
  const value = s[meter];
  if (value === undefined || value <= 0) return undefined;
  let top: { meter: MeterName; value: number } | undefined;
  for (const other of meterNames) {
    const v = s[other];
    if (v !== undefined && (top === undefined || v > top.value)) top = { meter: other, value: v };
  }
  return top !== undefined && value * slipRatio < top.value ? top : undefined;
}

/**
 * Another source's prices for the same offering on the same days, where they differ from the
 * schedule's own: both are kept, each with its source. The engine prices by the schedule's own
 * figures; pages show these beside them.
 */
export const alternativePricesSchema = z
  .object({
    /** The source giving these prices. */
    source: ref('source'),
    input: price.optional(),
    cachedInput: price.optional(),
    cacheWrite5m: price.optional(),
    cacheWrite1h: price.optional(),
    output: price.optional(),
    /** Long-context tiers as this source gives them, lowest threshold first. */
    tiers: z.array(tierSchema).optional(),
    /** What a reader must know about this source's figures. */
    note: text.optional(),
  })
  .strict()
  .refine((a) => a.input !== undefined || a.output !== undefined, {
    message: "another source's prices need at least input or output",
  });

/**
 * One dated price schedule of an offering. Prices change over time: each schedule says when
 * it took effect, and a share link's `asof` date picks the schedule in force on that day.
 */
export const priceScheduleSchema = z
  .object({
    /** The day these prices took effect. */
    effective: isoDate,
    /** The source of these prices (`content/sources/<id>.yaml`). */
    source: ref('source'),
    /** Input (prompt) tokens. */
    input: price.optional(),
    /** Input tokens read from the prompt cache. */
    cachedInput: price.optional(),
    /** Writing to the prompt cache with a 5-minute lifetime (Anthropic's default). */
    cacheWrite5m: price.optional(),
    /** Writing to the prompt cache with a 1-hour lifetime. */
    cacheWrite1h: price.optional(),
    /** Output tokens. */
    output: price.optional(),
    /**
     * How reasoning ("thinking") tokens are billed: `as-output` (the norm: billed at the output
     * rate), or a price of their own.
     */
    reasoning: z.union([z.literal('as-output'), price]).optional(),
    /** Batch API prices. */
    batch: batchSchema.optional(),
    /** Long-context tiers, lowest threshold first. */
    tiers: z.array(tierSchema).optional(),
    /** Meters the source says are free. A price of 0 is refused unless listed here. */
    free: z.array(z.enum(meterNames)).optional(),
    /** Anything a reader must know about these prices. */
    note: text.optional(),
    /** Other sources' differing prices for the days this schedule is in force. */
    alternatives: z.array(alternativePricesSchema).optional(),
  })
  .strict()
  .superRefine(
    crossField((s, ctx) => {
      for (const meter of meterNames) {
        const value = s[meter];
        if (value === undefined) continue;
        if (value === 0 && !s.free?.includes(meter))
          ctx.addIssue({
            code: 'custom',
            path: [meter],
            message: `a price of 0 needs the source to say it is free: add ${meter} to \`free\``,
          });
        const slip = slipAgainst(s, meter);
        if (slip !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [meter],
            message: `${value} is over ${slipRatio} times less than ${slip.meter} (${slip.value}): it looks like a per-token or per-1K price; prices are USD per 1M tokens`,
          });
      }
      if (s.input === undefined && s.output === undefined)
        ctx.addIssue({
          code: 'custom',
          message: 'a price schedule needs at least input or output',
        });
      const tiers = s.tiers ?? [];
      tiers.forEach((tier, i) => {
        const prev = tiers[i - 1];
        if (prev && tier.above <= prev.above)
          ctx.addIssue({
            code: 'custom',
            path: ['tiers', i, 'above'],
            message: 'tiers must be listed lowest threshold first',
          });
      });
    }),
  );

/** Why an offering has no prices: not disclosed, unknown, or not applicable (self-hosted weights). */
export const pricesMissingSchema = z
  .object({
    /** not-disclosed, unknown or not-applicable. */
    state: z.enum(['not-disclosed', 'unknown', 'not-applicable'], {
      error: 'state must be not-disclosed, unknown or not-applicable',
    }),
    /** The source that says so (required for not-disclosed). */
    source: ref('source').optional(),
    /** What the source says, or what was looked for. */
    note: text,
  })
  .strict()
  .refine((m) => m.state !== 'not-disclosed' || m.source !== undefined, {
    path: ['source'],
    message: 'name the source that says the provider has not disclosed its prices',
  });

export type PriceSchedule = z.infer<typeof priceScheduleSchema>;
export type Tier = z.infer<typeof tierSchema>;
export type AlternativePrices = z.infer<typeof alternativePricesSchema>;
export type Batch = z.infer<typeof batchSchema>;
