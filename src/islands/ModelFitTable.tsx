import { formatShare, formatTokens, formatUsd } from '../lib/format';
import type { FitModel } from '../lib/tokens/fit';
import { fitOf } from '../lib/tokens/fit';
import { costOf, priceUnits, toUsd } from '../lib/pricing/money';

type Props = {
  /** Exact count per encoding, for the encodings counted so far. */
  counts: Partial<Record<'o200k_base' | 'cl100k_base', number>>;
  models: FitModel[];
};

/**
 * For every model: how much of its context window the text fills, whether it fits, output
 * tokens left, and what sending it once as input costs. Models whose tokenizer is not
 * public get an estimate, labelled with its method.
 */
export function ModelFitTable({ counts, models }: Props) {
  return (
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
              Cost as input
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => {
            const key = m.encoding === 'cl100k_base' ? 'cl100k_base' : 'o200k_base';
            const n = counts[key];
            if (n === undefined) return null;
            const fit = fitOf(n, m);
            const estimate = m.encoding === undefined;
            return (
              <tr key={m.id} data-model={m.id}>
                <th scope="row">
                  <a href={`/models/${m.id}/`}>{m.name}</a>
                  {m.retired && <span class="muted"> (retired)</span>}
                </th>
                <td class="num">
                  {estimate ? (
                    <span title="This model's tokenizer is not public: estimated with OpenAI's o200k_base. Its own count will differ.">
                      ≈ {formatTokens(n)} <span class="badge status-preview">estimate</span>
                    </span>
                  ) : (
                    <span title={`Exact, ${m.encoding}`}>{formatTokens(n)}</span>
                  )}
                </td>
                <td class="num">{fit.share !== undefined ? formatShare(fit.share) : 'n/a'}</td>
                <td>{fit.fits === undefined ? 'n/a' : fit.fits ? 'Yes' : 'No'}</td>
                <td class="num">
                  {fit.outputLeft !== undefined ? formatTokens(fit.outputLeft) : 'n/a'}
                </td>
                <td class="num">
                  {m.input !== undefined ? (
                    <a href={`/calculator/?models=${m.id}&input=${n}&output=0&requests=1`}>
                      {formatUsd(toUsd(costOf(n, priceUnits(m.input))))}
                    </a>
                  ) : (
                    <span class="muted">No price</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
