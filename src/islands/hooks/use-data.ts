import { useEffect, useState } from 'preact/hooks';
import { readerDay } from '../../lib/views/reader-day';

/** A data file being fetched: loading, there, or failed (with words a reader can act on). */
export type Loaded<T> =
  { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; reason: string };

const seen = new Map<string, Promise<unknown>>();

/**
 * Fetches one of the site's own data files (same origin; the URL is content-hashed, so one
 * fetch per page is enough and the browser may keep it). Rejects with a reader's reason.
 */
export function fetchData<T>(url: string): Promise<T> {
  if (!url.startsWith('/data/')) return Promise.reject(new Error('not a data file of this site'));
  let p = seen.get(url);
  if (!p) {
    p = fetch(url, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) throw new Error(`the server answered ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    // A failed fetch may be retried (the reader may come back online).
    p.catch(() => seen.delete(url));
    seen.set(url, p);
  }
  return p as Promise<T>;
}

/** The file at `url` (undefined: nothing to fetch yet), fetched after the island hydrates. */
export function useData<T>(url: string | undefined): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (!url) return;
    let live = true;
    setLoaded({ state: 'loading' });
    fetchData<T>(url).then(
      (data) => live && setLoaded({ state: 'ready', data }),
      (e: unknown) =>
        live && setLoaded({ state: 'failed', reason: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return loaded;
}

/**
 * The day statuses and eligibility are judged on: the build's day while pre-rendered (so the
 * HTML matches the server's), then the reader's own day once the island runs.
 */
export function useReaderDay(buildDay: string): string {
  const [day, setDay] = useState(buildDay);
  useEffect(() => setDay(readerDay()), []);
  return day;
}
