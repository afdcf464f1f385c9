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
  // The chart's own account of what it drew (it may be drawn in a worker, out of the page's
  // reach): its data, and whether any pixel of the canvas was painted.
  return canvas.evaluate(
    (
      c: HTMLCanvasElement & {
        chart?: {
          painted: boolean;
          data: { datasets: { label: string; data: { x: unknown; y: number }[] }[] };
        };
      },
    ) => ({
      painted: c.chart?.painted ?? false,
      data: (c.chart?.data.datasets ?? []).map((d) => ({
        label: d.label,
        points: d.data.map((p) => ({ x: p.x, y: p.y })),
      })),
    }),
  );
}

type Live = HTMLCanvasElement & {
  chart: {
    data: {
      datasets: {
        label: string;
        borderColor?: unknown;
        pointStyle?: string;
        pointRotation?: number;
        data: { x: unknown; y: unknown; series?: number }[];
      }[];
    };
    directLabels?: string[];
    options: { indexAxis?: string };
    scales: Record<string, { ticks: { value: number; label: string }[] }>;
    elements: { x: number; y: number; skip: boolean }[][];
    visible: boolean[];
  };
};
const liveChart = (page: import('@playwright/test').Page, chart: string) =>
  page.locator(`figure[data-chart="${chart}"] canvas[data-rendered="true"]`).first();

/** Every model series' colour and marker, as a reader tells them apart. */
const looks = (page: import('@playwright/test').Page, chart: string) =>
  liveChart(page, chart).evaluate((c: Live) =>
    c.chart.data.datasets
      .filter((d) => !['Other sources', 'Pareto frontier'].includes(d.label))
      .map((d) => `${String(d.borderColor)} ${d.pointStyle} ${d.pointRotation ?? 0}`),
  );

/** Where each cross is drawn and where its own model's bar is, along the category axis. */
const crossesAndBars = (page: import('@playwright/test').Page, chart: string) =>
  liveChart(page, chart).evaluate((c: Live) => {
    const ch = c.chart;
    const flat = ch.options.indexAxis === 'y';
    const i = ch.data.datasets.findIndex((d) => d.label === 'Other sources');
    return ch.data.datasets[i]!.data.map((p, j) => {
      const el = ch.elements[i]![j]!;
      const own = ch.data.datasets[p.series!]!;
      const k = own.data.findIndex((q) => (flat ? q.y === p.y : q.x === p.x));
      const bar = ch.elements[p.series!]![k]!;
      return {
        model: own.label,
        cross: Math.round(flat ? el.y : el.x),
        bar: Math.round(flat ? bar.y : bar.x),
        drawn: !el.skip,
      };
    });
  });

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
  // The canvas shows the new benchmark's scores, never the old chart's, once it says it is drawn.
  const mmlu = await drawn(page, 'price-quality');
  const mmluRows = await tableRows(page, 'price-quality');
  for (const d of mmlu.data.filter((x) => x.label !== 'Pareto frontier'))
    expect(mmluRows.find((r) => r[0] === d.label)?.[2], d.label).toBe(`${d.points[0]?.y}%`);
  expect(mmlu.data.find((d) => d.label === 'GPT-4.1')?.points[0]?.y).not.toBe(
    data.find((d) => d.label === 'GPT-4.1')?.points[0]?.y,
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

test('no two models of a chart share colour and marker, and points and bars carry their names', async ({
  page,
}) => {
  const twelve =
    'gpt-4.1,gpt-4.1-mini,gpt-4.1-nano,gpt-4o,gpt-4o-mini,o3,o4-mini,gpt-5,claude-3.7-sonnet,gemini-2.5-pro,gemini-3.1-pro,glm-5.1';
  await page.goto(`/benchmarks/?benchmark=gpqa-diamond&models=${twelve}`);
  await hydrated(page, 'astro-island:has(.benchmark-explorer)');
  for (const chart of ['price-quality', 'benchmark-bars']) {
    await drawn(page, chart);
    const styles = await looks(page, chart);
    expect(styles.length, chart).toBeGreaterThanOrEqual(10);
    expect(new Set(styles).size, chart).toBe(styles.length);
  }
  // The frontier's cheapest model is named beside its point; bars carry names and values.
  const pointLabels = await liveChart(page, 'price-quality').evaluate(
    (c: Live) => c.chart.directLabels,
  );
  expect(pointLabels).toContain('GPT-4.1 nano');
  const barLabels = await liveChart(page, 'benchmark-bars').evaluate(
    (c: Live) => c.chart.directLabels,
  );
  expect(barLabels).toEqual(expect.arrayContaining(['GPT-4o', '46%']));
});

for (const width of [1280, 390])
  test(`another source's cross sits on its own model's bar (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/models/gpt-4.1/');
    await drawn(page, 'benchmark-bars');
    const crosses = await crossesAndBars(page, 'benchmark-bars');
    expect(crosses.length).toBeGreaterThan(0);
    for (const c of crosses) expect(Math.abs(c.cross - c.bar), c.model).toBeLessThanOrEqual(1);
    // Not all at one place: the three models' bars stand apart, and so do their crosses.
    expect(new Set(crosses.map((c) => c.model)).size).toBeGreaterThan(1);
  });

test('log axes show a few compact ticks, never a crowded row of long numbers', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/benchmarks/');
    for (const [chart, axis] of [
      ['long-context', 'x'],
      ['price-quality', 'x'],
    ] as const) {
      await drawn(page, chart);
      const ticks = await liveChart(page, chart).evaluate(
        (c: Live, a) => c.chart.scales[a]!.ticks.map((t) => ({ value: t.value, label: t.label })),
        axis,
      );
      expect(ticks.length, `${chart} at ${width}`).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(width > 1000 ? 12 : 6);
      for (const t of ticks) {
        expect(t.label).toMatch(/^\$?\d+(\.\d+)?[KMB]?$/);
        const mantissa = Number(
          (t.value / 10 ** Math.floor(Math.log10(t.value) + 1e-9)).toFixed(6),
        );
        expect([1, 2, 3, 5]).toContain(mantissa);
      }
    }
  }
});

test('the legend buttons show and hide a series from the keyboard, its crosses with it', async ({
  page,
}) => {
  await page.goto('/benchmarks/?benchmark=mmlu&models=gpt-4.1,gpt-4o');
  await hydrated(page, 'astro-island:has(.benchmark-explorer)');
  await drawn(page, 'benchmark-bars');
  const legend = page.locator('figure[data-chart="benchmark-bars"] .chart-legend');
  const button = legend.getByRole('button', { name: 'GPT-4o', exact: true });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  const state = await liveChart(page, 'benchmark-bars').evaluate((c: Live) => ({
    shown: c.chart.visible,
    labels: c.chart.directLabels ?? [],
  }));
  expect(state.shown).toEqual([true, false, true]);
  expect(state.labels).not.toContain('GPT-4o');
  expect((await crossesAndBars(page, 'benchmark-bars')).map((c) => [c.model, c.drawn])).toEqual([
    ['GPT-4.1', true],
    ['GPT-4o', false],
  ]);
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
});

test('in dark mode the series take the dark palette, each clear of the page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/models/gpt-4.1/');
  await drawn(page, 'benchmark-bars');
  const light = await looks(page, 'benchmark-bars');
  await page.emulateMedia({ colorScheme: 'dark' });
  // The chart redraws in the new scheme.
  await expect.poll(() => looks(page, 'benchmark-bars')).not.toEqual(light);
  const contrasts = await liveChart(page, 'benchmark-bars').evaluate((c: Live) => {
    const lum = (css: string) => {
      const ch = (css.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n) / 255);
      const [r, g, b] = ch.map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const hex = (h: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)).join(',')})`;
    const page = lum(getComputedStyle(document.body).backgroundColor);
    return c.chart.data.datasets
      .filter((d) => typeof d.borderColor === 'string')
      .map((d) => {
        const l = lum(hex(d.borderColor as string));
        return (Math.max(l, page) + 0.05) / (Math.min(l, page) + 0.05);
      });
  });
  for (const ratio of contrasts) expect(ratio).toBeGreaterThanOrEqual(3);
});

test('the model list offers the models scored on the chosen benchmark, and keeps the chosen ones', async ({
  page,
}) => {
  await page.goto('/benchmarks/?benchmark=gpqa-diamond&models=gpt-4.1,gpt-3.5-turbo');
  await hydrated(page, 'astro-island:has(.benchmark-explorer)');
  const list = page.getByTestId('benchmark-models');
  const boxes = list.getByRole('checkbox');
  const scored = Number(
    /\((\d+) models\)/.exec(
      (await page
        .getByLabel('Benchmark', { exact: true })
        .locator('option:checked')
        .textContent())!,
    )![1],
  );
  await expect(list.locator('legend')).toHaveText(`Models with a GPQA Diamond score (${scored})`);
  // The scored models, and GPT-3.5 Turbo, chosen by the link though it has no GPQA Diamond score.
  const names = (await list.locator('label').allTextContents()).map((n) => n.trim());
  expect(names).toContain('GPT-3.5 Turbo');
  expect(names).toContain('GPT-4.1');
  expect(await boxes.count()).toBe(scored + 1);
  await page.getByLabel('Benchmark', { exact: true }).selectOption('mmlu');
  await expect(list.locator('legend')).toContainText('Models with a MMLU score');
});

type Report = Live & {
  chart: { tooltip: string[]; size: { width: number; height: number } };
};

test('a chart drawn in the worker follows the pointer: its tooltip names model, value and source', async ({
  page,
}) => {
  await page.goto('/benchmarks/?benchmark=mmlu&models=gpt-4.1,gpt-4o');
  await hydrated(page, 'astro-island:has(.benchmark-explorer)');
  await drawn(page, 'benchmark-bars');
  const canvas = liveChart(page, 'benchmark-bars');
  const bar = await canvas.evaluate((c: Live) => {
    const i = c.chart.data.datasets.findIndex((d) => d.label === 'GPT-4.1');
    return c.chart.elements[i]![0]!;
  });
  const box = (await canvas.boundingBox())!;
  // Inside GPT-4.1's bar, a little below its top.
  await page.mouse.move(box.x + bar.x, box.y + bar.y + 12);
  await expect
    .poll(() => canvas.evaluate((c: Report) => c.chart.tooltip.join(' | ')))
    .toContain('GPT-4.1: 90.2%');
  await page.mouse.move(box.x + 2, box.y + box.height + 40);
  await expect.poll(() => canvas.evaluate((c: Report) => c.chart.tooltip)).toEqual([]);
});

test('a chart drawn in the worker is redrawn to its box when the window narrows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/models/gpt-4.1/');
  await drawn(page, 'benchmark-bars');
  const canvas = liveChart(page, 'benchmark-bars');
  const widths = () =>
    canvas.evaluate((c: Report) => [c.chart.size.width, c.parentElement!.clientWidth]);
  const [wide, box] = await widths();
  expect(wide).toBe(box);
  await page.setViewportSize({ width: 700, height: 900 });
  await expect.poll(async () => new Set(await widths()).size).toBe(1);
  expect((await widths())[0]).toBeLessThan(wide!);
});

test('where a browser cannot hand a canvas to a worker, the chart draws on the page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
  });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/benchmarks/?benchmark=mmlu&models=gpt-4.1,gpt-4o');
  await hydrated(page, 'astro-island:has(.benchmark-explorer)');
  const { painted, data } = await drawn(page, 'benchmark-bars');
  expect(painted).toBe(true);
  expect(data.find((d) => d.label === 'GPT-4.1')?.points.map((p) => p.y)).toEqual([90.2]);
  // Still drawn on the page: the canvas can be read here.
  expect(
    await liveChart(page, 'benchmark-bars').evaluate(
      (c: HTMLCanvasElement) => c.toDataURL().length,
    ),
  ).toBeGreaterThan(1000);
  expect(workers.filter((u) => /chart/.test(u))).toEqual([]);
});
