import { expect, hydrated, showAllRows, test } from './fixtures';

const cost = (page: import('@playwright/test').Page, id: string) => page.getByTestId(`cost-${id}`);

test('the contract URL prices each model per request', async ({ page }) => {
  await page.goto(
    '/calculator/?models=gpt-4.1,gpt-4o,claude-3.7-sonnet&input=12000&output=800&cached=0.25&requests=30000',
  );
  // GPT-4.1: 9,000 × $2 + 3,000 × $0.50 + 800 × $8 per 1M = $0.0259
  await expect(cost(page, 'gpt-4.1')).toHaveText('$0.0259');
  // GPT-4o: 9,000 × $2.50 + 3,000 × $1.25 + 800 × $10 per 1M = $0.03425, shown to three
  // significant digits with the exact amount on hover.
  await expect(cost(page, 'gpt-4o')).toHaveText('$0.0343');
  await expect(cost(page, 'gpt-4o').locator('span')).toHaveAttribute('title', 'Exactly $0.03425');
  await expect(page.locator('[data-testid="cost-table"] tbody tr')).toHaveCount(3);
});

test('batch halves the price; a model without batch prices says so', async ({ page }) => {
  await page.goto('/calculator/?models=gpt-4.1,gpt-5.1-codex&input=10000&output=1000&batch=1');
  await hydrated(page);
  await expect(cost(page, 'gpt-4.1')).toHaveText('$0.014');
  await expect(cost(page, 'gpt-5.1-codex')).toHaveText('No price');
});

test('a workload set by hand reproduces exactly from its copied link', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/calculator/');
  await hydrated(page);
  await page.getByLabel('Input tokens per request').fill('250000');
  await page.getByLabel('Output tokens per request').fill('2000');
  await page.getByLabel('Cached share of input (%)').fill('40');
  await page.getByLabel('Batch API').check();
  await page.getByLabel('Requests per month').fill('1200');
  await expect(page.getByTestId('cost-table')).toHaveAttribute('aria-busy', 'false');
  await expect(page).toHaveURL(/input=250000/);
  const before = await page.locator('[data-testid="cost-table"] tbody').innerText();
  await page.getByRole('button', { name: 'Copy link to this view' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('batch=1');
  // The link carries the date of the prices, so it shows these numbers even after prices change.
  expect(link).toMatch(/asof=\d{4}-\d{2}-\d{2}/);

  const colleague = await context.newPage();
  await colleague.goto(link);
  await hydrated(colleague);
  await expect(colleague.getByLabel('Input tokens per request')).toHaveValue('250000');
  expect(await colleague.locator('[data-testid="cost-table"] tbody').innerText()).toBe(before);
});

test('an old asof date reproduces that day’s prices and says they changed since', async ({
  page,
}) => {
  await page.goto('/calculator/?models=o3&input=10000&output=1000&asof=2025-05-01');
  await hydrated(page);
  await expect(cost(page, 'o3')).toHaveText('$0.14');
  await expect(page.getByTestId('asof-note')).toContainText(
    'Prices have changed since for: OpenAI o3',
  );
  await page.goto('/calculator/?models=o3&input=10000&output=1000');
  await hydrated(page);
  await expect(cost(page, 'o3')).toHaveText('$0.028');
});

test('images are priced by the documented formula, and only where one exists', async ({ page }) => {
  await page.goto(
    '/calculator/?models=gpt-4o,gpt-4.1-mini,claude-3.7-sonnet&input=1000&output=0&images=2&size=1024x1024',
  );
  await hydrated(page);
  // GPT-4o: (1,000 + 2 × 765) × $2.50 per 1M
  await expect(page.getByTestId('cost-gpt-4o')).toHaveText('$0.00633');
  // GPT-4.1 mini: (1,000 + 2 × round(1,024 × 1.62)) × $0.40 per 1M
  await expect(page.getByTestId('cost-gpt-4.1-mini')).toHaveText('$0.00173');
  await expect(page.getByTestId('cost-claude-3.7-sonnet')).toHaveText('No price');
});

test('the cost at three monthly scales', async ({ page }) => {
  await page.goto('/calculator/?models=gpt-4.1,gpt-4o,gpt-5.4');
  await hydrated(page);
  const row = page.locator('[data-testid="scale-table"] tr[data-model="gpt-4.1"]');
  await expect(row).toContainText('$3.20');
  await expect(row).toContainText('$32.00');
  await expect(row).toContainText('$1,600');
  await expect(row).toContainText('$32,000');
});

test('back and forward restore earlier workloads', async ({ page }) => {
  await page.goto('/calculator/?models=gpt-4.1&input=1000&output=100');
  await hydrated(page);
  await page.goto('/calculator/?models=gpt-4.1&input=2000&output=100');
  await page.goBack();
  await expect(page.getByLabel('Input tokens per request')).toHaveValue('1000');
  await page.goForward();
  await expect(page.getByLabel('Input tokens per request')).toHaveValue('2000');
});

test('the model page’s compact calculator prices each offering', async ({ page }) => {
  await page.goto('/models/gpt-4.1/');
  await hydrated(page, 'astro-island:has(.model-cost)');
  await page.getByLabel('Input tokens per request').fill('10000');
  await page.getByLabel('Output tokens per request').fill('1000');
  await expect(page.getByTestId('model-cost-openai')).toHaveText('$0.028');
  await expect(page.getByTestId('model-cost-azure')).toContainText('No price');
});

const hostile = [
  'input=NaN',
  'input=-1',
  'input=1e309',
  'input=Infinity',
  'input=0x10',
  'input=1,000',
  'input=%00',
  'input=',
  'output=abc',
  'output=-0',
  'cached=2',
  'cached=-0.1',
  'cached=NaN',
  'cached=1e-400',
  'batch=yes',
  'batch=<b>1</b>',
  'requests=-5',
  'requests=1e13',
  'requests=3.7',
  'asof=2025-13-01',
  'asof=yesterday',
  'asof=2999-01-01',
  'asof=%3Cscript%3Ealert(1)%3C/script%3E',
  'models=nope',
  'models=',
  'models=,,,',
  'models=gpt-4.1,%3Cimg%20src=x%20onerror=alert(1)%3E',
  `models=${'a,'.repeat(3000)}`,
  `input=${'9'.repeat(10000)}`,
  'input=1&input=2',
  'ttl=2h',
  'mix=150',
  'mix=-3',
  'write=5',
  'reasoning=-3',
  'input=%F0%9F%98%80',
  'models=%E2%80%AEgpt-4.1',
  'models=__proto__',
  'models=constructor',
  'input=javascript:alert(1)',
  'models=gpt-4.1%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
  'asof=0000-00-00',
  'cached=0.5&write=0.9',
  'requests=%20',
  'input=1%0A2',
  'output=%2B5',
  'models=GPT-4.1',
  'models=gpt-4.1-2025-04-14',
  '%ZZ=1',
  'images=-1',
  'size=0x0',
  'size=99999999x1',
  'detail=ultra',
  'input=%',
  'models=' + encodeURIComponent('"><svg onload=alert(1)>'),
];

test('the hostile list covers at least 50 URLs', () => {
  expect(hostile.length).toBeGreaterThanOrEqual(50);
});

// In groups of 11, so a slow page load delays one group, not the whole list.
const HOSTILE_GROUP = 11;
for (let i = 0; i < hostile.length; i += HOSTILE_GROUP) {
  const group = hostile.slice(i, i + HOSTILE_GROUP);
  test(`hostile calculator URLs ${i + 1} to ${i + group.length}: no error, no dialog, a working page`, async ({
    page,
  }) => {
    // Each URL is a full page load that ranks every model: a generous limit per page.
    test.setTimeout(group.length * 15_000);
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    const injected = 'img[src="x"], svg[onload], [onerror], [onload]';
    await page.goto('/calculator/');
    const scripts = await page.locator('script').count();
    for (const query of group) {
      await page.goto(`/calculator/?${query}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cost calculator');
      await expect(page.locator('[data-testid="cost-table"] tbody tr').first()).toBeVisible();
      expect(await page.locator(injected).count(), query).toBe(0);
      expect(await page.locator('script').count(), query).toBe(scripts);
    }
    expect(dialogs).toBe(0);
  });
}

test('a calculator link opens on its own workload from the first paint, titled by its models', async ({
  page,
  request,
}) => {
  const link = '/calculator/?models=o3,gpt-4.1&input=10000&output=1000';
  const served = await (await request.get(link)).text();
  expect(served).not.toContain('data-testid="cost-table"');
  expect(served).toContain('Pricing the workload this link describes');
  await page.goto(link);
  await hydrated(page);
  await expect(page).toHaveTitle(/^Cost of (GPT-4.1, OpenAI o3|OpenAI o3, GPT-4.1) · /);
  await expect(page.getByTestId('cost-o3')).toBeVisible();
  await expect(page.getByTestId('cost-gpt-4o')).toHaveCount(0);
});

test('retired models are hidden from the full list until asked for, and the choice is in the link', async ({
  page,
}) => {
  await page.goto('/calculator/');
  await hydrated(page);
  const toggle = page.getByLabel('Show retired models');
  await expect(toggle).not.toBeChecked();
  await expect(page.getByTestId('retired-toggle')).toContainText(/\d+ hidden/);
  await showAllRows(page, 'cost-table');
  await expect(cost(page, 'gpt-4.5')).toHaveCount(0);
  await expect(cost(page, 'gpt-4.1')).toContainText('$');
  await toggle.check();
  await expect(page).toHaveURL(/retired=1/);
  await showAllRows(page, 'cost-table');
  await expect(cost(page, 'gpt-4.5')).toHaveCount(1);
  // A link that names a retired model shows it, whatever the toggle.
  await page.goto('/calculator/?models=gpt-4.5,gpt-4.1');
  await hydrated(page);
  await expect(cost(page, 'gpt-4.5')).toHaveCount(1);
});

test.describe('when the price table cannot be fetched', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  test('the calculator says so instead of showing an empty ranking', async ({ page }) => {
    await page.route('**/data/**', (route) => route.abort());
    await page.goto('/calculator/?models=gpt-4.1');
    await expect(page.getByTestId('data-failed')).toContainText('could not be loaded');
    await expect(page.getByTestId('cost-table')).toHaveCount(0);
  });
});

test('the workload and its monthly total stay in view while the ranking scrolls, and follow an edit', async ({
  page,
}) => {
  await page.goto('/calculator/?models=gpt-4.1,gpt-4o&input=12000&output=800&requests=30000');
  const summary = page.getByTestId('workload-summary');
  // GPT-4.1: 12,000 × $2 + 800 × $8 per 1M = $0.0304 a request, × 30,000 = $912 a month.
  await expect(summary).toHaveText(
    '12K in · 800 out · 30,000 requests a month · cheapest that fits, GPT-4.1: $912/mo',
  );
  await page.locator('#scale').scrollIntoViewIfNeeded();
  await expect(summary).toBeInViewport();
  await page.getByLabel('Input tokens per request').fill('24000');
  // 24,000 × $2 + 800 × $8 = $0.0544 a request, × 30,000 = $1,632, to three digits.
  await expect(summary).toContainText('24K in');
  await expect(summary).toContainText('GPT-4.1: $1,630/mo');
});
