import { formatTokensShort } from '../format';
import { decimal } from '../format/decimal';

/**
 * Tick values for a log axis from `min` to `max` that never crowd: 1-2-5 in each decade when
 * they fit in `maxTicks`, else the powers of ten, else every second or third power of ten.
 * chart.js's own log ticks label 8, 9 and 10 of a decade side by side.
 */
export function logTicks(min: number, max: number, maxTicks = 8): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const lo = Math.floor(Math.log10(min) + 1e-9);
  const hi = Math.ceil(Math.log10(max) - 1e-9);
  const inRange = (v: number) => v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9);
  const decades = (steps: readonly number[], every = 1) => {
    const out: number[] = [];
    for (let e = lo; e <= hi; e++)
      if ((e - lo) % every === 0)
        for (const s of steps) {
          const v = round(s * 10 ** e);
          if (inRange(v)) out.push(v);
        }
    return out;
  };
  for (const steps of [[1, 2, 5], [1, 3], [1]] as const) {
    const t = decades(steps);
    if (t.length <= maxTicks && t.length >= 2) return t;
  }
  for (let every = 2; ; every++) {
    const t = decades([1], every);
    if (t.length <= Math.max(2, maxTicks)) return t.length ? t : [min, max];
  }
}

/** Float noise off a power of ten times a step: 0.30000000000000004 → 0.3. */
const round = (v: number) => Number(v.toPrecision(12));

/** A tick label short enough never to run into its neighbour: `100K`, `1M`, `$1.5K`, `$0.2`. */
export function compactTick(value: number, unit: 'count' | 'usd' = 'count'): string {
  const text = formatTokensShort(value);
  return unit === 'usd' ? `$${text}` : text;
}

/** How many log ticks an axis of `pixels` can hold with labels about `labelPx` apart. */
export const ticksThatFit = (pixels: number, labelPx = 56): number =>
  Math.max(2, Math.floor(pixels / labelPx));

/**
 * Limits for a log axis that keep every marker whole and leave room for a bar's value above
 * it: the data's range widened by `pad` on both sides.
 */
export function logBounds(values: readonly number[], pad = 1.5): { min: number; max: number } {
  const positive = values.filter((v) => v > 0);
  if (!positive.length) return { min: 1, max: 10 };
  return { min: Math.min(...positive) / pad, max: Math.max(...positive) * pad };
}

/**
 * The label chart.js writes on a number axis (as many decimals as the step between ticks
 * needs, thousands grouped), without Intl: chart.js's own formatter builds an Intl formatter,
 * whose first use loads locale data, about 120 ms with the CPU slowed 4×, in the task that
 * draws the chart. The site's axes never reach chart.js's scientific notation (below 1e-4 or
 * above 1e15); there this writes JavaScript's exponent form.
 */
export function numericTick(value: number, _index: number, ticks: readonly { value: number }[]) {
  if (value === 0) return '0';
  let delta = value;
  if (ticks.length > 1) {
    const ends = Math.max(Math.abs(ticks[0]!.value), Math.abs(ticks[ticks.length - 1]!.value));
    if (ends < 1e-4 || ends > 1e15) return value.toExponential();
    delta =
      ticks.length > 3 ? ticks[2]!.value - ticks[1]!.value : ticks[1]!.value - ticks[0]!.value;
    if (Math.abs(delta) >= 1 && value !== Math.floor(value)) delta = value - Math.floor(value);
  }
  const log = Math.log10(Math.abs(delta));
  const digits = Number.isNaN(log) ? 1 : Math.max(Math.min(-Math.floor(log), 20), 0);
  return decimal(value, { minFraction: digits, maxFraction: digits });
}
