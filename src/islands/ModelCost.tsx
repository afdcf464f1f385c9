import { useState } from 'preact/hooks';
import { requestCost } from '../lib/pricing/engine';
import { Cost } from './components/Cost';
import { totals } from '../lib/pricing/present';
import type { PricedModel } from '../lib/pricing/priced-models';
import { defaultWorkload } from '../lib/pricing/workload';
import { serializeCalculatorState, defaultCalculatorState } from '../lib/url-state/calculator';

type Props = { model: PricedModel; providerNames: Record<string, string>; today: string };

const whole = (v: string) => Math.max(0, Math.round(Number(v)) || 0);

/** A compact calculator on a model page: one workload priced on each of the model's offerings. */
export default function ModelCost({ model, providerNames, today }: Props) {
  const [w, setW] = useState(defaultWorkload);
  const link = `/calculator/${serializeCalculatorState({ ...defaultCalculatorState, models: [model.id], workload: w })}`;
  return (
    <div class="model-cost">
      <form class="workload" onSubmit={(e) => e.preventDefault()}>
        <label>
          Input tokens per request
          <input
            type="number"
            min="0"
            value={w.inputTokens}
            onInput={(e) => setW({ ...w, inputTokens: whole(e.currentTarget.value) })}
          />
        </label>
        <label>
          Output tokens per request
          <input
            type="number"
            min="0"
            value={w.outputTokens}
            onInput={(e) => setW({ ...w, outputTokens: whole(e.currentTarget.value) })}
          />
        </label>
        <label>
          Requests per month
          <input
            type="number"
            min="0"
            value={w.requestsPerMonth}
            onInput={(e) => setW({ ...w, requestsPerMonth: whole(e.currentTarget.value) })}
          />
        </label>
      </form>
      <table class="data">
        <thead>
          <tr>
            <th scope="col">Offering</th>
            <th scope="col" class="num">
              Per request
            </th>
            <th scope="col" class="num">
              Per month
            </th>
          </tr>
        </thead>
        <tbody>
          {model.offerings.map((o) => {
            const r = requestCost(o, w, today, model.imageTokens);
            const t = r.ok ? totals(r.perRequest, w.requestsPerMonth) : undefined;
            return (
              <tr key={o.provider}>
                <th scope="row">{providerNames[o.provider] ?? o.provider}</th>
                <td class="num" data-testid={`model-cost-${o.provider}`}>
                  {t ? (
                    <Cost amount={t.request} />
                  ) : (
                    <span class="muted">No price{r.ok ? '' : `: ${r.reason}`}</span>
                  )}
                </td>
                <td class="num">{t ? <Cost amount={t.month} /> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <a href={link}>Open in the calculator</a> for caching, batch, reasoning tokens and every
        other model.
      </p>
    </div>
  );
}
