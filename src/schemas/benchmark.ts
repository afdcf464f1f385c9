import { z } from 'zod';
import { isoDate, ref, text } from './common';

/**
 * One benchmark definition in `content/benchmarks.yaml`, keyed by its id. Model files may
 * only cite benchmarks defined there, so the same test is never spelled two ways.
 */
export const benchmarkDefinitionSchema = z
  .object({
    /** Display name ("SWE-bench Verified"). */
    name: text,
    /** What it measures, in a few words. */
    category: z.enum(
      [
        'knowledge',
        'reasoning',
        'math',
        'coding',
        'instruction-following',
        'long-context',
        'vision',
        'agentic',
        'multilingual',
        'other',
      ],
      {
        error:
          'category must be one of knowledge, reasoning, math, coding, instruction-following, long-context, vision, agentic, multilingual, other',
      },
    ),
    /** The unit scores are reported in. */
    unit: z.enum(['%', 'score', 'elo'], { error: 'unit must be %, score or elo' }),
    /** Whether a higher score is better (true for nearly every benchmark). */
    higherIsBetter: z.boolean().default(true),
    /** One sentence on what the benchmark asks of a model. */
    description: text.optional(),
    /** The benchmark's home page or paper. */
    url: z.url({ error: 'url must be a full https:// address' }).optional(),
  })
  .strict();

/** One benchmark result reported for a model. */
export const benchmarkResultSchema = z
  .object({
    /** The benchmark's id from `content/benchmarks.yaml`. */
    benchmark: ref('benchmark'),
    /** The score, in the benchmark's unit. */
    score: z.number({ error: 'score must be a number' }),
    /** How the model was run ("high reasoning", "diff edit format", "n=477 of 500 tasks"). */
    setting: text.optional(),
    /** For long-context tests: the input length the score was measured at, in tokens, as the source states it ("128K" is 128000). */
    atTokens: z
      .number({ error: 'atTokens must be a number of tokens' })
      .int('atTokens must be a whole number of tokens')
      .positive('atTokens must be more than 0')
      .optional(),
    /** When the result was published, if the source dates it. */
    date: isoDate.optional(),
    /** `self-reported` by the model's maker, or `independent` (leaderboards, third parties). */
    reportedBy: z.enum(['self-reported', 'independent'], {
      error: 'reportedBy must be self-reported or independent',
    }),
    /** The source of this score. */
    source: ref('source'),
    /** A caveat a reader needs. */
    note: text.optional(),
  })
  .strict()
  .refine((r) => r.score >= 0, { path: ['score'], message: 'a score cannot be negative' });

export type BenchmarkDefinition = z.infer<typeof benchmarkDefinitionSchema> & { id: string };
export type BenchmarkResult = z.infer<typeof benchmarkResultSchema>;
