import { expect, hydrated, matchingCount, showAllRows, test } from './fixtures';

const names = (page: import('@playwright/test').Page) =>
  page.locator('[data-testid="model-table"] tbody tr th a').allTextContents();

/** The headline input price of each listed row, in order; undefined where none is known. */
const inputPrices = (page: import('@playwright/test').Page) =>
  page.locator('[data-testid="model-table"] tbody tr').evaluateAll((rows) =>
    rows.map((r) => {
      const text = r.querySelectorAll('td.num')[0]?.textContent ?? '';
      const m = /\$([\d,.]+)/.exec(text);
      return m ? Number((m[1] ?? '').replaceAll(',', '')) : undefined;
    }),
  );

/** True when the known prices are in order and every unknown one comes after them. */
const ordered = (prices: (number | undefined)[], dir: 'asc' | 'desc') => {
  const known = prices.filter((p): p is number => p !== undefined);
  const lastKnown = prices.map((p) => p !== undefined).lastIndexOf(true);
  const unknownsLast = prices.slice(0, lastKnown + 1).every((p) => p !== undefined);
  const sorted = known.every(
    (p, i) => i === 0 || (dir === 'asc' ? known[i - 1]! <= p : known[i - 1]! >= p),
  );
  return unknownsLast && sorted && known.length > 10;
};

test('lists every model, sorts by price, and keeps the sort in the URL', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  const all = await matchingCount(page);
  expect(all).toBeGreaterThanOrEqual(200);
  // The table lists the first 50; the rest are a button away.
  expect(await names(page)).toHaveLength(50);
  await expect(page.getByTestId('more-rows')).toContainText(`Listing 50 of ${all} models`);
  await page.getByRole('button', { name: /Input \$\/1M/ }).click();
  await expect(page).toHaveURL(/sort=input/);
  expect(ordered(await inputPrices(page), 'asc')).toBe(true);
  await page.getByRole('button', { name: /Input \$\/1M/ }).click();
  await expect(page).toHaveURL(/sort=input&dir=desc|dir=desc/);
  expect(ordered(await inputPrices(page), 'desc')).toBe(true);
  expect(await matchingCount(page)).toBe(all);
  // Every row, once shown, is still in price order.
  expect(await showAllRows(page, 'model-table')).toBe(all);
  expect(ordered(await inputPrices(page), 'desc')).toBe(true);
});

test('filters by provider and search, restores them from a link, and back undoes them', async ({
  page,
}) => {
  await page.goto('/');
  await hydrated(page);
  const everyone = await matchingCount(page);
  await page.getByRole('checkbox', { name: /^Anthropic/ }).check();
  await expect(page).toHaveURL(/maker=anthropic/);
  const anthropic = await names(page);
  expect(anthropic).toEqual(expect.arrayContaining(['Claude Opus 4.7', 'Claude Opus 5.5']));
  expect(anthropic.every((n) => /claude/i.test(n))).toBe(true);
  expect(anthropic.length).toBeLessThan(everyone);
  await page.getByRole('searchbox', { name: 'Search models' }).fill('opus 4.7');
  await expect(page).toHaveURL(/q=opus/);
  const found = await names(page);
  expect(found).toContain('Claude Opus 4.7');
  expect(found.every((n) => /opus/i.test(n) && /4\.7/.test(n))).toBe(true);

  const link = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(link);
  await hydrated(fresh);
  await expect(fresh.locator('[data-testid="model-table"] tbody tr')).toHaveCount(found.length);
  await expect(fresh.getByRole('searchbox', { name: 'Search models' })).toHaveValue('opus 4.7');

  await page.goBack();
  await expect(page).not.toHaveURL(/maker=/);
  await expect(page.getByTestId('index-count')).toContainText(`Showing ${everyone} of`);
});

test('an alias finds its model', async ({ page }) => {
  await page.goto('/?q=gpt-4.1-2025-04-14');
  await hydrated(page);
  expect(await names(page)).toEqual(['GPT-4.1']);
});

test('bad parameters get a notice and the valid ones still apply', async ({ page }) => {
  await page.goto('/?maker=openai,<b>nobody</b>&sort=price&minContext=1e309&capability=reasoning');
  await hydrated(page);
  const notice = page.getByTestId('url-notice');
  await expect(notice).toContainText('maker');
  await expect(notice).toContainText('<b>nobody</b>');
  await expect(notice).toContainText('sort');
  await expect(notice).toContainText('minContext');
  const shown = await names(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toContain('OpenAI o3');
  expect(shown).not.toContain('GPT-4.1');
});

test('works without JavaScript: the table lists the first models, and a page lists every one', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('[data-testid="model-table"] tbody tr')).toHaveCount(50);
  await page.getByRole('link', { name: 'every model is also listed by maker' }).click();
  await expect(page).toHaveURL(/\/models\/$/);
  const listed = page.locator('ul.all-models li a');
  expect(await listed.count()).toBeGreaterThanOrEqual(200);
  await expect(page.getByTestId('models-by-anthropic')).toContainText('Claude Opus 4.7');
  await page
    .getByTestId('models-by-openai')
    .getByRole('link', { name: 'GPT-4.1', exact: true })
    .click();
  await expect(page).toHaveURL(/\/models\/gpt-4\.1\/$/);
  await context.close();
});

test.describe('finding a model: case, spaces, dots and dashes do not matter', () => {
  for (const { query, expected } of [
    { query: 'gpt4.1', expected: 'GPT-4.1' },
    { query: 'gpt 4.1', expected: 'GPT-4.1' },
    { query: 'GPT-4.1', expected: 'GPT-4.1' },
    { query: 'claude37', expected: 'Claude 3.7 Sonnet' },
    { query: 'anthropic opus', expected: 'Claude Opus 4.7' },
  ])
    test(`"${query}" finds ${expected}`, async ({ page }) => {
      // Retired models too: Claude 3.7 Sonnet has left the API.
      await page.goto(`/?retired=1&q=${encodeURIComponent(query)}`);
      await hydrated(page);
      expect(await names(page)).toContain(expected);
    });
});

test('"/" focuses search from any page, and the compare action stays in view', async ({ page }) => {
  await page.goto('/sources/');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/#search$/);
  await hydrated(page);
  await expect(page.locator('#search')).toBeFocused();
  await page.keyboard.type('gpt');
  await expect(page).toHaveURL(/q=gpt/);

  const boxes = page.locator('[data-testid="model-table"] tbody input[type="checkbox"]');
  await boxes.nth(0).check();
  await boxes.nth(5).scrollIntoViewIfNeeded();
  await boxes.nth(5).check();
  await page.mouse.wheel(0, 400);
  await expect(page.getByTestId('compare-selected')).toBeInViewport();
});

test('a headline price from a host names the host, not the maker', async ({ page }) => {
  await page.goto('/?q=gpt-oss');
  await hydrated(page);
  const row = page.locator('[data-testid="model-table"] tbody tr[data-model="gpt-oss-120b"]');
  await expect(row).toContainText('OpenAI');
  await expect(row).toContainText('via Groq');
  const own = page.locator('[data-testid="model-table"] tbody tr');
  await page.goto('/?q=gpt-4.1');
  await hydrated(page);
  await expect(own.first()).not.toContainText(' via ');
});

const rowsOf = (page: import('@playwright/test').Page) =>
  page.locator('[data-testid="model-table"] tbody tr');

test('retired models are hidden by default, counted, and shown by a toggle kept in the URL', async ({
  page,
}) => {
  await page.goto('/');
  await hydrated(page);
  const hidden = page.getByTestId('retired-hidden');
  await expect(hidden).toContainText(/\d+ retired models? hidden/);
  const count = Number(/(\d+) retired/.exec((await hidden.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  const shown = await matchingCount(page);
  await showAllRows(page, 'model-table');
  await expect(rowsOf(page)).toHaveCount(shown);
  await expect(rowsOf(page).locator('.badge.status-retired')).toHaveCount(0);

  await hidden.getByRole('button', { name: 'show' }).click();
  await expect(page).toHaveURL(/[?&]retired=1/);
  await expect(page.getByTestId('index-count')).toContainText(`Showing ${shown + count} of`);
  await showAllRows(page, 'model-table');
  await expect(rowsOf(page)).toHaveCount(shown + count);
  await expect(rowsOf(page).locator('.badge.status-retired')).toHaveCount(count);
  await expect(hidden).toHaveCount(0);

  // The link reproduces the view; a bad value says so and keeps them hidden.
  await page.goto('/?retired=1');
  await hydrated(page);
  await expect(page.getByTestId('index-count')).toContainText(`Showing ${shown + count} of`);
  await page.goto('/?retired=perhaps');
  await hydrated(page);
  await expect(page.getByTestId('url-notice')).toContainText('retired');
  await expect(page.getByTestId('index-count')).toContainText(`Showing ${shown} of`);
});

test('a benchmark column sorts best first, keeps column and sort in the URL, and marks the frontier', async ({
  page,
}) => {
  await page.goto('/?bench=gpqa-diamond&retired=1');
  await hydrated(page);
  const header = page.getByRole('button', { name: /^GPQA/ });
  await header.click();
  await expect(page).toHaveURL(/bench=gpqa-diamond&sort=bench:gpqa-diamond&dir=desc/);
  const column = await page
    .locator('[data-testid="model-table"] thead th')
    .evaluateAll((ths) => ths.findIndex((th) => /^GPQA/.test(th.textContent ?? '')));
  const scores = await rowsOf(page).evaluateAll(
    (trs, i) =>
      trs.map((tr) => {
        const m = /([\d.]+)%/.exec(tr.children[i]?.textContent ?? '');
        return m ? Number(m[1]) : undefined;
      }),
    column,
  );
  const known = scores.filter((s): s is number => s !== undefined);
  expect(known.length).toBeGreaterThan(5);
  expect(known.every((s, i) => i === 0 || known[i - 1]! >= s)).toBe(true);
  expect(scores.slice(0, known.length).every((s) => s !== undefined)).toBe(true);
  // Each score links to its source.
  await expect(rowsOf(page).first().locator('a[href^="/sources/#"]')).toHaveCount(1);

  const fresh = await page.context().newPage();
  await fresh.goto(page.url());
  await hydrated(fresh);
  await expect(fresh.getByRole('columnheader', { name: /^GPQA/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const frontier = fresh.getByTestId('frontier');
  await frontier.locator('summary').click();
  const onFrontier = await frontier.locator('tbody tr').count();
  expect(onFrontier).toBeGreaterThan(0);
  await expect(rowsOf(fresh).locator('.frontier-mark')).toHaveCount(onFrontier);
});

test('several words must all match, in any case and spacing', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  const box = page.getByRole('searchbox', { name: 'Search models' });
  await box.fill('OPENAI  mini');
  await expect(page).toHaveURL(/q=OPENAI/);
  const found = await names(page);
  expect(found.length).toBeGreaterThan(1);
  expect(found.every((n) => /mini/i.test(n) && !/gemini/i.test(n))).toBe(true);
  await box.fill('Gpt 4.1 Mini');
  await expect(page).toHaveURL(/Mini/);
  expect(await names(page)).toContain('GPT-4.1 mini');
  await box.fill('mini anthropic');
  await expect(page.getByText('No model matches these filters.')).toBeVisible();
});

test('the skip link leads past the filters to the table', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByRole('searchbox', { name: 'Search models' }).focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip the filters to the models table' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#model-table$/);
  await page.keyboard.press('Tab');
  const inTable = await page.evaluate(
    () => document.activeElement?.closest('[data-testid="model-table"]') !== null,
  );
  expect(inTable).toBe(true);
});

test('a long maker or provider list narrows as you type, and a chip removes a choice', async ({
  page,
}) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByText('Choose providers', { exact: false }).click();
  await page.getByRole('searchbox', { name: 'Find a provider' }).fill('groq');
  const groq = page.getByRole('checkbox', { name: /^Groq/ });
  await groq.check();
  await expect(page).toHaveURL(/provider=groq/);
  const served = await names(page);
  expect(served).toContain('gpt-oss-120b');
  await page.getByRole('button', { name: 'Remove Groq' }).click();
  await expect(page).not.toHaveURL(/provider=/);
  expect((await names(page)).length).toBeGreaterThan(served.length);
});
