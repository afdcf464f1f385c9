// The site's service worker: after a first visit the shell pages, every script, the
// tokenizer's rank files and the model data open and work with the network gone. The build fills in BUILD_ID and
// PRECACHE (src/integrations/offline.ts); the rules for what is saved are in
// src/lib/offline/manifest.ts.
//
// One cache per build. A new build's worker saves its own files, then deletes every older
// cache, so a page and the data it loads always come from the same build.
const BUILD_ID = '__BUILD_ID__';
const PRECACHE = __PRECACHE__;
const CACHE = `llm-explorer-${BUILD_ID}`;
// Online, pages come from the network (prices stay current); a network slower than this
// falls back to the saved copy.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('llm-explorer-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(request, url));
  // Content-hashed files (isHashedAsset in src/lib/offline/manifest.ts): scripts under
  // /_astro/ and the model data under /data/.
  else if (
    url.pathname.startsWith('/_astro/') ||
    (url.pathname.startsWith('/data/') && url.pathname.endsWith('.json'))
  )
    event.respondWith(asset(request));
  else event.respondWith(networkFirst(request));
});

/** The cache key of a page: its path, whatever its query (`/calculator/?models=…`). */
const pageKey = (url) => new Request(new URL(url.pathname, url.origin).href);

/** A page: from the network when it answers in time, else the saved copy, marked as such. */
async function page(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS);
    if (response.ok) await saveIfThisBuild(cache, pageKey(url), response.clone());
    return response;
  } catch {
    const saved = await cache.match(pageKey(url), { ignoreVary: true });
    if (saved) return markedAsSaved(saved);
    return notSaved(cache, url);
  }
}

/** Saves a page only if it belongs to this worker's build, never mixing two builds. */
async function saveIfThisBuild(cache, key, response) {
  const html = await response.text();
  if (!html.includes(`<meta name="build-id" content="${BUILD_ID}">`)) return;
  await cache.put(
    key,
    new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
  );
}

/** The saved page, with a mark the page reads to tell the reader it is the saved copy. */
async function markedAsSaved(response) {
  const html = (await response.text()).replace(/<html\b/i, '<html data-saved-copy');
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Offline, and this page was never opened here: say so, and list what can be opened. */
async function notSaved(cache, url) {
  const keys = await cache.keys();
  const pages = keys
    .map((k) => new URL(k.url).pathname)
    .filter((p) => p.endsWith('/'))
    .sort();
  const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const links = pages.map((p) => `<li><a href="${escape(p)}">${escape(p)}</a></li>`).join('');
  const body = `<!doctype html><html lang="en" data-saved-copy><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offline · LLM Explorer</title><link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head><body><main><h1>You are offline</h1>
<p>${escape(url.pathname)} has not been opened on this device, so no copy of it is saved.
These pages are saved and open without a network:</p><ul>${links}</ul></main></body></html>`;
  return new Response(body, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

/** Scripts, styles, rank files and data files are content-hashed: a saved copy is always right. */
async function asset(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: a server may answer with `Vary: Origin`, and a module script's request carries
  // an Origin header the saving request did not; the file is the same either way.
  const saved = await cache.match(request, { ignoreVary: true });
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Anything else (open-data exports, icons): the network first, the saved copy offline. */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    return await fetch(request);
  } catch (error) {
    const saved = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
    if (saved) return saved;
    throw error;
  }
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('network timeout')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
