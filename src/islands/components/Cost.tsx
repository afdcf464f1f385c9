import { formatCost, formatCostExact } from '../../lib/format';
import type { Money } from '../../lib/pricing/money';

/** A cost to three significant digits; hovering shows the exact amount. */
export function Cost({ amount }: { amount: Money }) {
  const exact = formatCostExact(amount);
  const shown = formatCost(amount);
  return <span title={exact === shown ? undefined : `Exactly ${exact}`}>{shown}</span>;
}
