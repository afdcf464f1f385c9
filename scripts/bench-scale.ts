/**
 * `npm run bench:scale`: does the site hold up when the catalog is four times bigger? It copies
 * the project twice into a scratch folder (node_modules linked, not copied), builds the first
 * copy as it is and the second with content/ multiplied to 1,025 models (scripts/scale-content.ts),
 * timing both builds. It then serves each dist/ gzip-compressed, as a static host would, and
 * loads the heaviest pages in Chromium with the CPU slowed 4× (a mid-range phone), a fresh
 * context per load, reporting min–max over BENCH_RUNS loads:
 *  - bytes on load: every response body as the server sent it (gzipped) until the page's islands have hydrated and the network is idle;
 *    the tokenizer's rank files (*.bin, fetched by the counter's worker) are left out;
 *  - the same after every island has been scrolled into view (client:visible ones hydrate);
 *  - the longest main-thread task (the browser's long-task entries);
 *  - on `/`, from the key press of one character in the search box to the frame after the
 *    table shows the result.
 * It prints markdown tables with each budget and PASS or FAIL (the worst run decides), and
 * exits 0 either way: it measures, the tests judge. BENCH_MODELS changes the 1,025,
 * BENCH_PORT the port, KEEP_SCRATCH=1 keeps the scratch folder, BENCH_DEBUG=1 lists each response.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
// @playwright/test re-exports playwright-core's launcher; it is the direct dev dependency.
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { scaleModels, type SpecFile } from './scale-content';

const PORT = Number(process.env['BENCH_PORT'] ?? 4382);
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const TARGET = Number(process.env['BENCH_MODELS'] ?? 1025);
const origin = `http://localhost:${PORT}`;
const root = process.cwd();
const KB = 1024;
const DEBUG = process.env['BENCH_DEBUG'] === '1';

const PAGES = [
  { path: '/', budget: 1.5 * KB * KB },
  { path: '/models/gpt-4.1/', budget: 400 * KB },
  { path: '/compare/?models=gpt-4.1,claude-opus-4.7,gemini-2.5-pro', budget: 400 * KB },
  { path: '/compare/gpt-4.1-vs-gpt-4o/', budget: 400 * KB },
  { path: '/calculator/', budget: 400 * KB },
  { path: '/benchmarks/', budget: 400 * KB },
  { path: '/tokens/', budget: 400 * KB },
];
const TASK_BUDGET = 200;
const SEARCH_BUDGET = 100;
const BUILD_RATIO_BUDGET = 5;

// ---- clean-up, also on Ctrl-C ----
// BENCH_SCRATCH: measure the builds a run kept (KEEP_SCRATCH=1) again, without rebuilding.
const reuse = process.env['BENCH_SCRATCH'];
const scratch = reuse ? resolve(reuse) : mkdtempSync(join(tmpdir(), 'bench-scale-'));
let browser: Browser | undefined;
let server: Server | undefined;
let build: ChildProcess | undefined;
let stopping = false;
function cleanUp() {
  build?.kill('SIGTERM');
  server?.close();
  server?.closeAllConnections();
  if (process.env['KEEP_SCRATCH'] !== '1' && !reuse)
    rmSync(scratch, { recursive: true, force: true });
  else console.log(`scratch kept in ${scratch} (BENCH_SCRATCH=${scratch} measures it again)`);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopping = true;
    console.error(`\n${signal}: stopping`);
    // Chromium got the same Ctrl-C; closing it can hang, so wait for it 5 s at most.
    const closed = browser?.close().catch(() => {}) ?? Promise.resolve();
    void Promise.race([closed, new Promise((r) => setTimeout(r, 5000))]).finally(() => {
      cleanUp();
      process.exit(130);
    });
  });

// ---- scratch copies and builds ----
const skipped = new Set(['node_modules', 'dist', '.tools', '.git', '.astro', 'test-results']);
/** A copy of the project in `dest`; node_modules' entries linked one by one so caches stay apart. */
function copyProject(dest: string) {
  cpSync(root, dest, {
    recursive: true,
    filter: (src) => {
      const top = relative(root, src).split(sep)[0] ?? '';
      return !skipped.has(top) && top !== 'playwright-report';
    },
  });
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (!['.astro', '.vite', '.cache'].includes(name))
      symlinkSync(join(root, 'node_modules', name), join(dest, 'node_modules', name));
}

/** Runs `astro build` in `dir`; its wall time in seconds. Its output is shown only on failure. */
function timedBuild(dir: string): Promise<number> {
  const start = performance.now();
  let log = '';
  return new Promise((done, fail) => {
    build = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    build.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    build.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    build.on('exit', (code) => {
      build = undefined;
      if (code === 0) done((performance.now() - start) / 1000);
      else fail(new Error(`the build in ${dir} failed (exit ${code}):\n${log.slice(-4000)}`));
    });
  });
}

function yamlUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlUnder(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}
/** Every model spec of a content folder, paths relative to it (as scaleModels wants them). */
function modelFiles(content: string): SpecFile[] {
  return ['models', 'imported/models'].flatMap((d) =>
    yamlUnder(join(content, d)).map((f) => ({
      path: relative(content, f).split(sep).join('/'),
      text: readFileSync(f, 'utf8'),
    })),
  );
}

// ---- a static server: gzip for text, as any static host sends it ----
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};
/** What the server has sent since the last reset, rank files (*.bin) left out. */
const sent = { bytes: 0, raw: 0, list: [] as string[] };
function serve(dist: string): Promise<Server> {
  const gzipped = new Map<string, Buffer>();
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    let file = join(dist, normalize(path));
    if (!file.startsWith(dist)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(dist, '404.html');
    const type = types[extname(file)] ?? 'application/octet-stream';
    const body = readFileSync(file);
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    let out: Buffer = body;
    if (types[extname(file)] && /gzip/.test(String(req.headers['accept-encoding'] ?? ''))) {
      out = gzipped.get(file) ?? gzipSync(body, { level: 6 });
      gzipped.set(file, out);
      headers['Content-Encoding'] = 'gzip';
    }
    if (extname(file) !== '.bin') {
      sent.bytes += out.length;
      sent.raw += body.length;
      if (DEBUG) sent.list.push(`  ${out.length}\t${body.length}\t${path}`);
    }
    res.writeHead(found ? 200 : 404, headers).end(out);
    return undefined;
  });
  return new Promise((done) => s.listen(PORT, 'localhost', () => done(s)));
}

// ---- one page load ----
const PAGE_HELPERS = `
window.__long = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });`;

type Load = { bytes: number; raw: number; allBytes: number; task: number; search?: number };

/** Resolves once no request has been in flight for `quiet` ms. */
async function networkIdle(inFlight: () => number, quiet = 500, limit = 120_000) {
  const start = Date.now();
  let calmSince = Date.now();
  while (Date.now() - start < limit) {
    if (inFlight() > 0) calmSince = Date.now();
    else if (Date.now() - calmSince >= quiet) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the network never went idle');
}

/** True when every island matching `selector` has hydrated and read its link. */
const islandsReady = (page: Page, selector: string, timeout = 120_000) =>
  page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(sel)].every(
        (i) => !i.hasAttribute('ssr') && i.querySelector('[data-pending]') === null,
      ),
    selector,
    { timeout },
  );

async function loadPage(path: string, withSearch: boolean): Promise<Load> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    page.on('pageerror', (e) => console.error(`  page error on ${path}: ${e}`));
    await page.addInitScript(PAGE_HELPERS);
    // Requests in flight, for network idle; Playwright's events include the counter's worker,
    // which the page's own CDP network log does not see.
    const open = new Set<Request>();
    context.on('request', (r) => open.add(r));
    context.on('requestfailed', (r) => open.delete(r));
    context.on('requestfinished', (r) => open.delete(r));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    Object.assign(sent, { bytes: 0, raw: 0, list: [] });
    await page.goto(origin + path, { waitUntil: 'load', timeout: 180_000 });
    await islandsReady(page, 'astro-island[client="load"]');
    await networkIdle(() => open.size);
    const onLoad = { bytes: sent.bytes, raw: sent.raw };

    let search: number | undefined;
    if (withSearch) search = await searchTime(page);

    for (const island of await page.locator('astro-island').all())
      await island.scrollIntoViewIfNeeded();
    await islandsReady(page, 'astro-island');
    await networkIdle(() => open.size);
    const task = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __long: number[] }).__long),
    );
    if (DEBUG) console.log(`${path}\n${sent.list.join('\n')}`);
    return { ...onLoad, allBytes: sent.bytes, task, ...(search === undefined ? {} : { search }) };
  } finally {
    await context.close();
  }
}

/**
 * Types one character into the index search; ms from its keydown to the frame after the count
 * and the table's rows have changed (a rAF, then a message: the frame has been handed to paint).
 */
async function searchTime(page: Page): Promise<number> {
  const box = page.getByRole('searchbox', { name: 'Search models' });
  await box.focus();
  await page.evaluate(() => {
    const w = window as unknown as { __search: Promise<number> };
    const table = () => document.querySelector('[data-testid="model-table"]');
    const count = () => document.querySelector('[data-testid="index-count"]')?.textContent;
    if (!table() || count() === undefined) throw new Error('no model table or count on /');
    const before = count();
    let keydown = 0;
    window.addEventListener('keydown', (e) => (keydown = e.timeStamp), {
      capture: true,
      once: true,
    });
    w.__search = new Promise((done, fail) => {
      let rows = false;
      const obs = new MutationObserver((records) => {
        const t = table();
        rows ||= records.some((r) => t !== null && (t.contains(r.target) || r.target.contains(t)));
        if (!rows || count() === before) return;
        obs.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now() - keydown);
          channel.port2.postMessage(0);
        });
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => fail(new Error('the table did not change within 60 s of typing')), 60_000);
    });
  });
  await page.keyboard.type('g');
  return page.evaluate(() => (window as unknown as { __search: Promise<number> }).__search);
}

// ---- reporting ----
const size = (b: number) =>
  b >= KB * KB ? `${(b / KB / KB).toFixed(2)} MB` : `${Math.round(b / KB)} KB`;
const range = (xs: number[], f: (x: number) => string) => {
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  return f(lo) === f(hi) ? f(lo) : `${f(lo)}–${f(hi)}`;
};
const ms = (x: number) => `${Math.round(x)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : '**FAIL**');

type Result = { path: string; budget: number; loads: Load[]; error?: string };

async function measure(dist: string): Promise<Result[]> {
  server = await serve(dist);
  const results: Result[] = [];
  try {
    for (const { path, budget } of PAGES) {
      const loads: Load[] = [];
      let error: string | undefined;
      for (let i = 0; i < RUNS && !error; i++)
        try {
          loads.push(await loadPage(path, path === '/'));
        } catch (e) {
          if (stopping) throw e;
          error = (e as Error).message.split('\n')[0];
        }
      results.push({ path, budget, loads, ...(error ? { error } : {}) });
      process.stdout.write('.');
    }
  } finally {
    await new Promise((r) => {
      server?.close(r);
      server?.closeAllConnections();
    });
    server = undefined;
  }
  process.stdout.write('\n');
  return results;
}

function table(title: string, results: Result[]) {
  console.log(`\n### ${title}\n`);
  console.log(
    '| page | bytes on load | after every island shown | uncompressed on load | longest task | budget | result |',
  );
  console.log('|---|---:|---:|---:|---:|---|---|');
  for (const r of results) {
    if (r.loads.length === 0) {
      console.log(`| \`${r.path}\` | — | — | — | — | — | **FAIL** (${r.error}) |`);
      continue;
    }
    const b = r.loads.map((l) => l.bytes);
    const t = r.loads.map((l) => l.task);
    const over = [
      ...(Math.max(...b) > r.budget ? ['bytes'] : []),
      ...(Math.max(...t) > TASK_BUDGET ? ['long task'] : []),
      ...(r.error ? [`a load failed: ${r.error}`] : []),
    ];
    console.log(
      `| \`${r.path}\` | ${range(b, size)} | ${range(
        r.loads.map((l) => l.allBytes),
        size,
      )} | ${range(
        r.loads.map((l) => l.raw),
        size,
      )} | ${range(t, ms)} | ≤ ${size(r.budget)} on load, tasks ≤ ${TASK_BUDGET} ms | ${verdict(over.length === 0)}${
        over.length > 0 ? ` (${over.join('; ')})` : ''
      } |`,
    );
    const searches = r.loads.flatMap((l) => (l.search === undefined ? [] : [l.search]));
    if (searches.length > 0)
      console.log(
        `| \`${r.path}\` search: one character typed → table updated | | | | ${range(searches, ms)} | < ${SEARCH_BUDGET} ms | ${verdict(Math.max(...searches) < SEARCH_BUDGET)} |`,
      );
  }
}

// ---- main ----
try {
  const realDir = join(scratch, 'real');
  const scaledDir = join(scratch, 'scaled');
  let realTime: number | undefined;
  let scaledTime: number | undefined;
  if (!reuse) {
    copyProject(realDir);
    console.log(`building the site as it is in ${realDir} …`);
    realTime = await timedBuild(realDir);
    copyProject(scaledDir);
    const added = scaleModels(modelFiles(join(scaledDir, 'content')), TARGET);
    for (const f of added) {
      const file = join(scaledDir, 'content', f.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, f.text);
    }
    console.log(`building it with ${TARGET} models (${added.length} copies added) …`);
    scaledTime = await timedBuild(scaledDir);
  }
  const realModels = modelFiles(join(realDir, 'content')).length;
  const scaledModels = modelFiles(join(scaledDir, 'content')).length;

  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    handleSIGINT: false,
    handleSIGTERM: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  console.log(`loading ${PAGES.length} pages ${RUNS}× each, CPU slowed 4× …`);
  const real = await measure(resolve(realDir, 'dist'));
  const scaled = await measure(resolve(scaledDir, 'dist'));
  const version = browser.version();
  await browser.close();
  browser = undefined;

  console.log(
    `\n## Scale benchmark: ${realModels} models (the site today) and ${scaledModels} models\n`,
  );
  console.log(
    `Chromium ${version}, CPU slowed 4×, a fresh context (empty cache) per load, ${RUNS} loads per page, min–max; the worst load decides PASS/FAIL. Bytes are response bodies as sent (gzip; headers not counted) until islands hydrate and the network is idle, without the tokenizer's rank files; the service worker is blocked (its offline copy is saved after load). 1 KB = 1024 bytes. Load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${cpus().length} CPUs.\n`,
  );
  console.log('| build | models | time | budget | result |');
  console.log('|---|---:|---:|---|---|');
  if (realTime === undefined || scaledTime === undefined)
    console.log(`| (reused from ${scratch}, not timed) | ${realModels}, ${scaledModels} | | | |`);
  else {
    const ratio = scaledTime / realTime;
    console.log(`| today's content | ${realModels} | ${realTime.toFixed(1)} s | | |`);
    console.log(
      `| multiplied | ${scaledModels} | ${scaledTime.toFixed(1)} s (${ratio.toFixed(2)}× today's) | ≤ ${BUILD_RATIO_BUDGET}× today's | ${verdict(ratio <= BUILD_RATIO_BUDGET)} |`,
    );
  }
  table(`Pages, today's content (${realModels} models)`, real);
  table(`Pages, ${scaledModels} models`, scaled);
} catch (e) {
  if (stopping) await new Promise(() => {}); // the signal handler cleans up and exits
  await browser?.close();
  cleanUp();
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
cleanUp();
