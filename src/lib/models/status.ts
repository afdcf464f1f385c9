import type { Figure, Status } from '../../schemas';
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
 * The day a model leaves the API, when every source gives one (the latest); undefined when
 * there is none, or a source says no shutdown date is set.
 */
export function agreedShutdown(shutdown: Figure<string> | undefined): string | undefined {
  const claims = shutdown ?? [];
  const dates = knownClaims(claims)
    .map((c) => c.value)
    .sort();
  return dates.length > 0 && dates.length === claims.length ? dates[dates.length - 1] : undefined;
}

/**
 * A stated status can go stale: a model "deprecated, shutdown 2026-10-23" is retired once
 * that day has passed, if its sources agree on a shutdown date.
 */
export function effectiveStatus(model: Pick<Model, 'lifecycle'>, today: string): EffectiveStatus {
  const stated = primaryValue(model.lifecycle.status) ?? 'active';
  const agreed = agreedShutdown(model.lifecycle.shutdown);
  const shutdown = agreed ?? knownClaims(model.lifecycle.shutdown).at(-1)?.value;
  if (statusOn(stated, agreed, today) !== stated)
    return { status: 'retired', shutdown: agreed, derived: true };
  return { status: stated, shutdown, derived: false };
}

/**
 * The rule inside `effectiveStatus`, on plain values: the stated status, or retired once the
 * agreed shutdown day has come. The index calls it in the browser with the reader's day, so a
 * shutdown passing after the build shows without a rebuild.
 */
export function statusOn(
  stated: Status,
  agreedShutdownDay: string | undefined,
  today: string,
): Status {
  return agreedShutdownDay !== undefined && agreedShutdownDay <= today ? 'retired' : stated;
}

/** Human label for a status. */
export const statusLabel: Record<Status, string> = {
  preview: 'Preview',
  active: 'Active',
  legacy: 'Legacy',
  deprecated: 'Deprecated',
  retired: 'Retired',
};
