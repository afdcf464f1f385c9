import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test runs with two guards: no console error or uncaught exception on
 * the page, and no request to any origin but the site's own (the privacy promise).
 */
export const test = base.extend<{ guards: void; allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  guards: [
    async ({ page, baseURL, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      const origin = new URL(baseURL ?? 'http://localhost:4321').origin;
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowedConsoleErrors.some((re) => re.test(m.text())))
          errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      });
      await use();
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until the islands matching `selector` (all when omitted) have hydrated (Astro removes
 * the `ssr` attribute once an island's component has taken over) and have read their link:
 * a view shows a `data-pending` placeholder until then.
 */
export async function hydrated(
  page: import('@playwright/test').Page,
  selector = 'astro-island',
): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(sel)].every(
        (i) => !i.hasAttribute('ssr') && i.querySelector('[data-pending]') === null,
      ),
    selector,
  );
}

/**
 * Long tables list their first rows and a "Show N more" button under them: presses it until
 * every row of the table with `testId` is listed, and returns how many rows that is.
 */
export async function showAllRows(page: import('@playwright/test').Page, testId: string) {
  const table = page.getByTestId(testId);
  // The button sits right after the table's scroll box.
  const more = page
    .locator(`div.table-scroll:has([data-testid="${testId}"]) + [data-testid="more-rows"] button`)
    .first();
  await expect(table).toBeVisible();
  while (await more.isVisible()) {
    const before = await table.locator('tbody tr').count();
    await more.click();
    await expect(table.locator('tbody tr')).not.toHaveCount(before);
  }
  return table.locator('tbody tr').count();
}

/** The number of models an index view matches: "Showing 42 of 257 models". */
export async function matchingCount(page: import('@playwright/test').Page) {
  const text = (await page.getByTestId('index-count').textContent()) ?? '';
  return Number(/Showing (\d+)/.exec(text)?.[1]);
}
