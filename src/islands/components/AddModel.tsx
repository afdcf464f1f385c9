import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { matchesQuery, searchHaystack } from '../../lib/models/search';

type Candidate = { id: string; name: string; maker: string; aliases?: readonly string[] };

type Props = {
  models: readonly Candidate[];
  /** Why nothing can be added now (the comparison is full, the list is loading), if so. */
  closed?: string | undefined;
  onAdd: (id: string) => void;
  /**
   * Set when a model was just added: the comparison waits for its figures and draws this box
   * anew, which then takes the focus back (and clears the flag).
   */
  refocus: { current: boolean };
};

/** Matches listed at once: enough to pick from, few enough to scan. */
const LISTED = 8;

/**
 * "Add a model": a search box with the index's matching rules and a button for each of the
 * first matches. A list of a thousand names in a drop-down can be neither read nor drawn
 * quickly; typing "sonnet" or "llama 4" finds the model. Enter adds the first match.
 */
export function AddModel({ models, closed, onAdd, refocus }: Props) {
  const [query, setQuery] = useState('');
  // Built on the first key press, not with the page: most readers never add a model.
  const haystacks = useMemo(
    () =>
      query.trim()
        ? models.map((m) => searchHaystack([m.name, m.id, m.maker, ...(m.aliases ?? [])]))
        : [],
    [models, query.trim() !== ''],
  );
  const { listed, count } = useMemo(() => {
    const found: Candidate[] = [];
    let n = 0;
    if (query.trim())
      models.forEach((m, i) => {
        if (!matchesQuery(haystacks[i]!, query)) return;
        n++;
        if (found.length < LISTED) found.push(m);
      });
    return { listed: found, count: n };
  }, [models, haystacks, query]);
  const box = useRef<HTMLInputElement>(null);
  // Back to the box after adding: the button pressed is gone with the list.
  const add = (id: string) => {
    setQuery('');
    refocus.current = true;
    onAdd(id);
    box.current?.focus();
  };
  useEffect(() => {
    if (!refocus.current || !box.current || box.current.disabled) return;
    refocus.current = false;
    box.current.focus();
  });
  const said = !query.trim()
    ? ''
    : count === 0
      ? 'No model matches.'
      : `${count} ${count === 1 ? 'model matches' : 'models match'}; Enter adds ${listed[0]!.name}.`;
  return (
    <div class="add-model">
      <label>
        Add a model{' '}
        <input
          ref={box}
          type="search"
          aria-describedby="add-model-matches"
          value={query}
          disabled={closed !== undefined}
          placeholder="gpt 4.1, sonnet, llama…"
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.isComposing && listed[0]) {
              e.preventDefault();
              add(listed[0].id);
            }
          }}
        />
      </label>
      {closed && <span class="muted"> {closed}.</span>}
      {/* Always on the page, so a screen reader hears each new count. */}
      <p id="add-model-matches" class="sr-only" aria-live="polite">
        {said}
      </p>
      {listed.length > 0 && (
        <div class="add-matches">
          <ul>
            {listed.map((m) => (
              <li key={m.id}>
                <button type="button" aria-label={`Add ${m.name}`} onClick={() => add(m.id)}>
                  {m.name}
                </button>
              </li>
            ))}
          </ul>
          {count > listed.length && (
            <span class="muted">
              {' '}
              {count - listed.length} more match; type more to narrow the list.
            </span>
          )}
        </div>
      )}
      {query.trim() && count === 0 && (
        <p class="add-matches muted" aria-hidden="true">
          No model matches.
        </p>
      )}
    </div>
  );
}
