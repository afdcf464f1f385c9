import { useMemo } from 'preact/hooks';
import { benchmarkBars, priceQuality } from '../lib/charts/builders';
import type { ChartBenchmark, ChartModel } from '../lib/charts/data';
import {
  parseBenchmarksState,
  serializeBenchmarksState,
  type BenchmarksState,
} from '../lib/url-state/benchmarks';
import { modelResolver } from '../lib/url-state/models-param';
import type { ChartsFile } from '../lib/views/data-types';
import ChartView from './ChartView';
import { LoadFailed, Pending } from './components/DataState';
import { Notices } from './components/Notices';
import { useData } from './hooks/use-data';
import { useUrlState } from './hooks/use-url-state';

type Props = {
  /** Every model's benchmark results (/data/charts.<hash>.json), fetched when shown. */
  chartsUrl: string;
  benchmarks: ChartBenchmark[];
  initial: BenchmarksState;
  today: string;
};

/** The /benchmarks/ page: pick a benchmark and models; bars and the price/quality frontier follow. */
export default function BenchmarkExplorer({ chartsUrl, ...rest }: Props) {
  const charts = useData<ChartsFile>(chartsUrl);
  if (charts.state === 'failed')
    return <LoadFailed what="The benchmark scores" reason={charts.reason} />;
  if (charts.state === 'loading') return <Pending text="Loading the benchmark scores…" />;
  return <Explorer models={charts.data.models} {...rest} />;
}

type ViewProps = Omit<Props, 'chartsUrl'> & { models: (ChartModel & { aliases: string[] })[] };

function Explorer({ models, benchmarks, initial, today }: ViewProps) {
  const resolve = useMemo(() => modelResolver(models), [models]);
  const ids = benchmarks.map((b) => b.id);
  const [state, setState, notices] = useUrlState<BenchmarksState>(
    initial,
    (search) => parseBenchmarksState(search, resolve, ids, initial),
    serializeBenchmarksState,
  );
  const benchmark =
    benchmarks.find((b) => b.id === state.benchmark) ?? (benchmarks[0] as ChartBenchmark);
  const chosen = state.models
    .map((id) => models.find((m) => m.id === id))
    .filter((m): m is ViewProps['models'][number] => m !== undefined);
  const bars = useMemo(() => benchmarkBars(chosen, [benchmark]), [chosen, benchmark]);
  const frontier = useMemo(
    () =>
      priceQuality(
        models.filter((m) => state.models.includes(m.id)),
        benchmark,
        state.mix,
        today,
      ),
    [models, state, benchmark, today],
  );
  const scored = (id: string) =>
    models.filter((m) => m.results.some((r) => r.benchmark === id && r.atTokens === undefined))
      .length;
  // The list offers the models this benchmark has a score for, and keeps any the link chose
  // without one, so they can be unticked.
  const hasScore = (m: ChartModel) =>
    m.results.some((r) => r.benchmark === benchmark.id && r.atTokens === undefined);
  const listed = models.filter((m) => hasScore(m) || state.models.includes(m.id));
  const unscoredChosen = listed.filter((m) => !hasScore(m)).length;
  const toggle = (id: string) =>
    setState({
      ...state,
      models: state.models.includes(id)
        ? state.models.filter((x) => x !== id)
        : [...state.models, id],
    });
  return (
    <div class="benchmark-explorer">
      <Notices notices={notices} />
      <div class="charts-controls">
        <label>
          Benchmark{' '}
          <select
            aria-label="Benchmark"
            value={benchmark.id}
            onChange={(e) => setState({ ...state, benchmark: e.currentTarget.value })}
          >
            {benchmarks
              .filter((b) => scored(b.id) > 0)
              .map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name} ({scored(b.id)} models)
                </option>
              ))}
          </select>
        </label>
        <label>
          Input share for blended price (%){' '}
          <input
            type="number"
            min="0"
            max="100"
            step="5"
            value={Math.round(state.mix * 100)}
            onInput={(e) =>
              setState(
                {
                  ...state,
                  mix: Math.min(100, Math.max(0, Number(e.currentTarget.value) || 0)) / 100,
                },
                { replace: true },
              )
            }
          />
        </label>
        <fieldset class="filter-group" data-testid="benchmark-models">
          <legend>
            Models with a {benchmark.name} score ({listed.length - unscoredChosen})
          </legend>
          {listed.map((m) => (
            <label key={m.id}>
              <input
                type="checkbox"
                checked={state.models.includes(m.id)}
                onChange={() => toggle(m.id)}
              />{' '}
              {m.name}
            </label>
          ))}
        </fieldset>
      </div>
      <ChartView spec={frontier} />
      <ChartView spec={bars} />
    </div>
  );
}
