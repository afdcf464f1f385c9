import { useMemo, useState } from 'preact/hooks';
import { countedEncodingOf, isOpenAiEncoding, tokenizerOptions } from '../lib/tokens/tokenizers';
import type { PricingFile } from '../lib/views/data-types';
import { counterRows } from '../lib/views/counter-rows';
import {
  defaultTokensState,
  parseTokensState,
  serializeTokensState,
  type TokensState,
} from '../lib/url-state/tokens';
import { ChatCounter } from './components/ChatCounter';
import { CountResult } from './components/CountResult';
import { LoadFailed, Pending } from './components/DataState';
import { FileCounter } from './components/FileCounter';
import { Notices } from './components/Notices';
import { RetiredToggle } from './components/RetiredToggle';
import { TextInput } from './components/TextInput';
import { useData, useReaderDay } from './hooks/use-data';
import { useUrlState } from './hooks/use-url-state';

type Props = {
  /** The pricing table (/data/pricing.<hash>.json) the model table is built from. */
  pricingUrl: string;
  /** The build's date: the prices the counter shows are the ones in force on it. */
  today: string;
};

const modes: { id: TokensState['mode']; label: string }[] = [
  { id: 'text', label: 'Text' },
  { id: 'chat', label: 'Chat messages' },
  { id: 'files', label: 'Files and folders' },
];

/** The token counter: paste text, chat messages or files; the text never leaves the page. */
export default function TokenCounter({ pricingUrl, today }: Props) {
  const pricing = useData<PricingFile>(pricingUrl);
  const day = useReaderDay(today);
  const rows = useMemo(
    () => (pricing.state === 'ready' ? counterRows(pricing.data.models, day) : []),
    [pricing, day],
  );
  const table =
    pricing.state === 'failed' ? (
      <LoadFailed what="The models' limits and prices" reason={pricing.reason} />
    ) : pricing.state === 'loading' ? (
      <Pending text="Loading the models' limits and prices…" />
    ) : null;
  const [state, setState, notices] = useUrlState<TokensState>(
    defaultTokensState,
    parseTokensState,
    serializeTokensState,
  );
  const [text, setText] = useState('');
  const models = useMemo(
    () => (state.showRetired ? rows : rows.filter((m) => !m.retired)),
    [rows, state.showRetired],
  );
  return (
    <div class="token-counter">
      <Notices notices={notices} />
      <div class="controls">
        <div role="group" aria-label="What to count" class="segmented">
          {modes.map((m) => (
            <button
              key={m.id}
              type="button"
              class={state.mode === m.id ? 'on' : 'secondary'}
              aria-pressed={state.mode === m.id}
              onClick={() => setState({ ...state, mode: m.id })}
            >
              {m.label}
            </button>
          ))}
        </div>
        <label>
          Encoding{' '}
          <select
            value={state.encoding}
            onChange={(e) =>
              setState({
                ...state,
                encoding: countedEncodingOf(e.currentTarget.value) ?? 'o200k_base',
              })
            }
          >
            {tokenizerOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        {state.mode !== 'chat' && pricing.state === 'ready' && (
          <RetiredToggle
            show={state.showRetired === true}
            hidden={rows.length - models.length}
            onChange={(show) => setState({ ...state, showRetired: show || undefined })}
          />
        )}
      </div>
      {state.mode === 'text' && (
        <>
          <TextInput encoding={state.encoding} text={text} onText={setText} />
          {table}
          <CountResult text={text} encoding={state.encoding} models={models} asOf={today} />
        </>
      )}
      {state.mode === 'chat' &&
        (isOpenAiEncoding(state.encoding) ? (
          <ChatCounter encoding={state.encoding} />
        ) : (
          <p class="notice">
            Chat messages are counted in OpenAI's message format, so with o200k_base or cl100k_base;
            choose one of them above.
          </p>
        ))}
      {state.mode === 'files' && table}
      {state.mode === 'files' && (
        <FileCounter encoding={state.encoding} models={models} asOf={today} />
      )}
    </div>
  );
}
