import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatPrice,
  formatScore,
  formatShare,
  formatTokens,
  formatTokensShort,
} from '../../../src/lib/format';

// The site writes numbers without Intl (its first use is slow in a browser); Node's Intl,
// with full locale data, is the independent check that the text is what en-US Intl writes.
const intl = {
  integer: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
  compact: new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 }),
  usd: new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }),
  one: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
  day: new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }),
  month: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', timeZone: 'UTC' }),
};

// Token counts and prices as they occur (whole numbers, a few decimals, halves that round)
// and doubles of every size below the compact notation's largest unit.
const numbers = fc.oneof(
  fc.integer({ min: -2e9, max: 2e12 }),
  fc.double({ min: -1e13, max: 1e13, noNaN: true }),
  fc.double({ min: 0, max: 2, noNaN: true }),
  fc.integer({ min: 0, max: 2e6 }).map((n) => n / 1000),
  fc.integer({ min: 0, max: 2e6 }).map((n) => n / 10_000 + 0.00005),
  fc.constantFrom(0, -0, 0.5, 1.005, 2.675, 999.995, 999_999, 999_500, 9_999_999.6, 1e-7, 5e-5),
);
const runs = { numRuns: 5000 };

describe('numbers are written as en-US Intl writes them', () => {
  test('token counts with grouped thousands', () => {
    fc.assert(
      fc.property(numbers, (n) => formatTokens(n) === intl.integer.format(n)),
      runs,
    );
  });
  test('compact counts for tight cells (K, M, B, T)', () => {
    fc.assert(
      fc.property(numbers, (n) => formatTokensShort(n) === intl.compact.format(n)),
      runs,
    );
  });
  test('prices in dollars, two to four decimals', () => {
    fc.assert(
      fc.property(numbers, (n) => formatPrice(n) === intl.usd.format(n)),
      runs,
    );
  });
  test('scores and shares to one decimal', () => {
    fc.assert(
      fc.property(numbers, (n) => formatScore(n, '%') === `${intl.one.format(n)}%`),
      runs,
    );
    fc.assert(
      fc.property(numbers, (n) => formatScore(n, 'elo') === `${intl.integer.format(n)} Elo`),
      runs,
    );
    fc.assert(
      fc.property(numbers, (n) => formatShare(n) === `${intl.one.format(n * 100)}%`),
      runs,
    );
  });
  test('NaN and infinities say so', () => {
    for (const n of [Number.NaN, Infinity, -Infinity]) {
      expect(formatTokens(n)).toBe(intl.integer.format(n));
      expect(formatPrice(n)).toBe(intl.usd.format(n));
    }
  });
});

describe('dates are written as en-US Intl writes them', () => {
  const days = fc
    .date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  test('a day: Apr 14, 2025', () => {
    fc.assert(
      fc.property(days, (iso) => formatDate(iso) === intl.day.format(new Date(`${iso}T00:00Z`))),
      runs,
    );
  });
  test('a month: Jun 2024', () => {
    fc.assert(
      fc.property(
        days.map((d) => d.slice(0, 7)),
        (iso) => formatDate(iso) === intl.month.format(new Date(`${iso}-01T00:00Z`)),
      ),
      runs,
    );
  });
});
