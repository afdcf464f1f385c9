import type { ImageTokens, Offering, PriceSchedule, Tier } from '../../schemas';
import { formatTokens } from '../format';
import { imageTokens } from './images';
import type { Model } from '../content/types';
import { primaryOffering, scheduleAt } from '../models/pricing';
import { costOf, sum, type Money } from './money';
import { batchRate, ratesOf, type BilledMeter, type Rates } from './rates';
import type { Workload } from './workload';

/** One billed line: which meter, how many tokens, at what rate. */
export type CostLine = {
  meter: 'input' | 'cachedInput' | 'cacheWrite' | 'output' | 'reasoning';
  tokens: number;
  /** USD per 1M tokens actually applied (after tier and batch). */
  rate: number;
  cost: Money;
};

export type CostResult =
  | {
      ok: true;
      /** Cost of one request, exact, in pico-dollars. */
      perRequest: Money;
      lines: CostLine[];
      schedule: PriceSchedule;
      /** The long-context tier applied, if any. */
      tier?: Tier | undefined;
      /** Caveats a reader should see next to the number. */
      notes: string[];
    }
  | { ok: false; reason: string };

/**
 * The cost of one request of `workload` on `offering` with the prices in force on `asOf`:
 * the one price function, so every cost on the site (counter, calculator, compare, model
 * pages) is this one. Never returns $0 for a missing price: no schedule, no batch price or no input/output price
 * is a result with `ok: false` and the reason.
 */
export function requestCost(
  offering: Offering,
  workload: Workload,
  asOf: string,
  imageRule?: ImageTokens,
): CostResult {
  if (!offering.prices) return { ok: false, reason: 'no published price' };
  const schedule = scheduleAt(offering, asOf);
  if (!schedule) return { ok: false, reason: `no price in force on ${asOf}` };
  if (schedule.input === undefined || schedule.output === undefined)
    return { ok: false, reason: 'input or output price not published' };
  if (workload.batch && !schedule.batch) return { ok: false, reason: 'no Batch API price' };

  const notes: string[] = [];
  let imageInput = 0;
  if (workload.images > 0) {
    if (!imageRule) return { ok: false, reason: 'no documented rule for image tokens' };
    const each = imageTokens(
      imageRule,
      workload.imageWidth,
      workload.imageHeight,
      workload.imageDetail,
    );
    imageInput = each * workload.images;
    notes.push(
      `${formatTokens(each)} tokens per image (${imageRule.method} formula, ${workload.imageDetail} detail)`,
    );
  }
  const input = workload.inputTokens + imageInput;
  // Cache shares apply to the text prompt; image tokens are billed as fresh input.
  const cached = Math.round(workload.inputTokens * workload.cachedShare);
  const written = Math.min(
    workload.inputTokens - cached,
    Math.round(workload.inputTokens * workload.cacheWriteShare),
  );
  const fresh = input - cached - written;
  const tier = applicableTier(
    schedule.tiers,
    input,
    workload.outputTokens + workload.reasoningTokens,
  );

  // Cached tokens pay the tier's cache rate only when the tier covers the whole request.
  const cachedPrice =
    tier?.appliesTo === 'whole-request'
      ? (tier.cachedInput ?? schedule.cachedInput)
      : schedule.cachedInput;
  if (cached > 0 && cachedPrice === undefined) notes.push(NO_CACHE);
  const writePrice = workload.cacheTtl === '1h' ? schedule.cacheWrite1h : schedule.cacheWrite5m;
  if (written > 0 && writePrice === undefined) notes.push(NO_WRITE);
  const base = ratesOf(schedule, undefined, workload.cacheTtl);
  const high = tier ? ratesOf(schedule, tier, workload.cacheTtl) : base;
  const batch = (r: Rates, meter: BilledMeter): bigint =>
    workload.batch ? batchRate(schedule, r, meter, r !== base) : r[meter];

  const lines: CostLine[] = [];
  const bill = (meter: CostLine['meter'], tokens: number, rate: bigint) => {
    if (tokens > 0)
      lines.push({ meter, tokens, rate: Number(rate) / 1e6, cost: costOf(tokens, rate) });
  };
  if (tier?.appliesTo === 'tokens-above') {
    // Only the input tokens past the threshold pay the tier's rate; uncached tokens fill it first.
    const over = input - tier.above;
    const freshOver = Math.min(fresh, over);
    bill('input', fresh - freshOver, batch(base, 'input'));
    bill('input', freshOver, batch(high, 'input'));
    bill('cachedInput', cached, batch(base, 'cachedInput'));
    bill('cacheWrite', written, batch(base, 'cacheWrite'));
    bill('output', workload.outputTokens, batch(base, 'output'));
    bill('reasoning', workload.reasoningTokens, batch(base, 'reasoning'));
  } else {
    bill('input', fresh, batch(high, 'input'));
    bill('cachedInput', cached, batch(high, 'cachedInput'));
    bill('cacheWrite', written, batch(high, 'cacheWrite'));
    bill('output', workload.outputTokens, batch(high, 'output'));
    bill('reasoning', workload.reasoningTokens, batch(high, 'reasoning'));
  }
  return { ok: true, perRequest: sum(lines.map((l) => l.cost)), lines, schedule, tier, notes };
}

/** The highest tier whose threshold the request's counted tokens pass (strictly more than `above`). */
export function applicableTier(
  tiers: Tier[] | undefined,
  input: number,
  output: number,
): Tier | undefined {
  let found: Tier | undefined;
  for (const t of tiers ?? []) {
    const counted = t.counts === 'input' ? input : input + output;
    if (counted > t.above) found = t;
  }
  return found;
}

const NO_CACHE = 'No cached-input price is listed: cached tokens are priced as input.';
const NO_WRITE = 'No cache-write price is listed: written tokens are priced as input.';

/**
 * The cost of one request of `workload` on a model's headline offering (the maker's own, else
 * the first with prices) on `asOf`. Every page and island that shows a model's cost calls
 * this, so the counter, the calculator and the comparison agree to the pico-dollar.
 */
export function modelCost(
  model: Pick<Model, 'maker' | 'offerings' | 'imageTokens'>,
  workload: Workload,
  asOf: string,
): CostResult {
  const offering = primaryOffering(model);
  return offering
    ? requestCost(offering, workload, asOf, model.imageTokens)
    : { ok: false, reason: 'no published price' };
}
