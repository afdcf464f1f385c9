import type { Status } from '../../schemas';
import type { Model } from '../content/types';
import { knownClaims, primaryValue } from './figures';

/** The status a reader should see on a given day, and why. */
export type EffectiveStatus = {
  status: Status;
  /** The day the model left (or leaves) the API, if a source gives one. */
  shutdown?: string | undefined;
  /** True when the status was derived from a shutdown date that has passed. */
  derived: boolean;
};

/**
 * A stated status can go stale: a model "deprecated, shutdown 2026-10-23" is retired once
 * that day has passed. The latest shutdown date any source gives decides, and only when
 * every source gives one: if a source says no shutdown date is set, nothing is derived.
 */
export function effectiveStatus(model: Model, today: string): EffectiveStatus {
  const stated = primaryValue(model.lifecycle.status) ?? 'active';
  const claims = model.lifecycle.shutdown ?? [];
  const dates = knownClaims(claims)
    .map((c) => c.value)
    .sort();
  const shutdown = dates[dates.length - 1];
  const undisputed = dates.length === claims.length;
  if (shutdown !== undefined && undisputed && shutdown <= today && stated !== 'retired')
    return { status: 'retired', shutdown, derived: true };
  return { status: stated, shutdown, derived: false };
}

/** Human label for a status. */
export const statusLabel: Record<Status, string> = {
  preview: 'Preview',
  active: 'Active',
  legacy: 'Legacy',
  deprecated: 'Deprecated',
  retired: 'Retired',
};
