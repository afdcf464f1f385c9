import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CompareModel, RowDef } from '../lib/compare/cells';
import { visibleRows } from '../lib/compare/best';
import { statements } from '../lib/compare/statements';
import { modelCost } from '../lib/pricing/engine';
import { toUsd, type Money } from '../lib/pricing/money';
import type { PricedModel } from '../lib/pricing/priced-models';
import {
  MAX_COMPARE,
  parseCompareState,
  serializeCompareState,
  type CompareState,
} from '../lib/url-state/compare';
import { defaultWorkload } from '../lib/pricing/workload';
import { modelResolver } from '../lib/url-state/models-param';
import { CompareTable } from './CompareTable';
import { CompareCharts } from './CompareCharts';
import { CopyLink } from './CopyLink';
import { Notices } from './Notices';
import { PriceChanges } from './PriceChanges';
import { useUrlState } from './use-url-state';
import { WorkloadForm } from './WorkloadForm';

type Props = {
  models: CompareModel[];
  priced: PricedModel[];
  rows: RowDef[];
  today: string;
  /**
   * The match-up a pre-rendered page shows before (and without) JavaScript; empty on /compare/,
   * whose models come from the link alone, so it never shows models the link did not name.
   */
  initial: string[];
  /** Models shown when the link names none (plain /compare/). */
  fallback?: string[];
  /** On a pre-rendered match-up, changing the models opens /compare/ with them. */
  standalone?: boolean;
};

/** Any 2 to 8 models side by side, with the reader's workload priced on each. */
export default function Compare({
  models,
  priced,
  rows,
  today,
  initial,
  fallback = initial,
  standalone = false,
}: Props) {
  // Until the link has been read, a page without its own match-up shows a neutral state.
  const [ready, setReady] = useState(initial.length > 0);
  useEffect(() => setReady(true), []);
  const resolve = useMemo(() => modelResolver(priced), [priced]);
  const [state, setUrlState, notices] = useUrlState<CompareState>(
    { models: initial, workload: defaultWorkload, differencesOnly: false },
    // Without `models` in the URL: the page's own match-up, or on /compare/ a default pair.
    (search) =>
      new URLSearchParams(search).has('models')
        ? parseCompareState(search, resolve, today)
        : {
            state: { models: fallback, workload: defaultWorkload, differencesOnly: false },
            notices: [],
          },
    // Once the reader changes anything, the link carries the date of the prices too.
    (s) => serializeCompareState({ ...s, asOf: s.asOf ?? today }),
  );
  const setState = (next: CompareState, replace = false) => {
    if (standalone && next.models.join() !== state.models.join())
      window.location.assign(
        `/compare/${serializeCompareState({ ...next, asOf: next.asOf ?? today })}`,
      );
    else setUrlState(next, { replace });
  };
  const asOf = state.asOf ?? today;
  const shown = state.models
    .map((id) => models.find((m) => m.id === id))
    .filter((m): m is CompareModel => m !== undefined);
  const costs = useMemo(() => {
    const map = new Map<string, Money>();
    for (const id of state.models) {
      const p = priced.find((m) => m.id === id);
      const r = p && modelCost(p, state.workload, asOf);
      if (r?.ok) map.set(id, r.perRequest);
    }
    return map;
  }, [state.models, state.workload, asOf, priced]);
  const visible = visibleRows(rows, shown, state.differencesOnly);
  const said = statements(shown, visible, new Map([...costs].map(([id, c]) => [id, toUsd(c)])));
  const addable = priced.filter((m) => !state.models.includes(m.id));
  const title = shown.map((m) => m.name).join(' vs ');
  useEffect(() => {
    if (ready && title) document.title = `${title} · Compare · LLM Explorer`;
  }, [ready, title]);
  if (!ready)
    return (
      <p class="compare-pending muted" role="status" data-pending>
        Opening the comparison this link names…
      </p>
    );
  return (
    <div class="compare">
      <Notices notices={notices} />
      <PriceChanges
        models={priced.filter((m) => state.models.includes(m.id))}
        asOf={asOf}
        today={today}
        todayHref={serializeCompareState({ ...state, asOf: today })}
      />
      {said.length > 0 && (
        <ul class="statements" data-testid="statements">
          {said.map((s) => (
            <li key={s.text}>{s.text}</li>
          ))}
        </ul>
      )}
      <div class="controls">
        <label>
          Add a model{' '}
          <select
            value=""
            disabled={state.models.length >= MAX_COMPARE}
            onChange={(e) =>
              e.currentTarget.value &&
              setState({ ...state, models: [...state.models, e.currentTarget.value] })
            }
          >
            <option value="">
              {state.models.length >= MAX_COMPARE ? `At most ${MAX_COMPARE} models` : 'Choose…'}
            </option>
            {addable.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label class="inline">
          <input
            type="checkbox"
            checked={state.differencesOnly}
            onChange={(e) => setState({ ...state, differencesOnly: e.currentTarget.checked })}
          />{' '}
          Differences only
        </label>
      </div>
      <CompareTable
        models={shown}
        rows={visible}
        costs={costs}
        requestsPerMonth={state.workload.requestsPerMonth}
        onChange={(ids) => setState({ ...state, models: ids })}
      />
      <CompareCharts models={shown} priced={priced} rows={rows} mix={0.8} asOf={asOf} />
      <h2>Your workload</h2>
      <p class="note">
        The cost rows above price this workload with each model's headline prices, exactly as the
        calculator does.
      </p>
      <WorkloadForm
        state={{ workload: state.workload, models: [], asOf: state.asOf, mix: 0.8 }}
        today={today}
        onChange={(next) =>
          setState(
            {
              ...state,
              ...(next.workload ? { workload: next.workload } : {}),
              ...('asOf' in next ? { asOf: next.asOf } : {}),
            },
            true,
          )
        }
      />
      <CopyLink />
    </div>
  );
}
