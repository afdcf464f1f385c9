import { useState } from 'preact/hooks';
import type { CounterModel } from '../lib/tokens/counter-model';
import { countedEncodingOf, isOpenAiEncoding, tokenizerOptions } from '../lib/tokens/tokenizers';
import {
  defaultTokensState,
  parseTokensState,
  serializeTokensState,
  type TokensState,
} from '../lib/url-state/tokens';
import { ChatCounter } from './ChatCounter';
import { CountResult } from './CountResult';
import { FileCounter } from './FileCounter';
import { Notices } from './Notices';
import { TextInput } from './TextInput';
import { useUrlState } from './use-url-state';

type Props = {
  models: CounterModel[];
  /** The build's date: the prices the counter shows are the ones in force on it. */
  today: string;
};

const modes: { id: TokensState['mode']; label: string }[] = [
  { id: 'text', label: 'Text' },
  { id: 'chat', label: 'Chat messages' },
  { id: 'files', label: 'Files and folders' },
];

/** The token counter: paste text, chat messages or files; the text never leaves the page. */
export default function TokenCounter({ models, today }: Props) {
  const [state, setState, notices] = useUrlState<TokensState>(
    defaultTokensState,
    parseTokensState,
    serializeTokensState,
  );
  const [text, setText] = useState('');
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
      </div>
      {state.mode === 'text' && (
        <>
          <TextInput encoding={state.encoding} text={text} onText={setText} />
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
      {state.mode === 'files' && (
        <FileCounter encoding={state.encoding} models={models} asOf={today} />
      )}
    </div>
  );
}
