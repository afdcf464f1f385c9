type Props = {
  /** Whether retired models are listed (the view's `retired=1`). */
  show: boolean;
  /** How many are left out while they are hidden. */
  hidden: number;
  onChange: (show: boolean) => void;
};

/** "Show retired models", with how many the list hides; the choice lives in the view's URL. */
export function RetiredToggle({ show, hidden, onChange }: Props) {
  return (
    <label class="inline" data-testid="retired-toggle">
      <input type="checkbox" checked={show} onChange={(e) => onChange(e.currentTarget.checked)} />{' '}
      Show retired models
      {!show && <span class="muted"> ({hidden === 0 ? 'none hidden' : `${hidden} hidden`})</span>}
    </label>
  );
}
