/**
 * Number → text the way `Intl.NumberFormat('en-US')` writes it, without Intl: building the
 * first Intl formatter loads the browser's locale data, about 50 ms on a slow phone, before
 * a page can show a number. Rounding is half away from zero on the shortest decimal that
 * reads back as the number (what Intl rounds), so `1.005` to two places is `1.01`. A test
 * checks every function here against Intl on thousands of values.
 */

/** `1234567` → `1,234,567`: an unsigned whole number's digits in groups of three. */
export const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * `abs` (finite, not negative) rounded to at most `maxFraction` decimals and written with at
 * least `minFraction`: the integer digits (ungrouped) and the fraction digits.
 */
function rounded(abs: number, maxFraction: number, minFraction: number) {
  // toExponential() gives the shortest digits that read back as the number: "1.005e+0".
  const [mantissa = '0', exp = '0'] = abs.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  // The number is 0.<digits> × 10^point; scaled by 10^maxFraction and rounded, it is `units`.
  const point = Number(exp) + 1;
  const keep = point + maxFraction; // digits of `digits` that are whole units
  const halfUp = (i: number) => (Number(digits[i] ?? '0') >= 5 ? 1n : 0n);
  const units =
    keep >= digits.length
      ? BigInt(digits) * 10n ** BigInt(keep - digits.length)
      : keep > 0
        ? BigInt(digits.slice(0, keep)) + halfUp(keep)
        : keep === 0
          ? halfUp(0)
          : 0n;
  const text = units.toString().padStart(maxFraction + 1, '0');
  const integer = text.slice(0, text.length - maxFraction);
  const fraction = text
    .slice(text.length - maxFraction)
    .replace(/0+$/, '')
    .padEnd(minFraction, '0');
  return { integer, fraction };
}

type Options = { minFraction?: number; maxFraction: number; prefix?: string; suffix?: string };

/** A number with grouped thousands: Intl's en-US decimal style. */
export function decimal(
  n: number,
  { minFraction = 0, maxFraction, prefix = '', suffix = '' }: Options,
) {
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  if (Number.isNaN(n)) return `${prefix}NaN${suffix}`;
  if (!Number.isFinite(n)) return `${sign}${prefix}∞${suffix}`;
  const { integer, fraction } = rounded(Math.abs(n), maxFraction, minFraction);
  return `${sign}${prefix}${group(integer)}${fraction ? `.${fraction}` : ''}${suffix}`;
}

const COMPACT = [
  { at: 1e12, unit: 'T' },
  { at: 1e9, unit: 'B' },
  { at: 1e6, unit: 'M' },
  { at: 1e3, unit: 'K' },
];

/** `1047576` → `1.05M`, `128000` → `128K`: Intl's en-US compact notation. */
export function compact(n: number, maxFraction: number): string {
  const abs = Math.abs(n);
  if (!Number.isFinite(abs)) return decimal(n, { maxFraction });
  for (let i = 0; i < COMPACT.length; i++) {
    const step = COMPACT[i]!;
    if (abs < step.at) continue;
    const scaled = rounded(abs / step.at, maxFraction, 0);
    // 999,999 rounds to 1000K, which is written 1M.
    const bigger = COMPACT[i - 1];
    if (bigger && scaled.integer.length > 3) return compact(Math.sign(n) * bigger.at, maxFraction);
    return decimal(Math.sign(n) * (abs / step.at), { maxFraction, suffix: step.unit });
  }
  // Under 1000, but 999.999 rounds up into thousands.
  const small = rounded(abs, maxFraction, 0);
  if (small.integer.length > 3) return decimal(Math.sign(n), { maxFraction, suffix: 'K' });
  return decimal(n, { maxFraction });
}
