import type { ImageTokens, Offering, PriceSchedule, Tier } from '../../schemas';
import { imageTokens } from './images';
import { scheduleAt } from '../models/pricing';
import { costOf, discounted, priceUnits, sum, type Money } from './money';
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

type Rates = {
  input: bigint;
  cachedInput: bigint;
  output: bigint;
  reasoning: bigint;
  cacheWrite: bigint;
};

/**
 * The cost of one request of `workload` on `offering` with the prices in force on `asOf`.
 * Never returns $0 for a missing price: no schedule, no batch price or no input/output price
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
      `${each.toLocaleString('en-US')} tokens per image (${imageRule.method} formula, ${workload.imageDetail} detail)`,
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

  const base = ratesOf(schedule, undefined, workload.cacheTtl, notes, cached, written);
  const high = tier ? ratesOf(schedule, tier, workload.cacheTtl, notes, cached, written) : base;
  const batch = (r: Rates, meter: keyof Rates): bigint =>
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

function ratesOf(
  s: PriceSchedule,
  tier: Tier | undefined,
  ttl: '5m' | '1h',
  notes: string[],
  cached: number,
  written: number,
): Rates {
  const input = priceUnits(tier?.input ?? s.input ?? 0);
  const output = priceUnits(tier?.output ?? s.output ?? 0);
  let cachedInput = input;
  const cachedPrice = tier?.cachedInput ?? s.cachedInput;
  if (cachedPrice !== undefined) cachedInput = priceUnits(cachedPrice);
  else if (cached > 0 && !notes.includes(NO_CACHE)) notes.push(NO_CACHE);
  const writePrice = ttl === '1h' ? s.cacheWrite1h : s.cacheWrite5m;
  let cacheWrite = input;
  if (writePrice !== undefined) cacheWrite = priceUnits(writePrice);
  else if (written > 0 && !notes.includes(NO_WRITE)) notes.push(NO_WRITE);
  const reasoning =
    s.reasoning === undefined || s.reasoning === 'as-output' ? output : priceUnits(s.reasoning);
  return { input, cachedInput, output, reasoning, cacheWrite };
}

const NO_CACHE = 'No cached-input price is listed: cached tokens are priced as input.';
const NO_WRITE = 'No cache-write price is listed: written tokens are priced as input.';

/**
 * A meter's batch rate: the standard rate less the batch discount; or, where the source lists
 * batch prices, that price (standard rates) or the same share off (tier rates, and meters with
 * no listed batch price take the input meter's share).
 */
function batchRate(s: PriceSchedule, r: Rates, meter: keyof Rates, tiered: boolean): bigint {
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
