import { z } from 'zod';

/** Ids are lowercase, readable and URL-safe: `gpt-4.1`, `claude-3.7-sonnet`, `openai-pricing`. */
export const idPattern = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$|^[a-z0-9]$/;

/** A reference to a record by id (a source, provider, model or benchmark). */
export const ref = (what: string) =>
  z
    .string({ error: `${what} must be an id (a string such as "openai")` })
    .regex(idPattern, `${what} must be a lowercase id such as "gpt-4.1"`);

const isRealDate = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined) return false;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= last;
};

/** A calendar date `YYYY-MM-DD` (quoted or not in YAML). */
export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** A date that may be known only to the month: `YYYY-MM` or `YYYY-MM-DD` (knowledge cutoffs). */
export const partialDate = z
  .string({ error: 'must be a date written YYYY-MM or YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be a date written YYYY-MM or YYYY-MM-DD')
  .refine(isRealDate, 'is not a real calendar date');

/** A whole number of tokens. */
export const tokenCount = z
  .number({ error: 'must be a number of tokens' })
  .int('must be a whole number of tokens')
  .positive('must be more than 0 tokens');

/** A short line of prose for a human reader. */
export const text = z.string().trim().min(1, 'must not be empty');

/**
 * Wraps a cross-field rule. zod runs object-level rules even when a field inside already
 * failed (with that field's raw input), so a rule may meet a shape it does not expect;
 * the field's own error is already reported, so such a rule simply has nothing to add.
 */
export const crossField =
  <T>(rule: (value: T, ctx: z.RefinementCtx<T>) => void) =>
  (value: T, ctx: z.RefinementCtx<T>): void => {
    try {
      rule(value, ctx);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
  };
