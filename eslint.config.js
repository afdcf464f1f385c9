// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // .astro files are checked by `astro check`; built output and caches are not ours to lint.
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.tools/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Plain-JavaScript scripts run in Node (the bootstrap must run on an old Node, so it is
    // not TypeScript). Only the Node globals they use, instead of a globals dependency.
    files: ['scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The service worker is plain JavaScript, filled in by the build; these are its globals.
    files: ['src/offline/sw.js'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'self',
          'caches',
          'fetch',
          'Request',
          'Response',
          'URL',
          'setTimeout',
          'clearTimeout',
          '__PRECACHE__',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    rules: {
      // Destructuring a field away to drop it is idiomatic; underscore marks it as deliberate.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
