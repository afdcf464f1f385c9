import { formatUsd } from '../format';
import type { CostResult } from './engine';
import { times, toUsd, type Money } from './money';
import { DAYS_PER_MONTH } from './workload';

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

/** Text for a cost cell: the amount, or why there is none (never "$0" for a missing price). */
export const costText = (r: CostResult): string =>
  r.ok ? formatUsd(toUsd(r.perRequest)) : `No price: ${r.reason}`;

export { DAYS_PER_MONTH };
