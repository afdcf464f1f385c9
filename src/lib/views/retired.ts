import type { Model } from '../content/types';
import { effectiveStatus } from '../models/status';

/**
 * A list with its retired models (judged on `day`) left out unless `show`, and how many were:
 * the calculator, the compare picker and the counter hide them by default and say so.
 */
export function withoutRetired<T extends Pick<Model, 'lifecycle'>>(
  models: readonly T[],
  day: string,
  show: boolean,
): { shown: T[]; hidden: number } {
  if (show) return { shown: [...models], hidden: 0 };
  const shown = models.filter((m) => effectiveStatus(m, day).status !== 'retired');
  return { shown, hidden: models.length - shown.length };
}
