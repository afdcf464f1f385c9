import type { MeterName, PriceSchedule } from '../../schemas';

/**
 * The batch price of one meter, USD per 1M tokens: the explicit batch price when the
 * source lists one, else the standard price less the batch discount. Undefined when the
 * schedule has no batch pricing or no standard price for the meter.
 */
export function batchPrice(schedule: PriceSchedule, meter: MeterName): number | undefined {
  const batch = schedule.batch;
  if (!batch) return undefined;
  if (batch.discount === undefined) {
    if (meter === 'input' || meter === 'output' || meter === 'cachedInput') return batch[meter];
    return undefined;
  }
  const standard = schedule[meter];
  if (standard === undefined) return undefined;
  // Prices have at most 4 decimals; rounding at 1e-9 removes binary noise (2.5 * 0.5 stays 1.25).
  return Math.round(standard * (1 - batch.discount) * 1e9) / 1e9;
}
