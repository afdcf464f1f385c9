import { useEffect, useState } from 'preact/hooks';
import { formatTokens } from '../../lib/format';
import { arrive, tooLongToShow } from '../../lib/tokens/arrival';
import { readOne } from '../data/read-files';
import type { CountedEncoding } from '../../lib/tokens/tokenizers';
import { tokenizerPool } from '../worker/tokenizer-client';

type Props = {
  encoding: CountedEncoding;
  text: string;
  onText: (text: string) => void;
};

/**
 * The text box. However text arrives (typing, paste, a dropped text or file, autofill, a
 * script setting its value), a huge text is counted without being shown, since the browser
 * would spend seconds laying it out, and the box says so; editing starts again from empty.
 */
export function TextInput({ encoding, text, onText }: Props) {
  const [hidden, setHidden] = useState(false);
  const [skipped, setSkipped] = useState<string[]>([]);
  const warm = () => tokenizerPool().warm(encoding);
  // Fetch the ranks once the page is idle, so the first paste finds them loaded.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(warm, 500);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(warm, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, [encoding]);
  /** Text that arrived in one go: shown in the box when short enough, else counted hidden. */
  const accept = (box: HTMLTextAreaElement, inserted: string) => {
    const { text: next, show } = arrive({ ...selection(box), hidden }, inserted);
    setHidden(!show);
    onText(next);
  };
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
              : 'Paste a contract, a log or a codebase, or drop a file here…'
          }
          onFocus={warm}
          onPointerEnter={warm}
          onPaste={(e) => {
            const pasted = e.clipboardData?.getData('text/plain') ?? '';
            const box = e.currentTarget;
            // A short paste is left to the browser, so undo and the caret work as usual.
            if (!hidden && arrive({ ...selection(box), hidden }, pasted).show) return;
            e.preventDefault();
            accept(box, pasted);
          }}
          onDragOver={(e) => {
            // Files may be dropped here (the browser would otherwise open them in the tab).
            if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
          }}
          onDrop={async (e) => {
            const data = e.dataTransfer;
            const box = e.currentTarget;
            if (!data) return;
            if (data.files.length === 0) {
              const dropped = data.getData('text/plain');
              if (!hidden && arrive({ ...selection(box), hidden }, dropped).show) return;
              e.preventDefault();
              accept(box, dropped);
              return;
            }
            e.preventDefault();
            const files = await Promise.all([...data.files].map((f) => readOne(f, f.name)));
            setSkipped(
              files.filter((f) => f.text === undefined).map((f) => `${f.path} (${f.skipped})`),
            );
            const texts = files.flatMap((f) => (f.text === undefined ? [] : [f.text]));
            if (texts.length > 0) accept(box, texts.join('\n'));
          }}
          onInput={(e) => {
            const box = e.currentTarget;
            const value = box.value;
            if (tooLongToShow(value)) {
              // Autofill, a script or a native drop put it there: empty the box before the
              // browser lays it out, and count it hidden.
              box.value = '';
              setHidden(true);
            } else setHidden(false);
            onText(value);
          }}
        />
      </label>
      <p class="hint">
        {hidden &&
          `${formatTokens(text.length)} UTF-16 characters: too long to show; counted in full. `}
        {skipped.length > 0 && `Not text, so not counted: ${skipped.join(', ')}. `}
        Counting happens in this tab, in background workers; nothing is sent anywhere.
      </p>
    </>
  );
}

const selection = (box: HTMLTextAreaElement) => ({
  value: box.value,
  selectionStart: box.selectionStart,
  selectionEnd: box.selectionEnd,
});
