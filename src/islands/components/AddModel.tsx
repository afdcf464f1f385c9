import { useMemo, useState } from 'preact/hooks';
import { matchesQuery, searchHaystack } from '../../lib/models/search';

type Candidate = { id: string; name: string; maker: string; aliases?: readonly string[] };

type Props = {
  models: readonly Candidate[];
  /** Why nothing can be added now (the comparison is full, the list is loading), if so. */
  closed?: string | undefined;
  onAdd: (id: string) => void;
};

/** Matches listed at once: enough to pick from, few enough to scan. */
const LISTED = 8;

/**
 * "Add a model": a search box with the index's matching rules and a button for each of the
 * first matches. A list of a thousand names in a drop-down can be neither read nor drawn
 * quickly; typing "sonnet" or "llama 4" finds the model. Enter adds the first match.
 */
export function AddModel({ models, closed, onAdd }: Props) {
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
  const add = (id: string) => {
    setQuery('');
    onAdd(id);
  };
  return (
    <div class="add-model">
      <label>
        Add a model{' '}
        <input
          type="search"
          value={query}
          disabled={closed !== undefined}
          placeholder={closed ?? 'gpt 4.1, sonnet, llama…'}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && listed[0]) {
              e.preventDefault();
              add(listed[0].id);
            }
          }}
        />
      </label>
      {query.trim() && (
        <div class="add-matches" aria-live="polite">
          {listed.length === 0 ? (
            <span class="muted">No model matches.</span>
          ) : (
            <ul>
              {listed.map((m) => (
                <li key={m.id}>
                  <button type="button" aria-label={`Add ${m.name}`} onClick={() => add(m.id)}>
                    {m.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {count > listed.length && (
            <span class="muted">
              {' '}
              {count - listed.length} more match; type more to narrow the list.
            </span>
          )}
        </div>
      )}
    </div>
  );
}
