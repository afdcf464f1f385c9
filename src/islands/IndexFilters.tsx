import { modalities, statuses } from '../schemas/values';
import { statusLabel } from '../lib/models/status';
import {
  capabilityKeys,
  defaultIndexState,
  type CapabilityKey,
  type IndexState,
} from '../lib/url-state/index-view';

type Props = {
  state: IndexState;
  makers: { id: string; name: string }[];
  onChange: (next: IndexState, opts?: { replace?: boolean }) => void;
};

const capabilityLabel: Record<CapabilityKey, string> = {
  reasoning: 'Reasoning',
  vision: 'Vision',
  functionCalling: 'Function calling',
  openWeights: 'Open weights',
};

const toggle = <T,>(list: T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Search box and filter checkboxes of the index. */
export function IndexFilters({ state, makers, onChange }: Props) {
  const group = <T extends string>(
    legend: string,
    key: 'maker' | 'modality' | 'status' | 'capability',
    items: { id: T; label: string }[],
  ) => (
    <fieldset class="filter-group">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item.id}>
          <input
            type="checkbox"
            checked={(state[key] as string[]).includes(item.id)}
            onChange={() => onChange({ ...state, [key]: toggle(state[key] as string[], item.id) })}
          />{' '}
          {item.label}
        </label>
      ))}
    </fieldset>
  );
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="search">
        Search models
        <input
          type="search"
          value={state.q}
          placeholder="Name, provider or API id"
          onInput={(e) => onChange({ ...state, q: e.currentTarget.value }, { replace: true })}
        />
      </label>
      {group(
        'Provider',
        'maker',
        makers.map((m) => ({ id: m.id, label: m.name })),
      )}
      {group(
        'Modality',
        'modality',
        modalities.map((m) => ({ id: m, label: m })),
      )}
      {group(
        'Status',
        'status',
        statuses.map((s) => ({ id: s, label: statusLabel[s] })),
      )}
      {group(
        'Capability',
        'capability',
        capabilityKeys.map((c) => ({ id: c, label: capabilityLabel[c] })),
      )}
      <fieldset class="filter-group">
        <legend>Limits</legend>
        <label>
          Context at least{' '}
          <select
            value={String(state.minContext ?? '')}
            onChange={(e) =>
              onChange({
                ...state,
                minContext: e.currentTarget.value ? Number(e.currentTarget.value) : undefined,
              })
            }
          >
            <option value="">any</option>
            <option value="128000">128K</option>
            <option value="200000">200K</option>
            <option value="1000000">1M</option>
          </select>
        </label>
        <label>
          Input price at most{' '}
          <select
            value={String(state.maxInput ?? '')}
            onChange={(e) =>
              onChange({
                ...state,
                maxInput: e.currentTarget.value ? Number(e.currentTarget.value) : undefined,
              })
            }
          >
            <option value="">any</option>
            <option value="0.5">$0.50 / 1M</option>
            <option value="2">$2 / 1M</option>
            <option value="5">$5 / 1M</option>
          </select>
        </label>
      </fieldset>
      <button type="button" class="secondary" onClick={() => onChange(defaultIndexState)}>
        Clear filters
      </button>
    </form>
  );
}
