import type { PricedModel } from '../lib/pricing/priced-models';
import { changedSince } from '../lib/pricing/availability';
import { formatDate } from '../lib/format';

type Props = { models: PricedModel[]; asOf: string; today: string };

/** For a link with an old `asof`: says the numbers are that day's, and which prices changed since. */
export function PriceChanges({ models, asOf, today }: Props) {
  if (asOf === today) return null;
  const changed = models.filter((m) => changedSince(m, asOf, today));
  return (
    <p class="notice" data-testid="asof-note">
      Prices as of {formatDate(asOf)}, the date in this link.{' '}
      {changed.length
        ? `Prices have changed since for: ${changed.map((m) => m.name).join(', ')}.`
        : 'None of the shown prices has changed since.'}
    </p>
  );
}
