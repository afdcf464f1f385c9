import { formatCost, formatCostExact, formatTokens, formatTokensShort } from '../../lib/format';
import type { Money } from '../../lib/pricing/money';
import type { Workload } from '../../lib/pricing/workload';

type Props = {
  workload: Workload;
  /** The monthly totals the line ends with: a model's name and its cost, or none if unpriced. */
  totals: { name: string; month: Money | undefined }[];
  /** Where the form is, so the line can lead back to it. */
  formId: string;
};

/** The workload in one line. */
export function workloadLine(w: Workload): string {
  const parts = [
    `${formatTokensShort(w.inputTokens)} in`,
    `${formatTokensShort(w.outputTokens)} out`,
  ];
  if (w.reasoningTokens > 0) parts.push(`${formatTokensShort(w.reasoningTokens)} reasoning`);
  if (w.cachedShare > 0) parts.push(`${Math.round(w.cachedShare * 100)}% cached`);
  if (w.images > 0) parts.push(`${w.images} image${w.images === 1 ? '' : 's'}`);
  if (w.batch) parts.push('batch');
  parts.push(`${formatTokens(w.requestsPerMonth)} requests a month`);
  return parts.join(' · ');
}

/**
 * A one-line summary of the workload and its monthly totals that stays at the top of the
 * window while the reader scrolls the results, so an edit's effect is in view.
 */
export function WorkloadSummary({ workload, totals, formId }: Props) {
  return (
    <p class="workload-summary" data-testid="workload-summary">
      <a href={`#${formId}`}>{workloadLine(workload)}</a>
      {totals.map((t) => (
        <span key={t.name} class="total">
          {' · '}
          {t.name}:{' '}
          {t.month === undefined ? (
            'no price'
          ) : (
            <strong title={`${formatCostExact(t.month)} a month`}>{formatCost(t.month)}/mo</strong>
          )}
        </span>
      ))}
    </p>
  );
}
