/**
 * `npm run size`: the weight of every built page, checked against the budgets in
 * size-budgets.json. For each HTML file in dist/ it measures the HTML itself and the
 * JavaScript the page loads without waiting for anything: its module scripts and islands
 * plus every module they import statically. Modules loaded later by `import()` (chart.js,
 * the tokenizer's rank files) and workers are not counted. Prints a table of every page and
 * exits non-zero when a page is over its budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix, relative, sep } from 'node:path';

/** One row of size-budgets.json: the first rule whose pattern matches a page applies. */
export type Budget = {
  /** A page path such as `/compare/`; `*` matches one path segment, `**` any number. */
  pages: string;
  /** Most HTML the page may have, in KB (1,024 bytes), uncompressed. */
  htmlKB: number;
  /** Most JavaScript the page may load on load, in KB, uncompressed. */
  jsKB: number;
};

export type PageSize = {
  page: string;
  html: number;
  htmlGzip: number;
  js: number;
  jsFiles: number;
};

/** `/models/gpt-4.1/` for dist/models/gpt-4.1/index.html, `/404.html` for dist/404.html. */
export function pagePath(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join(posix.sep);
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** True when a budget's pattern covers a page path. */
export function matches(pattern: string, page: string): boolean {
  const re = pattern
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${re}$`).test(page);
}

const SCRIPT_SRC = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const INLINE_MODULE = /<script\b[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/g;
const ISLAND_URL = /\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g;
const MODULEPRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
// Static imports and re-exports; `import(` (dynamic, loaded later) has no specifier after
// `import` directly and so does not match.
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => m[1] ?? '');

/** The same-origin module URLs a page starts loading by itself, before any interaction. */
export function entryModules(html: string): string[] {
  const urls = [...all(SCRIPT_SRC, html), ...all(ISLAND_URL, html), ...all(MODULEPRELOAD, html)];
  for (const inline of all(INLINE_MODULE, html)) urls.push(...all(STATIC_IMPORT, inline));
  return urls.filter((u) => u.startsWith('/') && !u.startsWith('//'));
}

/** Every module reached from `entries` by static imports, as site paths (`/_astro/x.js`). */
export function moduleClosure(entries: string[], read: (path: string) => string): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.pop() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    for (const spec of all(STATIC_IMPORT, read(url)))
      if (spec.startsWith('.') || spec.startsWith('/'))
        queue.push(new URL(spec, `http://site${url}`).pathname);
  }
  return seen;
}

/** Every HTML file below `dir`, in sorted order. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return htmlFiles(path);
      return name.endsWith('.html') ? [path] : [];
    });
}

/** Measures every page of a built site. */
export function measure(dist: string): PageSize[] {
  const cache = new Map<string, string>();
  const read = (url: string) => {
    let text = cache.get(url);
    if (text === undefined) {
      text = readFileSync(join(dist, decodeURIComponent(url)), 'utf8');
      cache.set(url, text);
    }
    return text;
  };
  return htmlFiles(dist).map((file) => {
    const html = readFileSync(file);
    const modules = moduleClosure(entryModules(html.toString('utf8')), read);
    let js = 0;
    for (const url of modules) js += Buffer.byteLength(read(url));
    return {
      page: pagePath(dist, file),
      html: html.length,
      htmlGzip: gzipSync(html).length,
      js,
      jsFiles: modules.size,
    };
  });
}

/** Pages over budget (or with none), each with a sentence saying by how much. */
export function overBudget(sizes: PageSize[], budgets: Budget[]): string[] {
  const problems: string[] = [];
  for (const size of sizes) {
    const budget = budgets.find((b) => matches(b.pages, size.page));
    if (!budget) {
      problems.push(`${size.page}: no budget in size-budgets.json covers this page`);
      continue;
    }
    if (size.html > budget.htmlKB * 1024)
      problems.push(`${size.page}: HTML is ${kb(size.html)}, over its ${budget.htmlKB} KB budget`);
    if (size.js > budget.jsKB * 1024)
      problems.push(
        `${size.page}: JavaScript on load is ${kb(size.js)}, over its ${budget.jsKB} KB budget`,
      );
  }
  return problems;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): void {
  const dist = process.argv[2] ?? 'dist';
  const config = JSON.parse(readFileSync('size-budgets.json', 'utf8')) as { budgets: Budget[] };
  const sizes = measure(dist);
  const rows = sizes.map((s) => {
    const budget = config.budgets.find((b) => matches(b.pages, s.page));
    return [
      s.page,
      kb(s.html),
      kb(s.htmlGzip),
      budget ? `${budget.htmlKB} KB` : '—',
      kb(s.js),
      String(s.jsFiles),
      budget ? `${budget.jsKB} KB` : '—',
    ];
  });
  const head = ['page', 'HTML', 'HTML gzip', 'HTML budget', 'JS on load', 'JS files', 'JS budget'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  const problems = overBudget(sizes, config.budgets);
  if (problems.length > 0) {
    console.error(`\n${problems.length} page(s) over budget:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log(`\n${sizes.length} pages within their budgets (size-budgets.json).`);
}

if (import.meta.main) main();
