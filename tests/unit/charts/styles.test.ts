import { describe, expect, test } from 'vitest';
import { benchmarkBars, costAtScale, priceQuality } from '../../../src/lib/charts/builders';
import { boxesAroundPoint, placeLabels } from '../../../src/lib/charts/labels';
import { lieFlat, shouldLieFlat } from '../../../src/lib/charts/orient';
import {
  PALETTES,
  contrast,
  forScheme,
  schemeOf,
  seriesStyle,
  textOn,
} from '../../../src/lib/charts/styles';
import { compactTick, logTicks } from '../../../src/lib/charts/ticks';
import { chartBenchmark, chartModel, chartModels } from './chart-factories';

/** A series as a reader tells it apart: colour and marker (style and rotation). */
const look = (d: { borderColor?: unknown; pointStyle?: string; pointRotation?: number }) =>
  `${String(d.borderColor)} ${d.pointStyle} ${d.pointRotation ?? 0}`;

describe('series styles', () => {
  test.each([1, 7, 8, 12, 40, 56])('%i models in one chart never share colour and marker', (n) => {
    const models = chartModels(n);
    const specs = [
      benchmarkBars(models, [chartBenchmark()]),
      priceQuality(models, chartBenchmark(), 0.5, '2026-01-01'),
      costAtScale(models, 0.5, '2026-01-01'),
    ];
    for (const spec of specs) {
      const series = spec.config.data.datasets.filter((d) => d.label.startsWith('Model'));
      expect(series).toHaveLength(n);
      expect(new Set(series.map(look)).size).toBe(n);
    }
  });

  test('the first seven series differ in colour, not just marker', () => {
    const colours = Array.from({ length: 7 }, (_, i) => seriesStyle(i).color);
    expect(new Set(colours).size).toBe(7);
  });

  test('the same model list gets the same styles every time', () => {
    const a = benchmarkBars(chartModels(12), [chartBenchmark()]).config.data.datasets.map(look);
    const b = benchmarkBars(chartModels(12), [chartBenchmark()]).config.data.datasets.map(look);
    expect(a).toEqual(b);
  });

  test.each([
    { scheme: 'light' as const, page: '#ffffff' },
    { scheme: 'dark' as const, page: '#111318' },
  ])('every $scheme colour stands out 3:1 against its page', ({ scheme, page }) => {
    for (const c of PALETTES[scheme]) expect(contrast(c, page), c).toBeGreaterThanOrEqual(3);
  });

  test('the dark scheme swaps each light colour for its dark twin and leaves the rest', () => {
    const config = { a: PALETTES.light[2], b: [PALETTES.light[0], '#6F6F6F'], n: 3 };
    expect(forScheme(config, 'dark')).toEqual({
      a: PALETTES.dark[2],
      b: [PALETTES.dark[0], '#6F6F6F'],
      n: 3,
    });
    expect(forScheme(config, 'light')).toBe(config);
  });

  test.each([
    { text: 'rgb(232, 234, 239)', scheme: 'dark' },
    { text: 'rgb(22, 24, 29)', scheme: 'light' },
  ])('a page with text $text is $scheme', ({ text, scheme }) => {
    expect(schemeOf(text)).toBe(scheme);
  });

  test.each([
    { fill: '#0072B2', text: '#ffffff' },
    { fill: '#EEE04A', text: '#000000' },
  ])('a name inside a $fill bar is written in $text', ({ fill, text }) => {
    expect(textOn(fill)).toBe(text);
  });
});

describe('log-axis ticks', () => {
  test.each([
    {
      name: 'three decades at 1-2-5 when they fit',
      min: 8000,
      max: 1_000_000,
      fit: 8,
      ticks: [10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000],
    },
    {
      name: 'fewer when the axis is short',
      min: 8000,
      max: 1_000_000,
      fit: 5,
      ticks: [10_000, 30_000, 100_000, 300_000, 1_000_000],
    },
    {
      name: 'powers of ten only on a phone',
      min: 8000,
      max: 1_000_000,
      fit: 3,
      ticks: [10_000, 100_000, 1_000_000],
    },
    {
      name: 'every other power for many decades',
      min: 1,
      max: 1e8,
      fit: 5,
      ticks: [1, 100, 1e4, 1e6, 1e8],
    },
    { name: 'cents to dollars', min: 0.1, max: 2, fit: 8, ticks: [0.1, 0.2, 0.5, 1, 2] },
    { name: 'no ticks for a broken range', min: 0, max: 10, fit: 8, ticks: [] },
  ])('$name', ({ min, max, fit, ticks }) => {
    const got = logTicks(min, max, fit);
    expect(got).toEqual(ticks);
    expect(got.length).toBeLessThanOrEqual(fit);
  });

  test('never the crowded 800,000 900,000 1,000,000 of a default log axis', () => {
    const got = logTicks(100_000, 1_000_000, 8);
    expect(got).not.toContain(800_000);
    expect(got).not.toContain(900_000);
  });

  test.each([
    { value: 100_000, unit: 'count' as const, text: '100K' },
    { value: 1_000_000, unit: 'count' as const, text: '1M' },
    { value: 1500, unit: 'usd' as const, text: '$1.5K' },
    { value: 0.2, unit: 'usd' as const, text: '$0.2' },
  ])('$value reads $text', ({ value, unit, text }) => {
    expect(compactTick(value, unit)).toBe(text);
  });
});

describe('direct label placement', () => {
  const area = { x: 0, y: 0, w: 200, h: 100 };
  const box = (x: number, y: number) => ({ x, y, w: 40, h: 12 });

  test('a label that would cover another is left out, the higher priority wins', () => {
    const placed = placeLabels(
      [
        { text: 'low', boxes: [box(10, 10)], priority: 1 },
        { text: 'high', boxes: [box(20, 12)], priority: 2 },
        { text: 'apart', boxes: [box(120, 50)], priority: 1 },
      ],
      area,
    );
    expect(placed.map((p) => p.text)).toEqual(['high', 'apart']);
  });

  test('a crowded label takes its next free box', () => {
    const placed = placeLabels(
      [
        { text: 'a', boxes: [box(10, 10)], priority: 1 },
        { text: 'b', boxes: [box(12, 10), box(10, 40)], priority: 1 },
      ],
      area,
    );
    expect(placed.map((p) => [p.text, p.box.y])).toEqual([
      ['a', 10],
      ['b', 40],
    ]);
  });

  test('labels stay inside the plot and off the markers', () => {
    const placed = placeLabels(
      [
        { text: 'outside', boxes: [box(180, 10)], priority: 1 },
        { text: 'on a marker', boxes: [box(60, 60)], priority: 1 },
      ],
      area,
      [{ x: 70, y: 62, w: 8, h: 8 }],
    );
    expect(placed).toEqual([]);
  });

  test('a point label goes right of the point first, then left', () => {
    const [right, left] = boxesAroundPoint(100, 50, 6, 40, 12);
    expect(right).toEqual({ x: 109, y: 44, w: 40, h: 12 });
    expect(left).toEqual({ x: 51, y: 44, w: 40, h: 12 });
  });
});

describe('bar charts on a phone', () => {
  const spec = () => benchmarkBars(chartModels(12), [chartBenchmark()]);

  test.each([
    { width: 1100, flat: false },
    { width: 320, flat: true },
  ])('12 bars in $width px lie flat: $flat', ({ width, flat }) => {
    expect(shouldLieFlat(spec().config, width)).toBe(flat);
  });

  test('a chart on its side keeps every marker on its own bar', () => {
    const config = lieFlat(
      benchmarkBars([chartModel(0), chartModel(1, [{ score: 30 }])], [chartBenchmark()]).config,
    );
    expect(config.options['indexAxis']).toBe('y');
    expect(config.data.datasets.map((d) => d.data.map((p) => [p.x, p.y, p.series]))).toEqual([
      [[40, 'Quiz', undefined]],
      [[41, 'Quiz', undefined]],
      [[30, 'Quiz', 1]],
    ]);
    // The score axis moves to the bottom with its title.
    const scales = config.options['scales'] as Record<string, { title?: { text: string } }>;
    expect(scales['x']?.title?.text).toBe('Score (%)');
  });
});
