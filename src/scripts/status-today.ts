import type { Model } from '../lib/content/types';
import { effectiveStatus, statusLabel } from '../lib/models/status';

/** The reader's calendar day (their own time zone) as YYYY-MM-DD. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Brings a model page's status up to the reader's day: a page built before a shutdown date
 * shows Retired, with its banner, once the date has passed, without a rebuild. The page carries
 * the lifecycle (`data-lifecycle`) and the day it was built (`data-built`); the rule is the
 * one the build used (effectiveStatus), so the two cannot disagree.
 */
export function startStatusToday(today: string = localDay()): void {
  const root = document.querySelector<HTMLElement>('[data-lifecycle]');
  const badge = root?.querySelector<HTMLElement>('[data-testid="status"]');
  if (!root || !badge) return;
  // A reader whose day is behind the build's (time zones) sees the build's status.
  if (today <= (root.dataset['built'] ?? '')) return;
  const lifecycle = JSON.parse(root.dataset['lifecycle'] ?? '{}') as Model['lifecycle'];
  const now = effectiveStatus({ lifecycle }, today);
  if (now.status === root.dataset['status']) return;
  root.dataset['status'] = now.status;
  badge.textContent = statusLabel[now.status];
  badge.className = `badge status-${now.status}`;
  if (now.status !== 'retired') return;
  const retired = document.querySelector<HTMLTemplateElement>('template[data-retired-banner]');
  const scheduled = document.querySelector('[data-banner="scheduled"]');
  if (retired) retired.replaceWith(retired.content.cloneNode(true));
  scheduled?.remove();
}
