import { useState } from 'preact/hooks';
import { searchKey } from '../../../lib/models/search';

type Item = { id: string; name: string; count?: number };

type Props = {
  legend: string;
  /** What one item is called, for the narrowing box and the chips ("maker"). */
  noun: string;
  items: Item[];
  selected: string[];
  onChange: (next: string[]) => void;
  /** Most items that may be ticked at once. */
  max?: number;
  /** Fold the list into a disclosure (for lists long enough to crowd the panel). */
  folded?: boolean;
};

/**
 * A long list of checkboxes that stays usable at 30+ entries: folded in a disclosure with a
 * box that narrows it as you type, a count beside each entry, and the ticked ones shown
 * above as chips a click (or Enter) removes.
 */
export function Checklist({ legend, noun, items, selected, onChange, max, folded }: Props) {
  const [narrow, setNarrow] = useState('');
  // A folded list renders its entries once opened: a hundred hidden checkboxes still cost a
  // slow phone their layout when the page loads.
  const [unfolded, setUnfolded] = useState(false);
  const key = searchKey(narrow);
  const visible = key ? items.filter((i) => searchKey(i.name).includes(key)) : items;
  const name = (id: string) => items.find((i) => i.id === id)?.name ?? id;
  const full = max !== undefined && selected.length >= max;
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
  const list = (
    <>
      <input
        type="search"
        class="narrow"
        aria-label={`Find a ${noun}`}
        placeholder={`Find a ${noun}`}
        value={narrow}
        onInput={(e) => setNarrow(e.currentTarget.value)}
      />
      {full && <p class="muted">At most {max}; remove one to choose another.</p>}
      <div class="checklist-items">
        {visible.map((item) => {
          const on = selected.includes(item.id);
          return (
            <label key={item.id}>
              <input
                type="checkbox"
                checked={on}
                disabled={!on && full}
                onChange={() => toggle(item.id)}
              />{' '}
              {item.name}
              {item.count !== undefined && <span class="muted"> ({item.count})</span>}
            </label>
          );
        })}
        {visible.length === 0 && (
          <p class="muted">
            No {noun} matches "{narrow}".
          </p>
        )}
      </div>
    </>
  );
  return (
    <fieldset class="filter-group checklist">
      <legend>{legend}</legend>
      {selected.length > 0 && (
        <ul class="chips" aria-label={`Chosen ${noun}s`}>
          {selected.map((id) => (
            <li key={id}>
              <button
                type="button"
                class="chip"
                aria-label={`Remove ${name(id)}`}
                onClick={() => toggle(id)}
              >
                {name(id)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {folded ? (
        <details
          class="checklist-fold"
          onToggle={(e) => setUnfolded((e.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>
            Choose {noun}s ({items.length})
          </summary>
          {unfolded && list}
        </details>
      ) : (
        list
      )}
    </fieldset>
  );
}
