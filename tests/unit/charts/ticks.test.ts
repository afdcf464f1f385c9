import { Ticks } from 'chart.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { numericTick } from '../../../src/lib/charts/ticks';

// chart.js's own formatter, with Node's Intl (full locale data) behind it, is the check.
const scale = { chart: { options: { locale: 'en-US' } }, options: { ticks: {} } };
const chartjs = (value: number, index: number, ticks: { value: number }[]) =>
  Ticks.formatters.numeric.call(scale as never, value, index, ticks as never);

// Evenly spaced ticks as a linear axis makes them: a 1-2-2.5-5 step in some decade, from a
// multiple of the step, as scores (0-100), prices (cents to thousands) and counts run.
const axes = fc
  .record({
    step: fc.constantFrom(1, 2, 2.5, 5),
    decade: fc.integer({ min: -3, max: 9 }),
    start: fc.integer({ min: -20, max: 200 }),
    count: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ step, decade, start, count }) => {
    const size = step * 10 ** decade;
    return Array.from({ length: count }, (_, i) => ({
      value: Number(((start + i) * size).toPrecision(12)),
    }));
  });

describe('number axis labels', () => {
  test('read as chart.js writes them with Intl, on any evenly spaced axis', () => {
    fc.assert(
      fc.property(axes, (ticks) =>
        ticks.every((t, i) => numericTick(t.value, i, ticks) === chartjs(t.value, i, ticks)),
      ),
      { numRuns: 5000 },
    );
  });

  test('a score axis and a price axis', () => {
    const score = [0, 20, 40, 60, 80, 100].map((value) => ({ value }));
    expect(score.map((t, i) => numericTick(t.value, i, score))).toEqual([
      '0',
      '20',
      '40',
      '60',
      '80',
      '100',
    ]);
    const usd = [0, 0.5, 1, 1.5, 2].map((value) => ({ value }));
    expect(usd.map((t, i) => numericTick(t.value, i, usd))).toEqual([
      '0',
      '0.5',
      '1.0',
      '1.5',
      '2.0',
    ]);
    const big = [0, 5000, 10000, 15000].map((value) => ({ value }));
    expect(big.map((t, i) => numericTick(t.value, i, big))).toEqual([
      '0',
      '5,000',
      '10,000',
      '15,000',
    ]);
  });
});
