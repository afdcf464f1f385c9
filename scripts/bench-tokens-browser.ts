/**
 * `npm run bench:tokens:browser`: the token counter in real Chromium against gpt-tokenizer
 * and ai-tokenizer counting the same text in the same kind of page. It builds dist/ when
 * missing, serves it (and the peers, bundled from node_modules) from one origin on a port of
 * its own, and prints, with min–max over several fresh pages:
 *  1. first count on a fresh /tokens/: click the box, paste 13 KB 300 ms later, exact count
 *     shown; the peers load their o200k bundle cold at the paste and count;
 *  2. a 4 MB paste (Ctrl+V from the real clipboard), ranks loaded; the peers count in the page;
 *  3. the same text by other routes (dropped on the box; autofill: value set, input fired).
 * The longest main-thread task is read from the browser's long-task entries. Ratios are the
 * peer's time ÷ the site's, taken within each page, so a busy machine moves both sides.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
// @playwright/test re-exports playwright-core's launcher; it is the direct dev dependency.
import { chromium, type Browser, type Page } from '@playwright/test';
import { get_encoding } from 'tiktoken';
import { buildCorpus } from './bench-corpus';

const PORT = Number(process.env['BENCH_PORT'] ?? 4381);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const origin = `http://localhost:${PORT}`;
const peersDir = 'node_modules/.cache/bench/peers';
const peers = ['gpt-tokenizer', 'ai-tokenizer'] as const;

if (!existsSync('dist/tokens/index.html') || process.env['BENCH_BUILD'] === '1')
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
// Each peer as one ES module exporting count(text), loaded by the page from this origin.
mkdirSync(peersDir, { recursive: true });
const entries: Record<(typeof peers)[number], string> = {
  'gpt-tokenizer': `import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
export const count = (t) => countTokens(t, { disallowedSpecial: new Set() });`,
  'ai-tokenizer': `import { Tokenizer } from 'ai-tokenizer';
import * as o200k from 'ai-tokenizer/encoding/o200k_base';
const tokenizer = new Tokenizer(o200k);
export const count = (t) => tokenizer.count(t);`,
};
for (const peer of peers)
  execFileSync(
    'node_modules/.bin/esbuild',
    [
      '--bundle',
      '--format=esm',
      '--minify',
      `--outfile=${peersDir}/${peer}.js`,
      '--log-level=warning',
    ],
    { input: entries[peer], stdio: ['pipe', 'inherit', 'inherit'] },
  );

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
  if (path === '/__bench/blank/')
    return res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end('<!doctype html><title>peer</title>');
  const file = path.startsWith('/__bench/')
    ? join(peersDir, normalize(path.slice('/__bench/'.length)))
    : join('dist', normalize(path), path.endsWith('/') ? 'index.html' : '');
  if (!file.startsWith(peersDir) && !file.startsWith('dist')) return res.writeHead(403).end();
  if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  return res.end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(PORT, 'localhost', resolve));

const corpus = buildCorpus(process.cwd());
// Line ends as LF only: a textarea's value turns CR LF into LF, so every route counts one text.
const lf = (t: string) => t.replace(/\r\n?/g, '\n');
const huge = lf(corpus.map((c) => c.text).join('\n')).slice(0, 4_000_000);
const small = lf(corpus[0]?.text ?? '').slice(0, 13_000);
const o200k = get_encoding('o200k_base');
const exact = (t: string) => o200k.encode_ordinary(t).length;
const [smallTokens, hugeTokens] = [exact(small), exact(huge)];
o200k.free();

// In the page: long tasks recorded from the start; waitCount resolves when the count shows.
const PAGE_HELPERS = `
window.__long = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });
window.__waitCount = (expected) => new Promise((resolve) => {
  const check = () => {
    const el = document.querySelector('[data-testid="token-count"]');
    if (el && el.textContent.replace(/\\D/g, '') === String(expected)) { obs.disconnect(); resolve(performance.now()); }
  };
  const obs = new MutationObserver(check);
  obs.observe(document.body, { subtree: true, childList: true, characterData: true });
  check();
});
window.__peer = async (name, text) => {
  const t0 = performance.now();
  const m = await import('/__bench/' + name + '.js');
  const n = m.count(text);
  return { ms: performance.now() - t0, n };
};`;

const browser: Browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/** A fresh page (empty cache) on the counter, hydrated; or a blank one for a peer. */
async function freshPage(blank = false): Promise<Page> {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:'))
      throw new Error(`request to another origin: ${r.url()}`);
  });
  page.on('crash', () => console.error('page crashed'));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => console.error(`page error: ${e}`));
  await page.addInitScript(PAGE_HELPERS);
  if (blank) {
    await page.goto(`${origin}/__bench/blank/`);
    return page;
  }
  await page.goto(`${origin}/tokens/`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')),
  );
  return page;
}

/** Longest main-thread task since `from` (page time), in ms; 0 when none passed 50 ms. */
const longest = (page: Page, from: number) =>
  page.evaluate(
    (f) =>
      Math.max(
        0,
        ...(window as unknown as { __long: [number, number][] }).__long
          .filter(([start, d]) => start + d >= f)
          .map(([, d]) => d),
      ),
    from,
  );

/** Puts text on the real clipboard, then presses Ctrl+V in the box; the paste's page time. */
async function clipboardPaste(page: Page, text: string): Promise<number> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.evaluate(() => {
    window.addEventListener(
      'paste',
      () => ((window as unknown as { __t0: number }).__t0 = performance.now()),
      { capture: true, once: true },
    );
  });
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => (window as unknown as { __t0?: number }).__t0 !== undefined);
  return page.evaluate(() => (window as unknown as { __t0: number }).__t0);
}

type Sample = { site: number; task: number; peers: number[] };
const waitCount = (page: Page, n: number) =>
  page.evaluate(
    (e) => (window as unknown as { __waitCount: (n: number) => Promise<number> }).__waitCount(e),
    n,
  );
const peerCount = async (page: Page, peer: string, text: string, expected: number) => {
  const r = await page.evaluate(
    ([p, t]) =>
      (
        window as unknown as {
          __peer: (p: string, t: string) => Promise<{ ms: number; n: number }>;
        }
      ).__peer(p, t),
    [peer, text] as const,
  );
  if (r.n !== expected) throw new Error(`${peer} counted ${r.n}, tiktoken ${expected}`);
  return r.ms;
};

/** Case 1: the site's first count on a fresh page; each peer loaded cold in a fresh page. */
async function firstCount(): Promise<Sample> {
  const page = await freshPage();
  await page.getByLabel('Text to count').click();
  await page.waitForTimeout(300);
  const t0 = await clipboardPaste(page, small);
  const t1 = await waitCount(page, smallTokens);
  const task = await longest(page, t0);
  await page.context().close();
  const times: number[] = [];
  for (const peer of peers) {
    const p = await freshPage(true);
    await p.waitForTimeout(300);
    times.push(await peerCount(p, peer, small, smallTokens));
    await p.context().close();
  }
  return { site: t1 - t0, task, peers: times };
}

/** Cases 2 and 3: 4 MB arriving by `route` with the ranks loaded; the peers warm, same page. */
async function bigText(route: 'paste' | 'drop' | 'autofill'): Promise<Sample> {
  const page = await freshPage();
  const box = page.getByLabel('Text to count');
  await box.fill('warm up');
  await waitCount(page, 2);
  await box.fill('');
  await page.evaluate((t) => ((window as unknown as { __big: string }).__big = t), huge);
  // A first small count in each worker loads its ranks; the big text then finds them ready.
  await page.waitForTimeout(1000);
  let t0: number;
  if (route === 'paste') {
    await box.focus();
    t0 = await clipboardPaste(page, huge);
  } else
    t0 = await box.evaluate((el: HTMLTextAreaElement, how) => {
      const t = (window as unknown as { __big: string }).__big;
      const start = performance.now();
      if (how === 'autofill') {
        el.value = t;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        el.dispatchEvent(
          new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      }
      return start;
    }, route);
  const t1 = await waitCount(page, hugeTokens);
  const task = await longest(page, t0);
  const times: number[] = [];
  for (const peer of peers) {
    await peerCount(page, peer, 'warm up', 2); // loaded before, as the site's ranks were
    times.push(await peerCount(page, peer, huge, hugeTokens));
  }
  await page.context().close();
  return { site: t1 - t0, task, peers: times };
}

const spread = (xs: number[], d = 0) =>
  `${Math.min(...xs).toFixed(d)}–${Math.max(...xs).toFixed(d)}`;
const cases: [string, () => Promise<Sample>][] = [
  [
    `1. first count, fresh page, paste 13 KB (${smallTokens} tokens) 300 ms after a click`,
    firstCount,
  ],
  [
    `2. Ctrl+V of 4 MB (${hugeTokens.toLocaleString('en-US')} tokens), ranks loaded`,
    () => bigText('paste'),
  ],
  ['3a. the same 4 MB dropped on the box', () => bigText('drop')],
  ['3b. the same 4 MB by autofill (value set, input fired)', () => bigText('autofill')],
];
const version = browser.version();
console.log(`Chromium ${version}; ${RUNS} fresh pages per case; ms, min–max\n`);
console.log(
  '| case | this site | longest task | gpt-tokenizer | × gpt-tokenizer (peer ÷ site) | ai-tokenizer | × ai-tokenizer |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, run] of cases.filter(
  ([n]) =>
    !process.env['BENCH_CASES'] ||
    process.env['BENCH_CASES'].split(',').some((c) => n.startsWith(c)),
)) {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await run());
  const site = samples.map((s) => s.site);
  const col = (k: number) => samples.map((s) => s.peers[k] as number);
  const ratio = (k: number) => samples.map((s) => (s.peers[k] as number) / s.site);
  console.log(
    `| ${name} | ${spread(site)} | ${spread(samples.map((s) => s.task))} | ${spread(col(0))} | ${spread(ratio(0), 2)} | ${spread(col(1))} | ${spread(ratio(1), 2)} |`,
  );
}
console.log(
  '\nPeers run on the main thread (their own long task); in case 1 they load their o200k module cold at the paste.',
);
await browser.close();
server.close();
