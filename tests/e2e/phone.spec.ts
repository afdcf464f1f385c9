import { expect, hydrated, test } from './fixtures';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const pages = [
  '/',
  '/tokens/',
  '/calculator/?models=gpt-4.1,o3',
  '/compare/?models=gpt-4.1,o3,gpt-4o',
  '/compare/gpt-4.1-vs-gemini-2.5-pro-vs-claude-3.7-sonnet/',
  '/benchmarks/',
  '/models/gpt-4.1/',
  '/families/gpt-4.1/',
  '/providers/openai/',
  '/sources/',
];

for (const scheme of ['light', 'dark'] as const)
  test(`at 390 px no page is wider than the screen (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      // Islands that render on load; those that wait until scrolled into view stay as served.
      if ((await page.locator('astro-island[client="load"]').count()) > 0)
        await hydrated(page, 'astro-island[client="load"]');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
  });

test('on a phone the index shows model, prices and context in the first screen', async ({
  page,
}) => {
  await page.goto('/');
  await hydrated(page);
  const header = await page.locator('.site-header').boundingBox();
  expect(header?.height ?? 999).toBeLessThan(64);
  const row = page.locator('[data-testid="model-table"] tbody tr').first();
  for (const cell of [
    row.locator('th'),
    row.locator('td.num').nth(0),
    row.locator('td.num').nth(1),
    row.locator('td.num').nth(2),
  ]) {
    const box = await cell.boundingBox();
    expect(box, 'cell rendered').not.toBeNull();
    expect((box?.x ?? 999) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
  }
  // The filters fold into one control; opening it shows them.
  await expect(page.getByRole('checkbox', { name: 'Anthropic' })).toBeHidden();
  await page.getByText('Filters', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Anthropic' })).toBeVisible();
});

test('a table wider than a phone says it scrolls and takes keyboard focus', async ({ page }) => {
  await page.goto('/compare/?models=gpt-4.1,o3,gpt-4o');
  await hydrated(page);
  const box = page.locator('.table-scroll.overflowing').first();
  await expect(box).toHaveAttribute('tabindex', '0');
  await expect(box).toHaveAttribute('aria-label', /scrolls sideways/);
  // Two models fit beside the row labels, which stay put while the table scrolls.
  const columns = page.getByTestId('compare-column');
  expect(((await columns.nth(1).boundingBox())?.x ?? 999) + 40).toBeLessThan(390);
  const label = page.locator('.compare-table th[scope="row"]').first();
  const before = await label.boundingBox();
  await box.evaluate((el) => el.scrollBy({ left: 200 }));
  await expect.poll(async () => (await label.boundingBox())?.x).toBe(before?.x);
});
