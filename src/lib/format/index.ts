/**
 * The one place numbers, money and dates become text. Everything uses Intl with the
 * en-US locale so pages render the same on the server and in every browser.
 */
const LOCALE = 'en-US';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 2 });

/** `1047576` → `1,047,576`. */
export const formatTokens = (n: number): string => integer.format(n);

/** `1047576` → `1.05M`, `128000` → `128K`: for tight table cells. */
export const formatTokensShort = (n: number): string => compact.format(n);

const usd2 = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const usd4 = new Intl.NumberFormat(LOCALE, {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});

/**
 * A price per 1M tokens as the provider writes it: `$2.00`, `$0.125`, `$0.025`. Up to four
 * decimals, so a real price is never rounded to a different one.
 */
export const formatPrice = (usdPerMillion: number): string => usd4.format(usdPerMillion);

/**
 * An amount of money, with enough significant digits for small amounts:
 * `$0.0304` stays `$0.0304`, `$1,234.5` becomes `$1,234.50`.
 */
export function formatUsd(amount: number): string {
  if (amount === 0) return usd2.format(0);
  if (Math.abs(amount) >= 1) return usd2.format(amount);
  // Five significant digits below $1: $0.0017272, $0.0304, $0.515.
  const digits = Math.min(10, Math.max(2, 2 - Math.floor(Math.log10(Math.abs(amount))) + 2));
  return new Intl.NumberFormat(LOCALE, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 2,
    maximumFractionDigits: digits,
  }).format(amount);
}

const dayFormat = new Intl.DateTimeFormat(LOCALE, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat(LOCALE, {
  year: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** `2025-04-14` → `Apr 14, 2025`; `2024-06` → `Jun 2024`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined) return iso;
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  return d === undefined ? monthFormat.format(date) : dayFormat.format(date);
}

const pct = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** A benchmark score in its unit: `54.6%`, `2,719 Elo`. */
export const formatScore = (score: number, unit: '%' | 'score' | 'elo'): string =>
  unit === '%'
    ? `${pct.format(score)}%`
    : unit === 'elo'
      ? `${integer.format(score)} Elo`
      : pct.format(score);

/** A share 0..1 as a percentage: `0.5` → `50%`. */
export const formatShare = (share: number): string => `${pct.format(share * 100)}%`;
