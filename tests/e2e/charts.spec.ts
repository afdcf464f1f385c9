import { expect, hydrated, test } from './fixtures';

type Drawn = { label: string; points: { x: unknown; y: number }[] }[];

/** Waits for a chart to draw; returns whether its canvas has any painted pixel, and its data. */
async function drawn(
  page: import('@playwright/test').Page,
  chart: string,
): Promise<{ painted: boolean; data: Drawn }> {
  const figure = page.locator(`figure[data-chart="${chart}"]`).first();
  await figure.scrollIntoViewIfNeeded();
  const canvas = figure.locator('canvas[data-rendered="true"]');
  await expect(canvas).toBeVisible();
  return canvas.evaluate(
    (
      c: HTMLCanvasElement & {
        chart?: { data: { datasets: { label: string; data: { x: unknown; y: number }[] }[] } };
      },
    ) => {
      const ctx = c.getContext('2d');
      const img = ctx?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
      let painted = false;
      for (let i = 3; i < img.length; i += 4)
        if ((img[i] as number) > 0) {
          painted = true;
          break;
        }
      return {
        painted,
        data: (c.chart?.data.datasets ?? []).map((d) => ({
          label: d.label,
          points: d.data.map((p) => ({ x: p.x, y: p.y })),
        })),
      };
    },
  );
}

const tableRows = (page: import('@playwright/test').Page, chart: string) =>
  page
    .locator(`figure[data-chart="${chart}"] .chart-table tbody tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));

test('the benchmarks page draws the frontier, keeps its choice in the URL, and its table matches', async ({
  page,
}) => {
  await page.goto(
    '/benchmarks/?benchmark=gpqa-diamond&models=gpt-4.1,gpt-4.1-mini,gpt-4.1-nano,gpt-4o',
  );
  await hydrated(page, 'astro-island:has(.benchmark-explorer)');
  const { painted, data } = await drawn(page, 'price-quality');
  expect(painted).toBe(true);
  const frontier = data.find((d) => d.label === 'Pareto frontier');
  expect(frontier?.points.map((p) => p.y)).toEqual([50.3, 65, 66.3]);
  await expect(page.locator('figure[data-chart="price-quality"] .summary')).toContainText(
    'GPT-4.1 nano, GPT-4.1 mini, GPT-4.1',
  );
  const rows = await tableRows(page, 'price-quality');
  for (const d of data.filter((x) => x.label !== 'Pareto frontier')) {
    const row = rows.find((r) => r[0] === d.label);
    expect(row?.[2], d.label).toBe(`${d.points[0]?.y}%`);
  }
  await page.getByLabel('Benchmark', { exact: true }).selectOption('mmlu');
  await expect(page).toHaveURL(/benchmark=mmlu/);
  await expect(page.locator('figure[data-chart="price-quality"] figcaption strong')).toHaveText(
    'Price vs MMLU',
  );
});

test('benchmark bars show every sourced value: a cross marks the second source', async ({
  page,
}) => {
  await page.goto('/benchmarks/?benchmark=mmlu&models=gpt-4.1,gpt-4o');
  await hydrated(page, 'astro-island:has(.benchmark-explorer)');
  const { painted, data } = await drawn(page, 'benchmark-bars');
  expect(painted).toBe(true);
  expect(data.find((d) => d.label === 'GPT-4.1')?.points.map((p) => p.y)).toEqual([90.2]);
  expect(data.find((d) => d.label === 'Other sources')?.points.map((p) => p.y)).toEqual([85, 88]);
  const rows = await tableRows(page, 'benchmark-bars');
  expect(rows.map((r) => r.slice(0, 4))).toContainEqual(['GPT-4.1', 'MMLU', '85%', 'TokenMix.ai']);
});

test('long-context recall draws both sources for GPT-4.1', async ({ page }) => {
  await page.goto('/benchmarks/');
  const { painted, data } = await drawn(page, 'long-context');
  expect(painted).toBe(true);
  expect(data.map((d) => d.label)).toEqual(
    expect.arrayContaining(['GPT-4.1 (TokenMix.ai)', 'GPT-4.1 (Educative)']),
  );
});

test('model and comparison pages carry their charts; o3 has a price history', async ({ page }) => {
  await page.goto('/models/gpt-4.1-mini/');
  expect((await drawn(page, 'benchmark-bars')).painted).toBe(true);
  await page.goto('/models/o3/');
  const history = await drawn(page, 'price-history');
  expect(history.data[0]?.points.map((p) => p.y)).toEqual([10, 2]);
  await page.goto('/compare/gpt-4.1-vs-gpt-4o/');
  const scale = await drawn(page, 'cost-at-scale');
  expect(scale.data.find((d) => d.label === 'GPT-4.1')?.points.map((p) => p.y)).toEqual([
    32, 1600, 32000,
  ]);
});

test('no chart code loads on pages without charts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  for (const path of ['/', '/tokens/', '/calculator/', '/sources/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(scripts.filter((u) => /register\.|chart/i.test(u))).toEqual([]);
});
