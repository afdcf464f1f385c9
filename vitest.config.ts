import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Engine, view and tool tests: factory data only, so a routine price update breaks none.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Facts of the live content (this model costs this much, that one retired then):
        // these change when content/ does, and say which file to re-check.
        test: { name: 'content-facts', include: ['tests/content-facts/**/*.test.ts'] },
      },
    ],
  },
});
