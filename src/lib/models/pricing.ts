import type { Offering, PriceSchedule } from '../../schemas';
import type { Model } from '../content/types';

/** The schedule in force on `date` (the latest one that took effect on or before it). */
export function scheduleAt(offering: Offering, date: string): PriceSchedule | undefined {
  const inForce = (offering.prices ?? []).filter((s) => s.effective <= date);
  return inForce[inForce.length - 1];
}

/**
 * The offering a headline price comes from: the maker's own when it sells the model,
 * else the first offering with prices.
 */
export function primaryOffering(model: Pick<Model, 'maker' | 'offerings'>): Offering | undefined {
  const priced = model.offerings.filter((o) => o.prices !== undefined);
  return priced.find((o) => o.provider === model.maker) ?? priced[0];
}

/** Headline input and output prices (USD per 1M tokens) on a date. */
export function headlinePrices(
  model: Pick<Model, 'maker' | 'offerings'>,
  date: string,
): { input?: number | undefined; output?: number | undefined; offering?: Offering | undefined } {
  const offering = primaryOffering(model);
  const s = offering ? scheduleAt(offering, date) : undefined;
  return { input: s?.input, output: s?.output, offering };
}
