import type { PricedModel } from '../../lib/pricing/priced-models';
import { changedSince } from '../../lib/pricing/availability';
import { formatDate } from '../../lib/format';

type Props = {
  models: PricedModel[];
  asOf: string;
  today: string;
  /** The same view with today's prices. */
  todayHref: string;
};

/**
 * For a link with a past `asof`: a banner saying the numbers are that day's, how many of the
 * shown models' prices have changed since and which, with a link to the view at today's prices.
 */
export function PriceChanges({ models, asOf, today, todayHref }: Props) {
  if (asOf >= today) return null;
  const changed = models.filter((m) => changedSince(m, asOf, today));
  return (
    <p class="notice" role="status" data-testid="asof-note">
      Prices as of {formatDate(asOf)}, the date in this link;{' '}
      {changed.length === 0
        ? 'none of the shown prices has changed since. '
        : `${changed.length} ${changed.length === 1 ? 'price has' : 'prices have'} changed since. Prices have changed since for: ${changed.map((m) => m.name).join(', ')}. `}
      <a href={todayHref}>See today’s prices</a>
    </p>
  );
}
