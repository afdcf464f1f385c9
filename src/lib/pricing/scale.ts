import type { Offering } from '../../schemas';
import { scheduleAt } from '../models/pricing';
import { costOf, discounted, priceUnits, type Money } from './money';

/** The monthly volumes the scale view prices: 10M, 500M and 10B tokens. */
export const SCALES = [10_000_000, 500_000_000, 10_000_000_000] as const;

/**
 * Blended price per 1M tokens for an input share (0.8 = an 80/20 input/output mix), in
 * micro-dollars per 1M tokens, or undefined without both prices.
 */
export function blendedUnits(
  offering: Offering,
  inputShare: number,
  asOf: string,
): bigint | undefined {
  const s = scheduleAt(offering, asOf);
  if (s?.input === undefined || s.output === undefined) return undefined;
  const inputPart = discounted(priceUnits(s.input), 1 - inputShare);
  const outputPart = discounted(priceUnits(s.output), inputShare);
  return inputPart + outputPart;
}

/** Monthly cost of `tokensPerMonth` at the blended price, exact, or undefined without prices. */
export function monthlyAtScale(
  offering: Offering,
  tokensPerMonth: number,
  inputShare: number,
  asOf: string,
): Money | undefined {
  const blended = blendedUnits(offering, inputShare, asOf);
  return blended === undefined ? undefined : costOf(tokensPerMonth, blended);
}
