import { defineConfig } from '@playwright/test';

// End-to-end tests run in Debian's Chromium (Playwright's own browser download cannot run
// here) against the production build served by `astro preview`, never the dev server.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // One browser at a time: the responsiveness test measures main-thread tasks, which a second
  // browser competing for this machine's two cores would stretch.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: 'http://localhost:4321',
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
    command: 'ASTRO_TELEMETRY_DISABLED=1 npx astro preview --port 4321 --host localhost',
    url: 'http://localhost:4321/',
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
