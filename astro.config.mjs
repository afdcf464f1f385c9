// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { publicOrigin } from './src/lib/site.ts';
import { offline } from './src/integrations/offline.ts';

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
    // ES-module workers can load the tokenizer's rank files as separate chunks, on demand.
    worker: { format: 'es' },
  },
});
