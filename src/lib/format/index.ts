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

const PICO_PER_USD = 1_000_000_000_000n;
const grouped = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });

/** Exact pico-dollars as `$1,234.5678`, at least two decimals, no binary rounding. */
function picoText(pico: bigint, minDecimals = 2): string {
  const sign = pico < 0n ? '-' : '';
  const abs = pico < 0n ? -pico : pico;
  const whole = grouped.format(abs / PICO_PER_USD);
  const fraction = (abs % PICO_PER_USD).toString().padStart(12, '0').replace(/0+$/, '');
  const shown = fraction.padEnd(minDecimals, '0');
  return `${sign}$${whole}${shown ? `.${shown}` : ''}`;
}

/**
 * A cost (exact pico-dollars, as the pricing engine returns it) to three significant digits,
 * rounded half up: `$0.0343`, `$0.776`, `$1.55`, `$12.30`, `$1,230`. Amounts under $100 keep
 * at least two decimals as money does. `formatCostExact` gives the exact amount for hovers
 * and exports.
 */
export function formatCost(pico: bigint): string {
  const abs = pico < 0n ? -pico : pico;
  if (abs === 0n) return '$0.00';
  const digits = abs.toString().length;
  let rounded = abs;
  if (digits > 3) {
    const unit = 10n ** BigInt(digits - 3);
    rounded = ((abs + unit / 2n) / unit) * unit;
  }
  const text = picoText(rounded, rounded >= 100n * PICO_PER_USD ? 0 : 2);
  return pico < 0n ? `-${text}` : text;
}

/** A cost to the pico-dollar, trailing zeros trimmed: `$0.03425`, `$1,234.50`. */
export const formatCostExact = (pico: bigint): string => picoText(pico);

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
