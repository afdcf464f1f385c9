import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

type ApiModel = {
  id: string;
  name: string;
  maker: string;
  limits: { contextWindow: { value?: number }[] };
};

// The suite serves dist/, so its model list is read from the same build.
const catalog = JSON.parse(readFileSync('dist/api/models.json', 'utf8')) as { models: ApiModel[] };
const GROUP = 50;
const groups = Array.from({ length: Math.ceil(catalog.models.length / GROUP) }, (_, i) =>
  catalog.models.slice(i * GROUP, (i + 1) * GROUP),
);
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();

test('the catalog lists the models the site was built with', async ({ request }) => {
  const served = (await (await request.get('/api/models.json')).json()) as { models: ApiModel[] };
  expect(served.models.map((m) => m.id)).toEqual(catalog.models.map((m) => m.id));
  expect(served.models.length).toBeGreaterThanOrEqual(22);
});

// Every model page as served (the pages are complete without JavaScript), in groups so a
// bigger catalog adds tests rather than stretching one.
for (const group of groups)
  test(`served model pages carry their name, key figures and sources: ${group[0]!.id} to ${group.at(-1)!.id}`, async ({
    request,
  }) => {
    for (const model of group) {
      const response = await request.get(`/models/${model.id}/`);
      expect(response.status(), model.id).toBe(200);
      const html = await response.text();
      expect(text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? ''), model.id).toBe(model.name);
      const context = model.limits.contextWindow[0]?.value;
      if (context !== undefined)
        expect(
          text(
            /data-figure="context"[\s\S]*?<span data-value>([^<]*)<\/span>/.exec(html)?.[1] ?? '',
          ),
          `${model.id} context`,
        ).toBe(context.toLocaleString('en-US'));
      expect(html, `${model.id} input price`).toContain('data-figure="input-price"');
      expect(html, `${model.id} cites sources`).toMatch(/<ol class="references"[^>]*>\s*<li/);
    }
  });

// In the browser, one model per maker: what the served page says is what a reader sees.
const perMaker = [...new Map(catalog.models.map((m) => [m.maker, m])).values()];
test(`model pages show their name, key figures and sources in the browser (${perMaker.length} makers)`, async ({
  page,
}) => {
  test.setTimeout(perMaker.length * 10_000);
  for (const model of perMaker) {
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

test('a model page leads with five well-known benchmarks and folds the rest, readable without a click-through', async ({
  page,
}) => {
  await page.goto('/models/gpt-4.1/');
  const first = page.getByTestId('benchmark-table');
  const benchmarks = async (table: typeof first) =>
    new Set(
      await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-benchmark'))),
    );
  const shown = await benchmarks(first);
  expect(shown.size).toBe(5);
  expect(shown.has('swe-bench-verified')).toBe(true);
  const more = page.getByTestId('more-benchmarks');
  const folded = await benchmarks(page.getByTestId('benchmark-table-more'));
  await expect(more.locator('summary')).toHaveText(`${folded.size} more benchmarks`);
  await expect(page.getByTestId('benchmark-table-more')).toBeHidden();
  await more.locator('summary').click();
  await expect(page.getByTestId('benchmark-table-more')).toBeVisible();
  // The Setting column is short; where a figure was read is in the numbered notes.
  for (const cell of await page.locator('table.benchmarks td.setting').allTextContents()) {
    expect(cell).not.toContain('http');
    expect(cell.replace(/note \d+/, '').trim().length, cell).toBeLessThanOrEqual(56);
  }
  const noteLink = first.locator('a.fn').first();
  const target = (await noteLink.getAttribute('href'))!;
  await expect(page.locator(target)).toContainText('Setting in full');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the benchmark table fits the screen: no column is cut off', async ({ page }) => {
    for (const id of ['gpt-4.1', 'claude-3.7-sonnet']) {
      await page.goto(`/models/${id}/`);
      const box = page.getByTestId('benchmark-table').locator('xpath=..');
      const fits = await box.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      expect(fits, `${id}'s benchmark table fits 390 px`).toBe(true);
    }
  });
});

test('each offering shows a request naming its API id, and Copy copies exactly that line', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/models/gpt-4.1/');
  const openai = page.locator('[data-offering="openai"]');
  const line = openai.locator('[data-snippet]');
  await expect(line).toContainText('curl https://api.openai.com/v1/chat/completions');
  await expect(line).toContainText('"model":"gpt-4.1"');
  await openai.getByRole('button', { name: 'Copy the OpenAI request' }).click();
  await expect(openai.getByRole('status')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await line.textContent());
  // Azure's URL names the reader's own resource: no guessed request.
  await expect(page.locator('[data-offering="azure"] [data-snippet]')).toHaveCount(0);
  await expect(page.locator('[data-offering="azure"]')).toContainText(
    'request format is not recorded',
  );
});

test('a page built before a shutdown date shows Retired once the reader’s day has passed it', async ({
  page,
  request,
}) => {
  type Lifecycle = { shutdown?: { state: string; value?: string }[]; status: { value?: string }[] };
  const data = (await (await request.get('/api/models.json')).json()) as {
    models: { id: string; lifecycle: Lifecycle }[];
  };
  const built = new Date().toISOString().slice(0, 10);
  // A deprecated model whose sources agree on a shutdown still to come.
  const model = data.models.find(
    (m) =>
      m.lifecycle.status[0]?.value === 'deprecated' &&
      (m.lifecycle.shutdown ?? []).length > 0 &&
      m.lifecycle.shutdown!.every((c) => c.state === 'known' && c.value! > built),
  );
  expect(model, 'a model with a future shutdown date').toBeDefined();
  const shutdown = model!.lifecycle
    .shutdown!.map((c) => c.value!)
    .sort()
    .at(-1)!;

  await page.goto(`/models/${model!.id}/`);
  await expect(page.getByTestId('status')).toHaveText('Deprecated');
  await expect(page.locator('[data-banner="retired"]')).toHaveCount(0);

  // The same page read the day after the shutdown, in the reader's own time zone.
  const later = new Date(`${shutdown}T12:00:00`);
  later.setDate(later.getDate() + 1);
  await page.clock.setFixedTime(later);
  await page.goto(`/models/${model!.id}/`);
  await expect(page.getByTestId('status')).toHaveText('Retired');
  await expect(page.locator('[data-banner="retired"]')).toContainText('Retired.');
  await expect(page.locator('[data-banner="scheduled"]')).toHaveCount(0);
});

test('a figure from an open data set leads to that file’s line under its data set on /sources/', async ({
  page,
}) => {
  await page.goto('/models/minimax-m2.7/');
  const link = page.locator('.references a[href^="/sources/#mdv-"]').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  // The file list is folded; opening a link to one of its lines unfolds it.
  const line = page.locator(`[id="${href.slice('/sources/#'.length)}"]`);
  await expect(line).toBeVisible();
  await expect(line.getByRole('link', { name: 'MiniMax-M2.7', exact: true })).toBeVisible();
  await expect(line.locator('xpath=ancestor::section')).toContainText('Data from models.dev');
});
