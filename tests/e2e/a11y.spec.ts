import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const pages = [
  '/',
  '/calculator/?models=gpt-4.1,o3&asof=2025-05-01',
  '/models/gpt-4.1/',
  '/models/gpt-oss-120b/',
  '/families/gpt-4.1/',
  '/compare/gpt-4.1-vs-gemini-2.5-pro-vs-claude-3.7-sonnet/',
  '/tokens/',
  '/benchmarks/',
  '/providers/openai/',
  '/sources/',
  '/404.html',
];

for (const scheme of ['light', 'dark'] as const)
  for (const path of pages)
    test(`${path} has no serious accessibility issue in ${scheme} mode`, async ({ page }) => {
      // axe walks every element: on the index's 257 rows that takes half a minute on a busy
      // machine. The limit is generous; this test checks accessibility, not speed.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
      expect(serious).toEqual([]);
    });
