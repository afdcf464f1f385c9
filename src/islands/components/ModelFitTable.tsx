import { formatShare, formatTokens } from '../../lib/format';
import { modelCost } from '../../lib/pricing/engine';
import { fitOf } from '../../lib/pricing/fit';
import { inputOnce } from '../../lib/pricing/workload';
import { countedIn, type CounterModel } from '../../lib/tokens/counter-model';
import type { CountedEncoding } from '../../lib/tokens/tokenizers';
import { defaultCalculatorState, serializeCalculatorState } from '../../lib/url-state/calculator';
import { useMemo, useState } from 'preact/hooks';
import { matchesQuery, searchHaystack } from '../../lib/models/search';
import { useRowLimit } from '../hooks/use-row-limit';
import { Cost } from './Cost';
import { MoreRows } from './MoreRows';

type Props = {
  /** Exact count per encoding, for the encodings counted so far. */
  counts: Partial<Record<CountedEncoding, number>>;
  models: CounterModel[];
  /** The date of the prices, as the calculator's `asof`. */
  asOf: string;
};

/**
 * For every model: how much of its context window the text fills, whether it fits, output
 * tokens left, and what sending it once as input costs, by the same price and fit functions
 * as the calculator; each cost links to the calculator with exactly that request. Models
 * whose tokenizer is not public get an estimate, labelled with its method.
 */
export function ModelFitTable({ counts, models, asOf }: Props) {
  const [query, setQuery] = useState('');
  const matching = useMemo(
    () =>
      query
        ? models.filter((m) => matchesQuery(searchHaystack([m.name, m.id, m.maker]), query))
        : models,
    [models, query],
  );
  const { visible, total, more } = useRowLimit(matching);
  return (
    <>
      <p class="fit-find">
        <label>
          Find a model{' '}
          <input
            type="search"
            value={query}
            placeholder="gpt 4.1, claude, llama…"
            data-testid="fit-find"
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </label>
        {query && matching.length === 0 && <span class="muted"> No model matches.</span>}
      </p>
      <div class="table-scroll">
        <table class="data fit-table" data-testid="fit-table">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" class="num">
                Tokens
              </th>
              <th scope="col" class="num">
                Context used
              </th>
              <th scope="col">Fits?</th>
              <th scope="col" class="num">
                Output tokens left
              </th>
              <th scope="col" class="num">
                Cost as input, once
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((m) => {
              const n = counts[countedIn(m)];
              if (n === undefined) return null;
              const workload = inputOnce(n);
              const fit = fitOf(m, workload);
              const cost = modelCost(m, workload, asOf);
              const estimate = m.encoding === undefined;
              const link = `/calculator/${serializeCalculatorState({ ...defaultCalculatorState, models: [m.id], workload, asOf })}`;
              return (
                <tr
                  key={m.id}
                  data-testid={`fit-${m.id}`}
                  data-model={m.id}
                  data-fits={fit.fits === undefined ? 'unknown' : fit.fits ? 'yes' : 'no'}
                  class={fit.fits === false ? 'no-fit' : undefined}
                >
                  <th scope="row">
                    <a href={`/models/${m.id}/`}>{m.name}</a>
                    {m.retired && <span class="muted"> (retired)</span>}
                  </th>
                  <td class="num">
                    {estimate ? (
                      <span title="No exact tokenizer for this model here (not public, or not yet supported): estimated with OpenAI's o200k_base. Its own count will differ.">
                        ≈ {formatTokens(n)} <span class="badge status-preview">estimate</span>
                      </span>
                    ) : (
                      <span title={`Exact, ${m.encoding}`}>{formatTokens(n)}</span>
                    )}
                  </td>
                  <td class="num">{fit.share !== undefined ? formatShare(fit.share) : 'n/a'}</td>
                  <td>
                    {fit.fits === true ? (
                      'Yes'
                    ) : fit.fits === false ? (
                      <strong>No: {fit.reason}</strong>
                    ) : (
                      <span class="muted">Unknown: {fit.reason}</span>
                    )}
                  </td>
                  <td class="num">
                    {fit.outputLeft !== undefined ? formatTokens(fit.outputLeft) : 'n/a'}
                  </td>
                  <td class="num">
                    {cost.ok ? (
                      <>
                        <a href={link} data-testid={`fit-cost-${m.id}`}>
                          <Cost amount={cost.perRequest} />
                        </a>
                        {fit.fits === false && (
                          <span class="badge status-retired"> too long for this model</span>
                        )}
                      </>
                    ) : (
                      <span class="muted" data-testid={`fit-cost-${m.id}`} title={cost.reason}>
                        No price
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <MoreRows shown={visible.length} total={total} noun="models" onMore={more} />
    </>
  );
}
