// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// A fully static site: every page is pre-rendered, islands hydrate in the browser.
export default defineConfig({
  site: 'https://llm-explorer.example',
  trailingSlash: 'always',
  integrations: [preact()],
  // No third-party requests, ever: fonts and scripts are served from this origin only.
  devToolbar: { enabled: false },
  vite: {
    // ES-module workers can load the tokenizer's rank files as separate chunks, on demand.
    worker: { format: 'es' },
  },
});
