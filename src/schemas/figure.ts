import { z } from 'zod';
import { crossField, ref, text } from './common';

/**
 * The state of a figure. A figure is `known` (a value with its source), `not-disclosed`
 * (a source says the provider has not supplied it), `unknown` (nobody we read gives it),
 * or `not-applicable` (the question does not arise, e.g. a cache-write price under
 * automatic caching).
 */
export const figureState = z.enum(['known', 'not-disclosed', 'unknown', 'not-applicable'], {
  error: 'state must be known, not-disclosed, unknown or not-applicable',
});
export type FigureState = z.infer<typeof figureState>;

/** One claim about a figure: one value (or state) from one source. */
export const claim = <T extends z.ZodType>(value: T) =>
  z
    .object({
      /** known (default), not-disclosed, unknown or not-applicable. */
      state: figureState.default('known'),
      /** The value, for a known figure. */
      value: value.optional(),
      /** The id of the source (`content/sources/<id>.yaml`) that gives this value or state. */
      source: ref('source').optional(),
      /** What the source says exactly, or a caveat ("model-based extraction", "snapshot 2024-11-20"). */
      note: text.optional(),
    })
    .strict()
    .superRefine(
      crossField((c, ctx) => {
        if (c.state === 'known') {
          if (c.value === undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['value'],
              message: 'a known figure needs a value',
            });
          if (c.source === undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['source'],
              message: 'every figure needs a source: add `source: <source id>`',
            });
          return;
        }
        if (c.value !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: `a figure that is ${c.state} has no value; remove it or set state: known`,
          });
        if (c.state === 'not-disclosed' && c.source === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['source'],
            message: 'name the source that says the provider has not disclosed this',
          });
        if (c.state === 'unknown' && c.note === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['note'],
            message: 'say in `note` what was looked for and not found',
          });
      }),
    );

/**
 * A figure: one claim, or a list of claims when sources disagree. The first claim is the
 * one shown first; every claim is kept and shown.
 */
export const figure = <T extends z.ZodType>(value: T) => {
  const one = claim(value);
  return z
    .union([one, z.array(one).min(1, 'list at least one claim')])
    .superRefine(
      crossField((c, ctx) => {
        if (!Array.isArray(c)) return;
        // The same value from the same source twice adds nothing and reads as two sources agreeing.
        const seen = new Set<string>();
        c.forEach((claim, i) => {
          const key = JSON.stringify([claim.state, claim.value, claim.source]);
          if (seen.has(key))
            ctx.addIssue({
              code: 'custom',
              path: [i],
              message: 'repeats an earlier claim (same value, same source); remove the copy',
            });
          seen.add(key);
        });
      }),
    )
    .transform((c) => (Array.isArray(c) ? c : [c]));
};

export type Claim<T> = {
  state: FigureState;
  value?: T | undefined;
  source?: string | undefined;
  note?: string | undefined;
};
export type Figure<T> = Claim<T>[];
