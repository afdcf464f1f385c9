import { get_encoding } from 'tiktoken';
import { expect, hydrated, test } from './fixtures';

const o200k = get_encoding('o200k_base');

test.use({
  serviceWorkers: 'allow',
  // Offline, a page never opened here is answered with a 503 "not saved" page, which Chromium
  // logs as a failed resource load.
  allowedConsoleErrors: [/status of 503/],
});

test('after one visit the main views open and work with the network gone', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // The worker saves the shell, every script and the rank files, then takes over the page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
  await page.goto('/models/gpt-4.1/'); // a model page is saved when it is opened
  await expect(page.locator('#offline-notice')).toBeHidden();

  await context.setOffline(true);

  await page.goto('/models/gpt-4.1/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('GPT-4.1');
  await expect(page.locator('#offline-notice')).toContainText('You are offline');

  await page.goto('/calculator/?models=gpt-4.1,o3&input=10000&output=1000');
  await hydrated(page);
  await expect(page.getByTestId('cost-gpt-4.1')).toContainText('$');

  await page.goto('/compare/?models=gpt-4.1,o3');
  await hydrated(page);
  await expect(page.getByTestId('compare-column')).toHaveCount(2);

  await page.goto('/tokens/');
  await hydrated(page);
  const text = 'Offline counting still uses the exact o200k_base ranks. 日本語 🙂';
  await page.getByLabel('Text to count').fill(text);
  await expect(page.getByTestId('token-count')).toHaveText(
    o200k.encode_ordinary(text).length.toLocaleString('en-US'),
  );

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#offline-notice')).toContainText('figures as of');

  const never = await page.goto('/providers/openai/');
  expect(never?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.getByRole('link', { name: '/tokens/' })).toBeVisible();
});

test('one saved copy per build, named by the build the pages carry', async ({ page }) => {
  await page.goto('/tokens/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
  const build = await page.locator('meta[name="build-id"]').getAttribute('content');
  expect(build).toMatch(/^[0-9a-f]{16}$/);
  expect(await page.evaluate(() => caches.keys())).toEqual([`llm-explorer-${build}`]);
});
