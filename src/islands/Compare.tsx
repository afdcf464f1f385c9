import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RowDef } from '../lib/compare/cells';
import { visibleRows } from '../lib/compare/best';
import { columnOn } from '../lib/compare/column';
import { statements } from '../lib/compare/statements';
import { modelCost } from '../lib/pricing/engine';
import { toUsd, type Money } from '../lib/pricing/money';
import {
  MAX_COMPARE,
  parseCompareState,
  serializeCompareState,
  type CompareState,
} from '../lib/url-state/compare';
import { defaultWorkload } from '../lib/pricing/workload';
import { modelResolver } from '../lib/url-state/models-param';
import type { IndexEntry, IndexFile, ModelFile } from '../lib/views/data-types';
import { withoutRetired } from '../lib/views/retired';
import { nextTask } from '../lib/tasks';
import { AddModel } from './components/AddModel';
import { CompareTable } from './components/CompareTable';
import { CompareCharts } from './components/CompareCharts';
import { CopyLink } from './components/CopyLink';
import { LoadFailed, Pending } from './components/DataState';
import { Notices } from './components/Notices';
import { PriceChanges } from './components/PriceChanges';
import { RetiredToggle } from './components/RetiredToggle';
import { fetchData, useData, useReaderDay } from './hooks/use-data';
import { useUrlState } from './hooks/use-url-state';
import { WorkloadForm } from './components/WorkloadForm';
import { WorkloadSummary } from './components/WorkloadSummary';
import { totals } from '../lib/pricing/present';

type Props = {
  /** The models the page renders itself (a match-up's); the rest are fetched by URL. */
  entries: ModelFile[];
  /** The model index (/data/index.<hash>.json): names for the picker, each model's file. */
  indexUrl: string;
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
export default function Compare(props: Props) {
  const index = useData<IndexFile>(props.indexUrl);
  // /compare/ reads its link only once it knows every model (ids and aliases); a match-up
  // renders its own models at once and learns the others when the index arrives.
  if (props.initial.length === 0) {
    if (index.state === 'failed')
      return <LoadFailed what="The list of models" reason={index.reason} />;
    if (index.state === 'loading')
      return <Pending class="compare-pending" text="Opening the comparison this link names…" />;
  }
  return <CompareView {...props} index={index.state === 'ready' ? index.data.models : undefined} />;
}

type ViewProps = Props & { index: IndexEntry[] | undefined };

function CompareView({
  entries,
  index,
  rows,
  today,
  initial,
  fallback = initial,
  standalone = false,
}: ViewProps) {
  const day = useReaderDay(today);
  // Until the link has been read, a page without its own match-up shows a neutral state.
  const [ready, setReady] = useState(initial.length > 0);
  useEffect(() => setReady(true), []);
  const resolve = useMemo(
    () => modelResolver(index ?? entries.map((e) => e.priced)),
    [index, entries],
  );
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
  const files = useModelFiles(state.models, entries, index);
  const setState = (next: CompareState, replace = false) => {
    if (standalone && next.models.join() !== state.models.join())
      window.location.assign(
        `/compare/${serializeCompareState({ ...next, asOf: next.asOf ?? today })}`,
      );
    else setUrlState(next, { replace });
  };
  const asOf = state.asOf ?? today;
  // Kept while the models and their files stay the same, so typing a workload neither
  // rebuilds the charts (a hidden series would come back) nor redraws the table's columns.
  const chosen = useMemo(
    () =>
      state.models.map((id) => files.loaded.get(id)).filter((f): f is ModelFile => f !== undefined),
    [state.models.join(), files.loaded],
  );
  const shown = useMemo(() => chosen.map((f) => columnOn(f, day)), [chosen, day]);
  const priced = useMemo(() => chosen.map((f) => f.priced), [chosen]);
  const costs = useMemo(() => {
    const map = new Map<string, Money>();
    for (const p of priced) {
      const r = modelCost(p, state.workload, asOf);
      if (r.ok) map.set(p.id, r.perRequest);
    }
    return map;
  }, [priced.map((p) => p.id).join(), state.workload, asOf]);
  const visible = visibleRows(rows, shown, state.differencesOnly);
  const said = statements(shown, visible, new Map([...costs].map(([id, c]) => [id, toUsd(c)])));
  const picker = useMemo(
    () =>
      withoutRetired(
        (index ?? []).filter((m) => !state.models.includes(m.id)),
        day,
        state.showRetired === true,
      ),
    [index, state.models.join(), day, state.showRetired],
  );
  const addable = picker.shown;
  const title = shown.map((m) => m.name).join(' vs ');
  useEffect(() => {
    if (ready && title) document.title = `${title} · Compare · LLM Explorer`;
  }, [ready, title]);
  // The charts follow the table a task later, so the first full drawing is one task lighter.
  const whole = ready && files.failed.length === 0 && chosen.length === state.models.length;
  const [chartsDue, setChartsDue] = useState(false);
  const refocusAdd = useRef(false);
  useEffect(() => {
    if (!whole || chartsDue) return;
    let gone = false;
    void nextTask().then(() => gone || setChartsDue(true));
    return () => {
      gone = true;
    };
  }, [whole]);
  if (!ready)
    return <Pending class="compare-pending" text="Opening the comparison this link names…" />;
  if (files.failed.length > 0)
    return (
      <LoadFailed
        what={`The figures of ${files.failed.join(', ')}`}
        reason="no answer from the site"
      />
    );
  if (chosen.length < state.models.length)
    return <Pending class="compare-pending" text="Loading the figures of the chosen models…" />;
  return (
    <div class="compare">
      <Notices notices={notices} />
      <PriceChanges
        models={priced}
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
        <AddModel
          models={addable}
          closed={
            state.models.length >= MAX_COMPARE
              ? `At most ${MAX_COMPARE} models`
              : index === undefined
                ? 'Loading the list…'
                : undefined
          }
          onAdd={(id) => setState({ ...state, models: [...state.models, id] })}
          refocus={refocusAdd}
        />
        <label class="inline">
          <input
            type="checkbox"
            checked={state.differencesOnly}
            onChange={(e) => setState({ ...state, differencesOnly: e.currentTarget.checked })}
          />{' '}
          Differences only
        </label>
        {index !== undefined && (
          <RetiredToggle
            show={state.showRetired === true}
            hidden={picker.hidden}
            onChange={(show) => setState({ ...state, showRetired: show || undefined }, true)}
          />
        )}
      </div>
      <h2>Your workload</h2>
      <p class="note">
        The cost rows below price this workload with each model's headline prices, exactly as the
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
      <WorkloadSummary
        workload={state.workload}
        formId="workload"
        totals={shown.map((m) => {
          const c = costs.get(m.id);
          return {
            name: m.name,
            month: c === undefined ? undefined : totals(c, state.workload.requestsPerMonth).month,
          };
        })}
      />
      <CompareTable
        models={shown}
        rows={visible}
        costs={costs}
        requestsPerMonth={state.workload.requestsPerMonth}
        onChange={(ids) => setState({ ...state, models: ids })}
      />
      {chartsDue && (
        <CompareCharts models={shown} priced={priced} rows={rows} mix={0.8} asOf={asOf} />
      )}
      <CopyLink />
    </div>
  );
}

/** The files of the models `ids` names: the page's own, then each fetched once by its URL. */
function useModelFiles(ids: string[], entries: ModelFile[], index: IndexEntry[] | undefined) {
  const [loaded, setLoaded] = useState(
    () => new Map(entries.map((e) => [e.compare.id, e] as const)),
  );
  const [failed, setFailed] = useState<string[]>([]);
  useEffect(() => {
    if (!index) return;
    const urls = new Map(index.map((m) => [m.id, m.file]));
    for (const id of ids) {
      const url = urls.get(id);
      if (loaded.has(id) || !url) continue;
      fetchData<ModelFile>(url).then(
        (file) => setLoaded((prev) => new Map(prev).set(id, file)),
        () => setFailed((prev) => (prev.includes(id) ? prev : [...prev, id])),
      );
    }
  }, [ids.join(), index]);
  return { loaded, failed: failed.filter((id) => ids.includes(id)) };
}
