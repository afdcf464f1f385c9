/**
 * Exact money. Prices are USD per 1M tokens with at most 6 decimals, so a price is an
 * integer number of micro-dollars per 1M tokens, and tokens × that integer is an exact
 * amount in pico-dollars (1e-12 USD). Sums stay exact; only display converts to a float.
 */
export type Money = bigint;

const MICRO = 1_000_000;

/** A price in USD per 1M tokens as integer micro-dollars per 1M tokens. */
export function priceUnits(usdPerMillion: number): bigint {
  if (!Number.isFinite(usdPerMillion) || usdPerMillion < 0)
    throw new RangeError(`bad price ${usdPerMillion}`);
  return BigInt(Math.round(usdPerMillion * MICRO));
}

/** The cost of `tokens` at a price in micro-dollars per 1M tokens, in pico-dollars. */
export function costOf(tokens: number, unitsPerMillion: bigint): Money {
  if (!Number.isSafeInteger(tokens) || tokens < 0)
    throw new RangeError(`bad token count ${tokens}`);
  return BigInt(tokens) * unitsPerMillion;
}

/** A price after a discount share (0.5 = 50% off), rounded half up to the micro-dollar. */
export function discounted(units: bigint, discount: number): bigint {
  const keepPpm = BigInt(Math.round((1 - discount) * MICRO));
  return (units * keepPpm + BigInt(MICRO / 2)) / BigInt(MICRO);
}

/** Pico-dollars to dollars, for display only. */
export const toUsd = (m: Money): number => Number(m) / 1e12;

/** Multiplies an amount by a whole number of requests. */
export const times = (m: Money, n: number): Money => m * BigInt(Math.round(n));

/** Adds amounts exactly. */
export const sum = (amounts: readonly Money[]): Money => amounts.reduce((a, b) => a + b, 0n);
