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
