// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { publicOrigin } from './src/lib/site.ts';
import { offline } from './src/integrations/offline.ts';
import { rankFiles } from './scripts/rank-files.ts';

// Canonical and link-preview URLs are absolute only when SITE names the public origin.
const site = publicOrigin(process.env['SITE']);

// A fully static site: every page is pre-rendered, islands hydrate in the browser.
export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  // offline(): after the build, the service worker that keeps the site usable offline.
  integrations: [preact(), offline()],
  // No third-party requests, ever: fonts and scripts are served from this origin only.
  devToolbar: { enabled: false },
  vite: {
    // The tokenizer's ranks ship as binary files that only its worker fetches, on demand.
    plugins: [rankFiles()],
    worker: { format: 'es', plugins: () => [rankFiles()] },
  },
});
