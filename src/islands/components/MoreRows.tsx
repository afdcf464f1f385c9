import { formatTokens as formatCount } from '../../lib/format';
import { ROW_STEP } from '../hooks/use-row-limit';

type Props = {
  /** Rows listed now, and how many the table has in all. */
  shown: number;
  total: number;
  /** What a row is, plural ("models"). */
  noun: string;
  onMore: () => void;
};

/** Under a table that lists only its first rows: how many it lists, and a button for more. */
export function MoreRows({ shown, total, noun, onMore }: Props) {
  if (shown >= total) return null;
  const next = Math.min(ROW_STEP, total - shown);
  return (
    <p class="more-rows" data-testid="more-rows">
      Listing {formatCount(shown)} of {formatCount(total)} {noun}.{' '}
      <button type="button" class="secondary" onClick={onMore}>
        Show {next} more
      </button>
    </p>
  );
}
