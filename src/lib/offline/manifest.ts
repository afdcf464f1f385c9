/**
 * What the service worker saves for offline use, decided from the list of built files. Pure,
 * so the rules are tested without a build. The worker itself is src/offline/sw.js; the build
 * integration (src/integrations/offline.ts) fills in the list and the build id.
 */
import { createHash } from 'node:crypto';

/** One built file: its site path (`/_astro/x.js`, `/tokens/`) and a hash of its bytes. */
export type BuiltFile = { path: string; hash: string };

/**
 * The pages that open offline after a first visit, whichever page that visit was to. Model
 * pages are saved as they are opened (there are hundreds), not all up front.
 */
export const SHELL_PAGES = [
  '/',
  '/tokens/',
  '/calculator/',
  '/compare/',
  '/benchmarks/',
  '/404.html',
];

/** `/models/gpt-4.1/` for `models/gpt-4.1/index.html`; other files keep their path. */
export function sitePath(file: string): string {
  const path = `/${file.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Content-hashed files: a saved copy of one is always right, so the worker serves it from
 * the cache first. /_astro/ holds scripts, styles, workers and rank files; /data/ the model
 * data the views fetch (index, pricing table, chart data, one file per model).
 */
export const isHashedAsset = (path: string): boolean =>
  path.startsWith('/_astro/') || (path.startsWith('/data/') && path.endsWith('.json'));

/**
 * Rank files saved up front: OpenAI's two encodings count the counter's default and every
 * estimate. The open models' (Llama 3, Qwen 3, DeepSeek V3: about 1 MB each) are saved the
 * first time they are used, so a first visit does not download 3 MB it may never need.
 */
const PRECACHED_RANKS = /\/(o200k_base|cl100k_base)-[^/]*\.bin$/;

/**
 * Files saved when the service worker installs: the shell pages, every content-hashed file
 * (scripts, styles, workers, OpenAI's rank files and the model data, so a comparison of any
 * models opens offline), and the icons.
 */
export function precacheList(paths: string[]): string[] {
  const wanted = new Set(SHELL_PAGES);
  return paths
    .filter(
      (p) =>
        wanted.has(p) ||
        (isHashedAsset(p) && (!p.endsWith('.bin') || PRECACHED_RANKS.test(p))) ||
        p === '/favicon.svg' ||
        p === '/favicon.ico',
    )
    .sort();
}

/**
 * One id for one build, from every file's path and bytes: a new build with any change gets a
 * new id, so its service worker replaces the saved copy as a whole; the same build, the same id.
 */
export function buildId(files: BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
    hash.update(`${f.path}\0${f.hash}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** The marker every page carries, so the worker saves only pages of its own build. */
export const buildMeta = (id: string) => `<meta name="build-id" content="${id}">`;

/** A page's HTML with the build marker added to its head (once). */
export function withBuildMeta(html: string, id: string): string {
  if (html.includes('<meta name="build-id"')) return html;
  return html.replace(/<head>/i, (head) => `${head}${buildMeta(id)}`);
}
