import { defineConfig } from '@playwright/test';

// End-to-end tests run in Debian's Chromium (Playwright's own browser download cannot run
// here) against the production build served by `astro preview`, never the dev server.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const port = Number(process.env['PORT'] ?? 4321);
const baseURL = `http://localhost:${port}`;
// Playwright sets FORCE_COLOR=1 for its workers and web server, and Node warns when NO_COLOR
// (set by scripts/bootstrap.mjs for logs) is set as well. Its list reporter writes no colour
// codes to a pipe anyway.
delete process.env['NO_COLOR'];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // A stray test.only must not pass CI by running one test.
  forbidOnly: !!process.env['CI'],
  // Two browsers, one per core of the machines this runs on. No assertion here depends on how
  // fast the machine is (speed is measured by the benchmarks), so a busy core only slows a test.
  workers: 2,
  // A flaky test is fixed at its root, never retried into passing.
  retries: 0,
  reporter: [['list']],
  timeout: 120_000,
  // Waits are on real events; the limit is generous because a shared 2-core machine can be
  // several times slower than a quiet one. Speed is measured by the benchmarks, not here.
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    // The offline service worker saves every script on a first visit; only offline.spec.ts
    // lets it run, so the other tests see the page's own requests and nothing else.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // The preview script refuses a taken port (naming it) instead of moving to the next one.
    command: 'node scripts/preview.mjs',
    url: `${baseURL}/`,
    env: { PORT: String(port) },
    // Never test a server this run did not start, unless asked to (REUSE_SERVER=1).
    reuseExistingServer: process.env['REUSE_SERVER'] === '1',
    timeout: 60_000,
  },
});
