import type { Page } from '@playwright/test';
import { get_encoding } from 'tiktoken';
import { expect, hydrated, showAllRows, test } from './fixtures';

/**
 * The counter and the calculator price and fit a text by the same functions, so for the same
 * token count they must show the same figures on every model, long-context tiers included.
 */
const encoders = {
  o200k_base: get_encoding('o200k_base'),
  cl100k_base: get_encoding('cl100k_base'),
};

/** `a a a …`: each ` a` is one token in both encodings, so the count is exact and known. */
const textOf = (tokens: number) => `a${' a'.repeat(tokens - 1)}`;

/** Pastes a text the way a reader does; a large paste is counted without filling the box. */
async function paste(page: Page, tokens: number) {
  await page.evaluate((n) => {
    const data = new DataTransfer();
    data.setData('text/plain', `a${' a'.repeat(n - 1)}`);
    document
      .querySelector('textarea')
      ?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
  }, tokens);
}

/** Every row of the counter's table once both encodings are counted: id → tokens, cost, fit. */
async function counterRows(page: Page) {
  await showAllRows(page, 'fit-table');
  // cl100k_base rows appear once the second encoding is counted.
  await expect(page.getByTestId('fit-gpt-4')).toBeVisible();
  return page.$$eval('[data-testid="fit-table"] tbody tr[data-testid^="fit-"]', (rows) =>
    rows.map((r) => ({
      id: r.getAttribute('data-model') ?? '',
      tokens: Number((r.querySelector('td')?.textContent ?? '').replace(/[^\d]/g, '')),
      cost: r.querySelector(`[data-testid="fit-cost-${r.getAttribute('data-model')}"]`)
        ?.textContent,
      fits: r.getAttribute('data-fits'),
    })),
  );
}

/** The calculator's cost and fit verdict for every model, for `input` tokens sent once. */
async function calculatorRows(page: Page, input: number) {
  // retired=1: every model, retired ones too, as the counter's table below lists them.
  await page.goto(`/calculator/?input=${input}&output=0&requests=1&retired=1`);
  await hydrated(page);
  await expect(page.getByLabel('Input tokens per request')).toHaveValue(String(input));
  await showAllRows(page, 'cost-table');
  return new Map(
    (
      await page.$$eval('[data-testid="cost-table"] tbody tr[data-model]', (rows) =>
        rows.map((r) => {
          const id = r.getAttribute('data-model') ?? '';
          return {
            id,
            cost: r.querySelector(`[data-testid="cost-${id}"]`)?.textContent,
            fits: r.getAttribute('data-fits'),
          };
        }),
      )
    ).map((r) => [r.id, r] as const),
  );
}

test('a 310,559-token paste costs the same on the counter and the calculator, on every model', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tokens = 310_559;
  for (const enc of Object.values(encoders))
    expect(enc.encode_ordinary(textOf(tokens)).length).toBe(tokens);
  await page.goto('/tokens/?retired=1');
  await hydrated(page);
  await paste(page, tokens);
  await expect(page.getByTestId('token-count')).toHaveText(tokens.toLocaleString('en-US'));
  const counter = await counterRows(page);
  expect(counter.length).toBeGreaterThan(20);
  // Past both long-context thresholds (200K for Gemini, 272K for GPT-5.x), as the calculator bills.
  const cost = (id: string) => counter.find((r) => r.id === id)?.cost;
  expect(cost('gemini-2.5-pro')).toBe('$0.776'); // 310,559 × $2.50 per 1M
  expect(cost('gpt-5.4')).toBe('$1.55'); // × $5
  expect(cost('gpt-5.5')).toBe('$3.11'); // × $10
  // GPT-4o's 128K window is too small: marked, not just priced.
  await expect(page.getByTestId('fit-gpt-4o')).toContainText('too long for this model');

  // The cell's link opens the calculator with exactly that request.
  await page.getByTestId('fit-cost-gemini-2.5-pro').click();
  await expect(page).toHaveURL(/models=gemini-2.5-pro&input=310559&output=0&requests=1/);
  await expect(page.getByTestId('cost-gemini-2.5-pro')).toHaveText('$0.776');

  const calculator = await calculatorRows(page, tokens);
  for (const row of counter) {
    expect(row.tokens, `${row.id} counted`).toBe(tokens);
    expect(calculator.get(row.id)?.cost, `${row.id} cost`).toBe(row.cost);
    expect(calculator.get(row.id)?.fits, `${row.id} fit`).toBe(row.fits);
  }
});

test.describe('the same fit verdict on both pages at the edge of a window', () => {
  for (const { tokens, fits } of [
    { tokens: 128_000, fits: 'yes' },
    { tokens: 128_001, fits: 'no' },
  ])
    test(`${tokens.toLocaleString('en-US')} tokens on GPT-4o`, async ({ page }) => {
      await page.goto('/tokens/');
      await hydrated(page);
      await paste(page, tokens);
      await expect(page.getByTestId('token-count')).toHaveText(tokens.toLocaleString('en-US'));
      await page.getByTestId('fit-find').fill('gpt-4o');
      const row = page.getByTestId('fit-gpt-4o');
      await expect(row).toHaveAttribute('data-fits', fits);
      const counterCost = await page.getByTestId('fit-cost-gpt-4o').textContent();
      const calculator = await calculatorRows(page, tokens);
      expect(calculator.get('gpt-4o')).toEqual({ id: 'gpt-4o', cost: counterCost, fits });
    });
});
