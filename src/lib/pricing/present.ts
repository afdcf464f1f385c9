import { times, type Money } from './money';

/** Per-request, per-day and per-month totals of a priced request, as exact amounts. */
export function totals(
  perRequest: Money,
  requestsPerMonth: number,
): { request: Money; day: Money; month: Money } {
  const month = times(perRequest, requestsPerMonth);
  // Per day is a month divided by 365/12 days; rounded to the pico-dollar.
  const day = (month * 12n + 182n) / 365n;
  return { request: perRequest, day, month };
}
