import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { modalities, statuses } from '../../schemas/values';
import { statusLabel } from '../../lib/models/status';
import {
  capabilityKeys,
  defaultIndexState,
  MAX_BENCH_COLUMNS,
  type CapabilityKey,
  type IndexState,
} from '../../lib/url-state/index-view';
import { Checklist } from './index/Checklist';
import type { BenchColumn } from './IndexTable';

type Counted = { id: string; name: string; count: number };

type Props = {
  state: IndexState;
  makers: Counted[];
  providers: Counted[];
  benchmarks: BenchColumn[];
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

/** How many filters the state applies, for the folded panel's label. */
const activeFilters = (s: IndexState) =>
  s.maker.length +
  s.provider.length +
  s.modality.length +
  s.status.length +
  s.capability.length +
  (s.minContext === undefined ? 0 : 1) +
  (s.maxInput === undefined ? 0 : 1);

/**
 * Search box and filter checkboxes of the index. The filters fold into one control: closed
 * on a phone, so the table starts in the first screen, open on a wider screen.
 */
export function IndexFilters({ state, makers, providers, benchmarks, onChange }: Props) {
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(matchMedia('(min-width: 721px)').matches), []);
  const active = activeFilters(state);
  const group = <T extends string>(
    legend: string,
    key: 'modality' | 'status' | 'capability',
    items: { id: T; label: string }[],
    extra?: ComponentChildren,
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
      {extra}
    </fieldset>
  );
  return (
    <form class="index-search" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="search">
        Search models{' '}
        <span class="hint">
          (press <kbd>/</kbd> on any page)
        </span>
        <input
          type="search"
          id="search"
          aria-keyshortcuts="/"
          value={state.q}
          placeholder="Name, maker or API id"
          onInput={(e) => onChange({ ...state, q: e.currentTarget.value }, { replace: true })}
        />
      </label>
      <a class="skip-inline" href="#model-table">
        Skip the filters to the models table
      </a>
      <details
        class="filter-panel"
        open={open}
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>Filters{active > 0 ? ` (${active} applied)` : ''}</summary>
        {/* Rendered once open: the filters work only with JavaScript, and cost layout unseen. */}
        {open && (
          <div class="filters">
            <Checklist
              legend="Maker"
              noun="maker"
              items={makers}
              selected={state.maker}
              onChange={(maker) => onChange({ ...state, maker })}
            />
            <Checklist
              legend="Served by"
              noun="provider"
              folded
              items={providers}
              selected={state.provider}
              onChange={(provider) => onChange({ ...state, provider })}
            />
            {group(
              'Modality',
              'modality',
              modalities.map((m) => ({ id: m, label: m })),
            )}
            {group(
              'Status',
              'status',
              statuses.map((s) => ({ id: s, label: statusLabel[s] })),
              <label class="retired-toggle">
                <input
                  type="checkbox"
                  checked={state.retired}
                  onChange={() => onChange({ ...state, retired: !state.retired })}
                />{' '}
                Show retired models
              </label>,
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
            <Checklist
              legend="Benchmark columns"
              noun="benchmark"
              folded
              items={benchmarks}
              selected={state.bench}
              max={MAX_BENCH_COLUMNS}
              onChange={(bench) =>
                onChange({
                  ...state,
                  bench,
                  // A removed column stops sorting the table.
                  sort:
                    state.sort.startsWith('bench:') && !bench.includes(state.sort.slice(6))
                      ? 'name'
                      : state.sort,
                })
              }
            />
            <button
              type="button"
              class="secondary"
              onClick={() =>
                onChange({
                  ...defaultIndexState,
                  bench: state.bench,
                  sort: state.sort,
                  dir: state.dir,
                })
              }
            >
              Clear filters
            </button>
          </div>
        )}
      </details>
    </form>
  );
}
