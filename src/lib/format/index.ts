/**
 * The one place numbers, money and dates become text, as US English writes them, the same on
 * the server and in every browser. The rules are written out here (see ./decimal) rather than
 * taken from Intl, whose first use costs a slow phone about 50 ms of locale data.
 */
import { compact, decimal, group } from './decimal';

/** `1047576` → `1,047,576`. */
export const formatTokens = (n: number): string => decimal(n, { maxFraction: 0 });

/** `1047576` → `1.05M`, `128000` → `128K`: for tight table cells. */
export const formatTokensShort = (n: number): string => compact(n, 2);

/**
 * A price per 1M tokens as the provider writes it: `$2.00`, `$0.125`, `$0.025`. Up to four
 * decimals, so a real price is never rounded to a different one.
 */
export const formatPrice = (usdPerMillion: number): string =>
  decimal(usdPerMillion, { minFraction: 2, maxFraction: 4, prefix: '$' });

const PICO_PER_USD = 1_000_000_000_000n;

/** Exact pico-dollars as `$1,234.5678`, at least two decimals, no binary rounding. */
function picoText(pico: bigint, minDecimals = 2): string {
  const sign = pico < 0n ? '-' : '';
  const abs = pico < 0n ? -pico : pico;
  const whole = group((abs / PICO_PER_USD).toString());
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

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-04-14` → `Apr 14, 2025`; `2024-06` → `Jun 2024`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined) return iso;
  // Through Date, so an out-of-range day rolls over as a calendar does (Feb 30 → Mar 2).
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${iso}`);
  const month = MONTHS[date.getUTCMonth()];
  const year = date.getUTCFullYear();
  return d === undefined ? `${month} ${year}` : `${month} ${date.getUTCDate()}, ${year}`;
}

const pct = (n: number) => decimal(n, { maxFraction: 1 });

/** A benchmark score in its unit: `54.6%`, `2,719 Elo`. */
export const formatScore = (score: number, unit: '%' | 'score' | 'elo'): string =>
  unit === '%' ? `${pct(score)}%` : unit === 'elo' ? `${formatTokens(score)} Elo` : pct(score);

/** A share 0..1 as a percentage: `0.5` → `50%`. */
export const formatShare = (share: number): string => `${pct(share * 100)}%`;
