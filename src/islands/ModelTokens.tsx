import { useState } from 'preact/hooks';
import { formatShare, formatTokens } from '../lib/format';
import { fitOf } from '../lib/pricing/fit';
import { inputOnce } from '../lib/pricing/workload';
import { countedIn, type CounterModel } from '../lib/tokens/counter-model';
import { tokenizerPool } from './worker/tokenizer-client';
import { useCount } from './hooks/use-count';

type Props = { model: CounterModel };

/** A compact counter on a model page, with that model's tokenizer (or a labelled estimate). */
export default function ModelTokens({ model }: Props) {
  const [text, setText] = useState('');
  const encoding = countedIn(model);
  const [count] = useCount(text, encoding);
  const n = count.status === 'done' ? count.stats.tokens : undefined;
  const fit = n !== undefined ? fitOf(model, inputOnce(n)) : undefined;
  return (
    <div class="model-tokens">
      <label class="text-input">
        Text to count for {model.name}
        <textarea
          rows={4}
          value={text}
          onFocus={() => tokenizerPool().warm(encoding)}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <p>
        <strong data-testid="token-count">
          {n === undefined ? (text ? '…' : '0') : `${model.encoding ? '' : '≈ '}${formatTokens(n)}`}
        </strong>{' '}
        tokens{' '}
        {model.encoding ? (
          <span class="muted">(exact, {model.encoding})</span>
        ) : (
          <span class="muted">
            (estimate: {model.name}'s own tokenizer is not public or not counted here, so this is
            OpenAI's o200k_base count; its own will differ)
          </span>
        )}
        {fit?.share !== undefined && (
          <>
            {' '}
            · {formatShare(fit.share)} of the context window,{' '}
            {fit.fits ? 'fits' : `does not fit: ${fit.reason}`}
          </>
        )}
      </p>
      <p class="note">
        Counted in this tab; the text is never sent. <a href="/tokens/">Full token counter</a> for
        files, chat messages and every model at once.
      </p>
    </div>
  );
}
