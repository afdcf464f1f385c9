import { useState } from 'preact/hooks';
import { formatTokens } from '../lib/format';
import { tokenizerPool } from './tokenizer-client';

type Props = {
  encoding: 'o200k_base' | 'cl100k_base';
  text: string;
  onText: (text: string) => void;
};

/** Pastes longer than this are kept out of the text box: laying out megabytes would freeze the tab. */
export const SHOW_LIMIT = 200_000;

/**
 * The text box. A huge paste is counted without being shown (the browser would spend
 * seconds laying it out), and the box says so; editing starts again from an empty box.
 */
export function TextInput({ encoding, text, onText }: Props) {
  const [hidden, setHidden] = useState(false);
  const warm = () => tokenizerPool().warm(encoding);
  return (
    <>
      <label class="text-input">
        Text to count
        <textarea
          rows={10}
          spellcheck={false}
          value={hidden ? '' : text}
          placeholder={
            hidden
              ? `${formatTokens(text.length)} characters pasted: counted, not shown. Type here to start over.`
              : 'Paste a contract, a log or a codebase…'
          }
          onFocus={warm}
          onPaste={(e) => {
            const pasted = e.clipboardData?.getData('text/plain') ?? '';
            const box = e.currentTarget;
            const next =
              box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
            if (next.length <= SHOW_LIMIT) return;
            e.preventDefault();
            setHidden(true);
            onText(hidden ? pasted : next);
          }}
          onInput={(e) => {
            setHidden(false);
            onText(e.currentTarget.value);
          }}
        />
      </label>
      <p class="hint">
        {hidden &&
          `${formatTokens(text.length)} UTF-16 characters pasted: too long to show; counted in full. `}
        Counting happens in this tab, in background workers; nothing is sent anywhere.
      </p>
    </>
  );
}
