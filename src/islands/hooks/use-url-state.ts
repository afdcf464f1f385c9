import { useEffect, useState } from 'preact/hooks';
import type { Notice } from '../../lib/url-state/params';

/**
 * Keeps a view's state in the page URL: reads it on load and on back/forward, writes it on
 * every change (a new history entry unless `replace`). Server rendering uses `initial`.
 */
export function useUrlState<S>(
  initial: S,
  parse: (search: string) => { state: S; notices: Notice[] },
  serialize: (state: S) => string,
  /** Rewrite the URL on load to the full state (so a copied link carries every setting). */
  canonical = false,
): [S, (next: S, opts?: { replace?: boolean }) => void, Notice[]] {
  const [state, setState] = useState(initial);
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    const read = () => {
      const parsed = parse(window.location.search);
      setState(parsed.state);
      setNotices(parsed.notices);
      return parsed.state;
    };
    const first = read();
    if (canonical)
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${serialize(first)}${window.location.hash}`,
      );
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);
  const update = (next: S, opts: { replace?: boolean } = {}) => {
    setState(next);
    setNotices([]);
    const url = `${window.location.pathname}${serialize(next)}${window.location.hash}`;
    if (opts.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  };
  return [state, update, notices];
}
