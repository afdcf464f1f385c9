import type { MeterName, PriceSchedule, Tier } from '../../schemas';
import { discounted, priceUnits } from './money';

/** Rates of one schedule (and tier), in micro-dollars per 1M tokens, per billed meter. */
export type Rates = {
  input: bigint;
  cachedInput: bigint;
  output: bigint;
  reasoning: bigint;
  cacheWrite: bigint;
};

/** A billed meter. Cache writes are one meter; the lifetime picks its price. */
export type BilledMeter = keyof Rates;

/**
 * The standard rates of a schedule, or of one of its tiers (a tier's missing meter keeps the
 * schedule's rate). A meter without a price of its own is billed as input (cache reads and
 * writes) or as output (reasoning), which is what the engine's notes tell the reader.
 */
export function ratesOf(s: PriceSchedule, tier: Tier | undefined, ttl: '5m' | '1h'): Rates {
  const input = priceUnits(tier?.input ?? s.input ?? 0);
  const output = priceUnits(tier?.output ?? s.output ?? 0);
  const cachedPrice = tier?.cachedInput ?? s.cachedInput;
  const writePrice = ttl === '1h' ? s.cacheWrite1h : s.cacheWrite5m;
  const reasoning =
    s.reasoning === undefined || s.reasoning === 'as-output' ? output : priceUnits(s.reasoning);
  return {
    input,
    cachedInput: cachedPrice === undefined ? input : priceUnits(cachedPrice),
    output,
    reasoning,
    cacheWrite: writePrice === undefined ? input : priceUnits(writePrice),
  };
}

/**
 * A meter's batch rate: the standard rate less the batch discount; or, where the source lists
 * batch prices, that price (standard rates) or the same share off (tier rates, and meters with
 * no listed batch price take the input meter's share).
 */
export function batchRate(s: PriceSchedule, r: Rates, meter: BilledMeter, tiered: boolean): bigint {
  const b = s.batch;
  if (!b) return r[meter];
  if (b.discount !== undefined) return discounted(r[meter], b.discount);
  const listedMeter = meter === 'reasoning' ? 'output' : meter;
  const listed = listedMeter === 'cacheWrite' ? undefined : b[listedMeter];
  if (
    listed !== undefined &&
    !tiered &&
    (meter !== 'reasoning' || s.reasoning === undefined || s.reasoning === 'as-output')
  )
    return priceUnits(listed);
  const standard = listedMeter === 'cacheWrite' ? undefined : s[listedMeter];
  const share =
    listed !== undefined && standard
      ? listed / standard
      : b.input !== undefined && s.input
        ? b.input / s.input
        : b.output !== undefined && s.output
          ? b.output / s.output
          : 1;
  return discounted(r[meter], 1 - share);
}

/**
 * The batch price of a meter the schedule lists, USD per 1M tokens, exactly as the engine
 * bills it: a listed batch price, or the standard price less the discount (or less the share
 * the listed batch prices take off). Undefined without batch pricing or without a standard
 * price for the meter.
 */
export function batchPrice(s: PriceSchedule, meter: MeterName): number | undefined {
  if (!s.batch || s[meter] === undefined) return undefined;
  const billed: BilledMeter =
    meter === 'cacheWrite5m' || meter === 'cacheWrite1h' ? 'cacheWrite' : meter;
  const rates = ratesOf(s, undefined, meter === 'cacheWrite1h' ? '1h' : '5m');
  return Number(batchRate(s, rates, billed, false)) / 1e6;
}

/**
 * Whether the source gives a meter's batch price (a discount on every meter, or a listed
 * price for it), as against the engine deriving it from the listed meters' share: a page that
 * shows a derived batch price must say so.
 */
export function batchPriceListed(s: PriceSchedule, meter: MeterName): boolean {
  const b = s.batch;
  if (!b) return false;
  if (b.discount !== undefined) return true;
  return (
    (meter === 'input' || meter === 'output' || meter === 'cachedInput') && b[meter] !== undefined
  );
}
