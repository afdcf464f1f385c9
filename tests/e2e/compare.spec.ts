import { expect, hydrated, test } from './fixtures';

const columns = (page: import('@playwright/test').Page) =>
  page
    .locator('[data-testid="compare-column"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-model')));

test('the test hook: one column per model, in the URL’s order, aliases resolved, duplicates dropped', async ({
  page,
}) => {
  await page.goto('/compare/?models=gpt-4o,gpt-4.1-2025-04-14,gpt-4.1,claude-3-7-sonnet-20250219');
  await hydrated(page);
  expect(await columns(page)).toEqual(['gpt-4o', 'gpt-4.1', 'claude-3.7-sonnet']);
});

test('unknown ids are named in a notice and the rest still compare', async ({ page }) => {
  await page.goto('/compare/?models=gpt-4.1,<i>nope</i>,gpt-4o');
  await hydrated(page);
  await expect(page.getByTestId('url-notice')).toContainText('<i>nope</i>');
  expect(await columns(page)).toEqual(['gpt-4.1', 'gpt-4o']);
});

test('add, reorder and remove with the keyboard; the URL follows', async ({ page }) => {
  await page.goto('/compare/?models=gpt-4.1,gpt-4o');
  await hydrated(page);
  const add = page.getByLabel('Add a model');
  // The first matches are offered as buttons; a model already compared is not offered.
  await add.fill('gpt 4o');
  await expect(page.getByRole('button', { name: 'Add GPT-4o mini', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add GPT-4o', exact: true })).toHaveCount(0);
  await add.fill('gemini 2.5 pro');
  await page.getByRole('button', { name: 'Add Gemini 2.5 Pro', exact: true }).click();
  await expect(page).toHaveURL(/models=gpt-4.1,gpt-4o,gemini-2.5-pro/);
  await expect(add).toHaveValue('');
  await expect(add).toBeFocused();
  // Enter adds the first match, the one the box's description names.
  await add.fill('gpt 5.4');
  const described = page.locator('#add-model-matches');
  await expect(described).toContainText('Enter adds');
  const said = await described.textContent();
  const first = /Enter adds (.+)\.$/.exec(said ?? '')?.[1];
  expect(first, said ?? '').toBeTruthy();
  await add.press('Enter');
  await expect(page.getByTestId('compare-column').filter({ hasText: first! })).toHaveCount(1);
  await page.getByRole('button', { name: `Remove ${first!}`, exact: true }).click();
  await page.getByRole('button', { name: 'Move Gemini 2.5 Pro left' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/models=gpt-4.1,gemini-2.5-pro,gpt-4o/);
  expect(await columns(page)).toEqual(['gpt-4.1', 'gemini-2.5-pro', 'gpt-4o']);
  await page.getByRole('button', { name: 'Remove GPT-4.1', exact: true }).focus();
  await page.keyboard.press('Enter');
  expect(await columns(page)).toEqual(['gemini-2.5-pro', 'gpt-4o']);
  await page.goBack();
  expect(await columns(page)).toEqual(['gpt-4.1', 'gemini-2.5-pro', 'gpt-4o']);
});

test('a shared link reproduces the comparison, workload and all', async ({ page, context }) => {
  await page.goto('/compare/?models=gpt-4.1,gpt-4.1-nano');
  await hydrated(page);
  await page.getByLabel('Input tokens per request').fill('50000');
  await page.getByLabel('Differences only').check();
  await expect(page).toHaveURL(/input=50000/);
  await expect(page).toHaveURL(/diff=1/);
  const cost = await page.getByTestId('compare-cost-gpt-4.1').textContent();
  expect(cost).toBe('$0.108'); // 50,000 × $2 + 1,000 × $8 per 1M
  const statements = await page.getByTestId('statements').innerText();
  const other = await context.newPage();
  await other.goto(page.url());
  await hydrated(other);
  await expect(other.getByTestId('compare-cost-gpt-4.1')).toHaveText(cost ?? '');
  expect(await other.getByTestId('statements').innerText()).toBe(statements);
  await expect(other.getByLabel('Differences only')).toBeChecked();
});

test.describe('pre-rendered match-ups without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('GPT-4.1 vs mini vs nano reads well: columns, statements, canonical link', async ({
    page,
  }) => {
    await page.goto('/compare/gpt-4.1-vs-gpt-4.1-mini-vs-gpt-4.1-nano/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'GPT-4.1 vs GPT-4.1 mini vs GPT-4.1 nano',
    );
    expect(await columns(page)).toEqual(['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano']);
    await expect(page.getByTestId('statements')).toContainText(
      'GPT-4.1 scores 10.1 points higher than GPT-4.1 nano on MMLU (OpenAI).',
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/compare\/gpt-4.1-vs-gpt-4.1-mini-vs-gpt-4.1-nano\/$/,
    );
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      'content',
      /costs 20× less/,
    );
  });

  test('every common match-up is pre-rendered', async ({ page }) => {
    for (const slug of [
      'gpt-4.1-vs-gpt-4o',
      'gpt-4.1-vs-gemini-2.5-pro-vs-claude-3.7-sonnet',
      'gpt-4.1-vs-gpt-5.4',
      'gpt-4o-vs-gpt-4.5',
      'gpt-4.1-vs-o3',
    ]) {
      const res = await page.goto(`/compare/${slug}/`);
      expect(res?.status(), slug).toBe(200);
      expect(await columns(page)).toEqual(slug.split('-vs-'));
    }
  });
});

test('select models on the index, then compare them', async ({ page }) => {
  // GPT-4.1 nano has retired: the index lists it when asked to.
  await page.goto('/?retired=1');
  await hydrated(page);
  // Ticks survive a new search: find one model, tick it, find the other.
  const search = page.getByRole('searchbox', { name: 'Search models' });
  await search.fill('gpt 4.1 nano');
  await page.getByLabel('Compare GPT-4.1 nano').check();
  await search.fill('opus 4.7');
  await page.getByLabel('Compare Claude Opus 4.7').check();
  await page.getByTestId('compare-selected').click();
  await expect(page).toHaveURL(/\/compare\/\?models=gpt-4.1-nano,claude-opus-4.7/);
  await hydrated(page);
  expect(await columns(page)).toEqual(['gpt-4.1-nano', 'claude-opus-4.7']);
});

test.describe('a shared link shows exactly its models from the first paint', () => {
  const link = '/compare/?models=claude-3.7-sonnet,o3,gemini-2.5-pro';
  const named = ['claude-3.7-sonnet', 'o3', 'gemini-2.5-pro'];

  test('no other model is ever rendered, and the title names the comparison', async ({ page }) => {
    // Record every column that ever appears, from the first byte of the page on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenColumns: string[] }).seenColumns = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[data-testid="compare-column"]'))
          seen.push(el.getAttribute('data-model') ?? '');
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(link);
    await hydrated(page);
    expect(await columns(page)).toEqual(named);
    const seen = await page.evaluate(
      () => (window as unknown as { seenColumns: string[] }).seenColumns,
    );
    expect([...new Set(seen)].sort()).toEqual([...named].sort());
    await expect(page).toHaveTitle(/^Claude 3.7 Sonnet vs OpenAI o3 vs Gemini 2.5 Pro · Compare/);
  });

  test('the served page names no model before the link is read', async ({ request }) => {
    const html = await (await request.get(link)).text();
    expect(html).not.toContain('data-testid="compare-column"');
    expect(html).toContain('Opening the comparison this link names');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('a clear notice, links to model pages and ready-made comparisons', async ({ page }) => {
      await page.goto(link);
      await expect(page.getByTestId('compare-noscript')).toContainText('needs JavaScript');
      await expect(page.getByTestId('compare-column')).toHaveCount(0);
      await expect(page.getByText('Opening the comparison this link names')).toBeHidden();
      await expect(
        page.getByRole('link', { name: 'GPT-4.1 vs GPT-4.1 mini vs GPT-4.1 nano' }),
      ).toBeVisible();
    });
  });

  test('a past asof says prices have changed since and links to today’s', async ({ page }) => {
    await page.goto('/compare/?models=o3,gpt-4.1&asof=2025-05-01');
    await hydrated(page);
    const note = page.getByTestId('asof-note');
    await expect(note).toContainText('Prices as of');
    await expect(note).toContainText(/\d+ prices? (has|have) changed since/);
    await expect(note).toContainText('OpenAI o3');
    await note.getByRole('link', { name: 'See today’s prices' }).click();
    await expect(page).not.toHaveURL(/asof=2025-05-01/);
    await hydrated(page); // the linked page reads its own link before it shows anything
    await expect(page.getByTestId('asof-note')).toHaveCount(0);
    expect(await columns(page)).toEqual(['o3', 'gpt-4.1']);
  });
});

test.describe('the comparison fetches only what it shows', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });
  test('each named model’s own file, and a notice when the list cannot be fetched', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/data/models/'))
        fetched.push(path.split('/').pop()?.split('.json')[0] ?? '');
    });
    await page.goto('/compare/?models=gpt-4.1,o3');
    await hydrated(page);
    await expect(page.getByTestId('compare-column')).toHaveCount(2);
    expect(fetched.map((f) => f.replace(/\.[0-9a-f]{12}$/, '')).sort()).toEqual(['gpt-4.1', 'o3']);

    await page.route('**/data/**', (route) => route.abort());
    await page.goto('/compare/?models=gpt-4.1,o3');
    await expect(page.getByTestId('data-failed')).toContainText('could not be loaded');
  });
});

test('the workload sits above the comparison, and its one-line summary prices each model', async ({
  page,
}) => {
  await page.goto('/compare/?models=gpt-4.1,gpt-4o&input=12000&output=800&requests=30000');
  await hydrated(page);
  const form = await page.locator('form.workload').boundingBox();
  const table = await page.locator('.compare-table').boundingBox();
  expect(form!.y).toBeLessThan(table!.y);
  // $0.0304 and $0.038 a request (12,000 in, 800 out), × 30,000 requests.
  await expect(page.getByTestId('workload-summary')).toHaveText(
    '12K in · 800 out · 30,000 requests a month · GPT-4.1: $912/mo · GPT-4o: $1,140/mo',
  );
  await page.locator('.compare-table tbody tr').last().scrollIntoViewIfNeeded();
  await expect(page.getByTestId('workload-summary')).toBeInViewport();
});
