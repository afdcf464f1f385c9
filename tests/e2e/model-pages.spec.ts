import { expect, test } from './fixtures';

type ApiModel = { id: string; name: string; limits: { contextWindow: { value?: number }[] } };

test('every model page shows its name, key figures and sources', async ({ page, request }) => {
  const data = (await (await request.get('/api/models.json')).json()) as { models: ApiModel[] };
  expect(data.models.length).toBeGreaterThanOrEqual(22);
  for (const model of data.models) {
    await page.goto(`/models/${model.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(model.name);
    const context = model.limits.contextWindow[0]?.value;
    if (context !== undefined)
      await expect(page.locator('[data-figure="context"] [data-value]')).toHaveText(
        context.toLocaleString('en-US'),
      );
    await expect(page.locator('[data-figure="input-price"]')).toBeVisible();
    expect(
      await page.locator('.references li').count(),
      `${model.id} cites sources`,
    ).toBeGreaterThan(0);
  }
});

test('GPT-4.1 shows both context windows, the provider’s own marked, and both offerings', async ({
  page,
}) => {
  await page.goto('/models/gpt-4.1/');
  const context = page.locator('[data-figure="context"]');
  await expect(context).toContainText('1,047,576');
  await expect(context).toContainText('1,048,576');
  await expect(context).toContainText('Sources disagree');
  await expect(context.locator('li', { hasText: '1,047,576' }).locator('.own')).toHaveText(
    'official',
  );
  await expect(context.locator('li', { hasText: '1,048,576' }).locator('.own')).toHaveCount(0);
  await expect(page.locator('[data-figure="max-output"]')).toContainText('16,384');
  await expect(page.locator('[data-offering="openai"]')).toContainText('$2.00');
  await expect(page.locator('[data-offering="azure"]')).toContainText('Unknown');
  const mmlu = page.locator('[data-testid="benchmark-table"] tr[data-benchmark="mmlu"]');
  await expect(mmlu).toHaveCount(2);
  await expect(mmlu.first()).toContainText('90.2%');
  await expect(mmlu.nth(1)).toContainText('85%');
});

test('a provider API id resolves to the model page', async ({ page }) => {
  await page.goto('/models/gpt-4.1-2025-04-14/');
  await expect(page).toHaveURL(/\/models\/gpt-4.1\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GPT-4.1');
});

test('retired models carry a banner', async ({ page }) => {
  await page.goto('/models/gpt-4.5/');
  await expect(page.getByTestId('status')).toHaveText('Retired');
  await expect(page.locator('.banner')).toContainText('Jul 14, 2025');
});

test('the GPT-4.1 family page compares base, mini and nano with sourced guidance', async ({
  page,
}) => {
  await page.goto('/families/gpt-4.1/');
  const header = page.locator('.family-table thead');
  await expect(header).toContainText('GPT-4.1');
  await expect(header).toContainText('GPT-4.1 mini');
  await expect(header).toContainText('GPT-4.1 nano');
  await expect(page.locator('.guidance')).toContainText('Real-time autocomplete');
});

test.describe('unknown pages', () => {
  // The browser logs the 404 response itself as a console error; that one is expected here.
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('get the 404 page', async ({ page }) => {
    const response = await page.goto('/models/not-a-model/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('a batch price the source does not list shows the rate the calculator bills, marked derived', async ({
  page,
}) => {
  await page.goto('/models/gpt-4.1/');
  const cached = page
    .locator('[data-offering="openai"] table.prices tr')
    .filter({ hasText: 'Cached input' });
  // Listed batch prices are half the standard ones, so the cache read's $0.50 becomes $0.25.
  await expect(cached).toContainText('$0.25 (derived)');
  await expect(
    page.locator('[data-offering="openai"] table.prices tr').filter({ hasText: /^Input/ }),
  ).not.toContainText('derived');
});
