// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { publicOrigin } from './src/lib/site.ts';

// Canonical and link-preview URLs are absolute only when SITE names the public origin.
const site = publicOrigin(process.env['SITE']);

// A fully static site: every page is pre-rendered, islands hydrate in the browser.
export default defineConfig({
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  integrations: [preact()],
  // No third-party requests, ever: fonts and scripts are served from this origin only.
  devToolbar: { enabled: false },
  vite: {
    // ES-module workers can load the tokenizer's rank files as separate chunks, on demand.
    worker: { format: 'es' },
  },
});
