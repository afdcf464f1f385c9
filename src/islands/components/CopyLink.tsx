import { useState } from 'preact/hooks';

/** Copies the page's current URL (its whole view state) to the clipboard. */
export function CopyLink() {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <p class="copy-link">
      <button type="button" onClick={copy}>
        Copy link to this view
      </button>{' '}
      <span role="status">
        {copied === 'done' && 'Link copied.'}
        {copied === 'failed' && 'Could not copy: select the address bar and copy it.'}
      </span>
    </p>
  );
}
