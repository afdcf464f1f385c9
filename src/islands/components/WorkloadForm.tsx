import type { CalculatorState } from '../../lib/url-state/calculator';
import type { Workload } from '../../lib/pricing/workload';
import { DAYS_PER_MONTH } from '../../lib/pricing/workload';
import { formatTokens } from '../../lib/format';

type Props = {
  state: CalculatorState;
  today: string;
  onChange: (next: Partial<CalculatorState>) => void;
};

const whole = (v: string) => {
  const n = Math.round(Number(v));
  return Number.isFinite(n) && n >= 0 ? n : 0;
};

const tokenFields = [
  { key: 'inputTokens', label: 'Input tokens per request' },
  { key: 'outputTokens', label: 'Output tokens per request' },
  { key: 'reasoningTokens', label: 'Reasoning tokens per request' },
] as const;
const shareFields = [
  { key: 'cachedShare', label: 'Cached share of input (%)' },
  { key: 'cacheWriteShare', label: 'Share written to cache (%)' },
] as const;

/** The workload inputs: tokens per request, caching, batch, volume and the price date. */
export function WorkloadForm({ state, today, onChange }: Props) {
  const w = state.workload;
  const set = (patch: Partial<Workload>) => onChange({ workload: { ...w, ...patch } });
  const pct = (share: number) => String(Math.round(share * 1000) / 10);
  return (
    <form class="workload" id="workload" onSubmit={(e) => e.preventDefault()}>
      {tokenFields.map((f) => (
        <label key={f.key}>
          {f.label}
          <input
            type="number"
            min="0"
            step="1"
            value={w[f.key]}
            onInput={(e) => set({ [f.key]: whole(e.currentTarget.value) })}
          />
        </label>
      ))}
      {shareFields.map((f) => (
        <label key={f.key}>
          {f.label}
          <input
            type="number"
            min="0"
            max="100"
            step="any"
            value={pct(w[f.key])}
            onInput={(e) =>
              set({
                [f.key]: Math.min(
                  f.key === 'cacheWriteShare' ? 1 - w.cachedShare : 1,
                  whole(e.currentTarget.value) / 100,
                ),
              })
            }
          />
        </label>
      ))}
      <label>
        Cache lifetime
        <select
          value={w.cacheTtl}
          onChange={(e) => set({ cacheTtl: e.currentTarget.value === '1h' ? '1h' : '5m' })}
        >
          <option value="5m">5 minutes</option>
          <option value="1h">1 hour</option>
        </select>
      </label>
      <label class="inline">
        <input
          type="checkbox"
          checked={w.batch}
          onChange={(e) => set({ batch: e.currentTarget.checked })}
        />{' '}
        Batch API
      </label>
      <label>
        Images per request
        <input
          type="number"
          min="0"
          step="1"
          value={w.images}
          onInput={(e) => set({ images: Math.min(1000, whole(e.currentTarget.value)) })}
        />
        <span class="hint">
          Priced by OpenAI's documented tile or patch formula; other models show no price.
        </span>
      </label>
      <label>
        Image width × height (px)
        <span class="pair">
          <input
            type="number"
            min="1"
            step="1"
            aria-label="Image width in pixels"
            value={w.imageWidth}
            onInput={(e) => set({ imageWidth: Math.max(1, whole(e.currentTarget.value)) })}
          />
          ×
          <input
            type="number"
            min="1"
            step="1"
            aria-label="Image height in pixels"
            value={w.imageHeight}
            onInput={(e) => set({ imageHeight: Math.max(1, whole(e.currentTarget.value)) })}
          />
        </span>
      </label>
      <label>
        Image detail
        <select
          value={w.imageDetail}
          onChange={(e) => set({ imageDetail: e.currentTarget.value === 'low' ? 'low' : 'high' })}
        >
          <option value="high">high</option>
          <option value="low">low</option>
        </select>
      </label>
      <label>
        Requests per month
        <input
          type="number"
          min="0"
          step="1"
          value={w.requestsPerMonth}
          onInput={(e) => set({ requestsPerMonth: whole(e.currentTarget.value) })}
        />
        <span class="hint">
          ≈ {formatTokens(Math.round(w.requestsPerMonth / DAYS_PER_MONTH))} per day
        </span>
      </label>
      <label>
        Prices as of
        <input
          type="date"
          max={today}
          value={state.asOf ?? today}
          onChange={(e) =>
            onChange({
              asOf:
                e.currentTarget.value && e.currentTarget.value !== today
                  ? e.currentTarget.value
                  : undefined,
            })
          }
        />
      </label>
    </form>
  );
}
