import { formatTokens } from '../../lib/format';
import { countedIn, type CounterModel } from '../../lib/tokens/counter-model';
import { tokenizerOptions, type CountedEncoding } from '../../lib/tokens/tokenizers';
import { ModelFitTable } from './ModelFitTable';
import { PriceHandOff } from './PriceHandOff';
import { TokenView } from './TokenView';
import { TOKEN_VIEW_LIMIT, useCount } from '../hooks/use-count';

type Props = {
  text: string;
  encoding: CountedEncoding;
  models: CounterModel[];
  /** The date of the prices. */
  asOf: string;
};

/** The count of a text in the chosen encoding, its statistics, token view and model fit. */
export function CountResult({ text, encoding, models, asOf }: Props) {
  const [count, cancel] = useCount(text, encoding);
  // The other encodings the model rows need are counted one after another once the chosen
  // one is done, so they never delay it; an encoding no row needs is never loaded.
  const needed = new Set(models.map(countedIn));
  const counts: Partial<Record<CountedEncoding, number>> = {};
  let ready = count.status === 'done';
  if (count.status === 'done') counts[encoding] = count.stats.tokens;
  for (const { id } of tokenizerOptions) {
    const wanted = id !== encoding && needed.has(id);
    // A fixed number of hooks in a fixed order: one per tokenizer, enabled only when wanted.
    const [other] = useCount(text, id, wanted && ready);
    if (!wanted) continue;
    if (other.status === 'done') counts[id] = other.stats.tokens;
    else ready = false;
  }
  return (
    <section class="count-result" aria-live="polite">
      {count.status === 'counting' && (
        <div class="progress">
          <progress max={1} value={count.progress} aria-label="Counting progress" />
          <span class="share">{Math.round(count.progress * 100)}%</span>
          <button type="button" class="secondary" onClick={cancel}>
            Cancel
          </button>
        </div>
      )}
      {count.status === 'cancelled' && (
        <p class="notice">Counting cancelled. Edit the text to count again.</p>
      )}
      {count.status === 'error' && <p class="notice">Could not count: {count.message}</p>}
      <dl class="stats">
        <div>
          <dt>Tokens ({encoding})</dt>
          <dd data-testid="token-count">
            {count.status === 'done' ? formatTokens(count.stats.tokens) : '…'}
          </dd>
        </div>
        {count.status === 'done' && (
          <>
            <div>
              <dt>Characters</dt>
              <dd>{formatTokens(count.stats.characters)}</dd>
            </div>
            <div>
              <dt>Words</dt>
              <dd>{formatTokens(count.stats.words)}</dd>
            </div>
            <div>
              <dt>Lines</dt>
              <dd>{formatTokens(count.stats.lines)}</dd>
            </div>
          </>
        )}
      </dl>
      {count.status === 'done' && count.stats.tokens > 0 && (
        <>
          <p class="muted">Counted in {Math.round(count.ms)} ms.</p>
          <PriceHandOff tokens={count.stats.tokens} asOf={asOf} />
        </>
      )}
      {count.status === 'done' && count.pieces && count.pieces.length > 0 && (
        <details open={text.length <= 2000}>
          <summary>Token view ({formatTokens(count.stats.tokens)} tokens)</summary>
          <TokenView pieces={count.pieces} />
        </details>
      )}
      {count.status === 'done' && text.length > TOKEN_VIEW_LIMIT && (
        <p class="muted">
          The token view is shown for texts up to {formatTokens(TOKEN_VIEW_LIMIT)} characters; this
          one is counted only.
        </p>
      )}
      {count.status === 'done' && count.stats.tokens > 0 && (
        <>
          <h2>Which models it fits, and what it costs</h2>
          <ModelFitTable counts={counts} models={models} asOf={asOf} />
        </>
      )}
    </section>
  );
}
