import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PricedModel } from '../lib/pricing/priced-models';
import { byCost, cheapestThatFits, priceOne } from '../lib/pricing/ranking';
import {
  defaultCalculatorState,
  parseCalculatorState,
  serializeCalculatorState,
  type CalculatorState,
} from '../lib/url-state/calculator';
import { modelResolver } from '../lib/url-state/models-param';
import { judgedOn } from '../lib/views/reader-day';
import { withoutRetired } from '../lib/views/retired';
import type { PricingFile } from '../lib/views/data-types';
import { CopyLink } from './components/CopyLink';
import { CostTable } from './components/CostTable';
import { LoadFailed, Pending } from './components/DataState';
import { Notices } from './components/Notices';
import { PriceChanges } from './components/PriceChanges';
import { RetiredToggle } from './components/RetiredToggle';
import { ScaleTable } from './components/ScaleTable';
import { useChunkedMap } from './hooks/use-chunked';
import { useData, useReaderDay } from './hooks/use-data';
import { useUrlState } from './hooks/use-url-state';
import { WorkloadForm } from './components/WorkloadForm';
import { WorkloadSummary } from './components/WorkloadSummary';
import { totals } from '../lib/pricing/present';

type Props = {
  /** The pricing table (/data/pricing.<hash>.json), fetched once the island runs. */
  pricingUrl: string;
  providerNames: Record<string, string>;
  today: string;
};

const pending = 'Pricing the workload this link describes…';

/** The cost calculator: one workload priced on every model, ranked, with its state in the URL. */
export default function Calculator({ pricingUrl, ...rest }: Props) {
  const pricing = useData<PricingFile>(pricingUrl);
  if (pricing.state === 'failed')
    return <LoadFailed what="The price table" reason={pricing.reason} />;
  if (pricing.state === 'loading') return <Pending class="calculator-pending" text={pending} />;
  return <CalculatorView models={pricing.data.models} {...rest} />;
}

type ViewProps = Omit<Props, 'pricingUrl'> & { models: PricedModel[] };

function CalculatorView({ models, providerNames, today }: ViewProps) {
  const day = useReaderDay(today);
  const resolve = useMemo(() => modelResolver(models), [models]);
  const [state, setState, notices] = useUrlState<CalculatorState>(
    defaultCalculatorState,
    (search) => parseCalculatorState(search, resolve, today),
    // Links always carry the date of the prices, so they reproduce today's numbers later.
    (s) => serializeCalculatorState({ ...s, asOf: s.asOf ?? today }),
    true,
  );
  const asOf = state.asOf ?? today;
  const judged = judgedOn(state.asOf, today, day);
  // A link that names its models shows them all; the whole list hides retired ones unless asked.
  // Memoised, so the ranking (and each table's "Show more") survives renders that change neither.
  const chosen = state.models.join(',');
  const showRetired = state.showRetired === true;
  const { shown, hidden } = useMemo(
    () =>
      chosen
        ? { shown: models.filter((m) => chosen.split(',').includes(m.id)), hidden: 0 }
        : withoutRetired(models, judged, showRetired),
    [models, chosen, judged, showRetired],
  );
  // Priced a slice at a time (a thousand models would otherwise hold the page for a second on
  // a slow phone); until a new workload is priced the last ranking stays, marked as updating.
  const price = useMemo(
    () => (m: PricedModel) => priceOne(m, state.workload, asOf),
    [state.workload, asOf],
  );
  const priced = useChunkedMap(shown, price);
  const ranked = useMemo(
    () => priced.results && [...priced.results].sort(byCost),
    [priced.results],
  );
  const best = ranked && cheapestThatFits(ranked, judged);
  // The server cannot see the link's query: until it is read, show a neutral state rather
  // than a workload or models the link did not ask for.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const named = state.models.length ? shown.map((m) => m.name).join(', ') : '';
  useEffect(() => {
    if (ready)
      document.title = `${named ? `Cost of ${named}` : 'LLM cost calculator'} · LLM Explorer`;
  }, [ready, named]);
  const update = (next: Partial<CalculatorState>) =>
    setState({ ...state, ...next }, { replace: true });
  if (!ready) return <Pending class="calculator-pending" text={pending} />;
  return (
    <div class="calculator">
      <Notices notices={notices} />
      <WorkloadForm state={state} today={today} onChange={update} />
      <CopyLink />
      <PriceChanges
        models={shown}
        asOf={asOf}
        today={today}
        todayHref={serializeCalculatorState({ ...state, asOf: today }) || '?'}
      />
      {state.models.length > 0 && (
        <p>
          Showing {shown.length} chosen model{shown.length === 1 ? '' : 's'}.{' '}
          <button type="button" class="secondary" onClick={() => update({ models: [] })}>
            Show every model
          </button>
        </p>
      )}
      <h2 id="ranking">Every model for this workload</h2>
      {state.models.length === 0 && (
        <p>
          <RetiredToggle
            show={state.showRetired === true}
            hidden={hidden}
            onChange={(show) => update({ showRetired: show || undefined })}
          />
        </p>
      )}
      <WorkloadSummary
        workload={state.workload}
        formId="workload"
        totals={
          best && best.cost.ok
            ? [
                {
                  name: `cheapest that fits, ${best.model.name}`,
                  month: totals(best.cost.perRequest, state.workload.requestsPerMonth).month,
                },
              ]
            : []
        }
      />
      {!ranked ? (
        <Pending class="calculator-pending" text={`Pricing ${shown.length} models…`} />
      ) : (
        <>
          {best ? (
            <p class="callout" data-testid="cheapest">
              Cheapest that fits: <strong>{best.model.name}</strong>
            </p>
          ) : (
            <p class="callout">No model with a price fits this request.</p>
          )}
          <CostTable
            ranked={ranked}
            busy={!priced.current}
            workload={state.workload}
            asOf={judged}
            providerNames={providerNames}
            best={best?.model.id}
          />
        </>
      )}
      <h2 id="scale">Cost at scale</h2>
      <ScaleTable models={shown} mix={state.mix} asOf={asOf} onMix={(mix) => update({ mix })} />
    </div>
  );
}
