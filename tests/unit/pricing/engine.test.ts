import { describe, expect, test } from 'vitest';
import { modelCost, requestCost } from '../../../src/lib/pricing/engine';
import { costOf, priceUnits, sum, toUsd } from '../../../src/lib/pricing/money';
import { totals } from '../../../src/lib/pricing/present';
import { batchPrice, batchPriceListed } from '../../../src/lib/pricing/rates';
import { defaultWorkload, inputOnce, type Workload } from '../../../src/lib/pricing/workload';
import { priceSchedule, pricedModel } from '../../fixtures/factories';

const DAY = '2025-06-01';
const w = (change: Partial<Workload>): Workload => ({
  ...defaultWorkload,
  inputTokens: 10_000,
  outputTokens: 1_000,
  ...change,
});
// A window wide enough for every tier below, so the schema's tier-inside-the-window rule holds.
const wide = { limits: { contextWindow: { value: 1_048_576, source: 'acme-docs' } } };
/** The engine's cost of one request on a factory model, in dollars, or why there is none. */
const usd = (schedule: Record<string, unknown>, workload: Workload, asOf = DAY) => {
  const r = modelCost(pricedModel([priceSchedule(schedule)], wide), workload, asOf);
  return r.ok ? toUsd(r.perRequest) : r.reason;
};

// The factory schedule is $1 in / $4 out per 1M tokens; every case changes one thing.
describe('one request, priced', () => {
  test.each([
    { name: 'input and output', s: {}, w: w({}), cost: 0.014 }, // 10k × $1 + 1k × $4
    { name: 'input only, once', s: {}, w: inputOnce(310_559), cost: 0.310559 },
    {
      name: 'half the input cached at the cache rate',
      s: { cachedInput: 0.25 },
      w: w({ cachedShare: 0.5 }),
      cost: 0.01025, // 5k × $1 + 5k × $0.25 + 1k × $4
    },
    {
      name: 'cached input without a cache price is billed as input',
      s: {},
      w: w({ cachedShare: 0.5 }),
      cost: 0.014,
    },
    {
      name: '5-minute cache writes',
      s: { cacheWrite5m: 1.25, cacheWrite1h: 2 },
      w: w({ cacheWriteShare: 1 }),
      cost: 0.0165, // 10k × $1.25 + 1k × $4
    },
    {
      name: '1-hour cache writes',
      s: { cacheWrite5m: 1.25, cacheWrite1h: 2 },
      w: w({ cacheWriteShare: 1, cacheTtl: '1h' }),
      cost: 0.024,
    },
    {
      name: 'reasoning tokens billed as output',
      s: { reasoning: 'as-output' },
      w: w({ reasoningTokens: 2_000 }),
      cost: 0.022,
    },
    {
      name: 'reasoning tokens at their own price',
      s: { reasoning: 2 },
      w: w({ reasoningTokens: 2_000 }),
      cost: 0.018,
    },
    {
      name: 'batch at a discount',
      s: { batch: { discount: 0.5 } },
      w: w({ batch: true }),
      cost: 0.007,
    },
    {
      name: 'batch at listed prices',
      s: { batch: { input: 0.6, output: 2 } },
      w: w({ batch: true }),
      cost: 0.008, // 10k × $0.60 + 1k × $2
    },
    {
      name: 'batch cached input takes the listed input share off the cache rate',
      s: { cachedInput: 0.25, batch: { input: 0.6, output: 2 } },
      w: w({ batch: true, cachedShare: 1 }),
      cost: 0.0035, // 10k × $0.25 × 0.6 + 1k × $2
    },
  ])('$name', ({ s, w: workload, cost }) => {
    expect(usd(s, workload)).toBe(cost);
  });

  test.each([
    {
      name: 'batch without a Batch API price',
      s: {},
      w: w({ batch: true }),
      asOf: DAY,
      reason: 'no Batch API price',
    },
    {
      name: 'a day before any price took effect',
      s: {},
      w: w({}),
      asOf: '2024-12-31',
      reason: 'no price in force on 2024-12-31',
    },
    {
      name: 'images without a documented rule',
      s: {},
      w: w({ images: 1 }),
      asOf: DAY,
      reason: 'no documented rule for image tokens',
    },
    {
      name: 'no output price',
      s: { output: undefined },
      w: w({}),
      asOf: DAY,
      reason: 'input or output price not published',
    },
  ])('no price (never zero dollars): $name', ({ s, w: workload, asOf, reason }) => {
    expect(usd(s, workload, asOf)).toBe(reason);
  });

  test('the schedule in force on the day prices it', () => {
    const m = pricedModel([priceSchedule(), priceSchedule({ effective: '2025-09-01', input: 2 })]);
    const cost = (day: string) =>
      toUsd((modelCost(m, w({}), day) as { perRequest: bigint }).perRequest);
    expect(cost('2025-08-31')).toBe(0.014);
    expect(cost('2025-09-01')).toBe(0.024);
  });
});

describe('long-context tiers: which tokens count, and what the higher rate covers', () => {
  const whole = {
    above: 200_000,
    counts: 'input',
    appliesTo: 'whole-request',
    input: 2,
    cachedInput: 0.5,
    output: 6,
  };
  const marginal = { ...whole, appliesTo: 'tokens-above' };
  const both = { ...whole, counts: 'input-and-output' };
  test.each([
    {
      name: 'at the threshold, the standard rates',
      tier: whole,
      w: w({ inputTokens: 200_000 }),
      cost: 0.204,
    },
    {
      name: 'one token past it, the whole request at the tier rates',
      tier: whole,
      w: w({ inputTokens: 200_001 }),
      cost: 0.406002, // 200,001 × $2 + 1k × $6
    },
    {
      name: 'output does not count toward an input threshold',
      tier: whole,
      w: w({ inputTokens: 199_000, outputTokens: 5_000 }),
      cost: 0.219, // 199k × $1 + 5k × $4
    },
    {
      name: 'output counts toward an input-and-output threshold',
      tier: both,
      w: w({ inputTokens: 199_000, outputTokens: 1_001 }),
      cost: 0.404006, // 199k × $2 + 1,001 × $6
    },
    {
      name: 'cached tokens count toward the threshold and pay the tier cache rate',
      tier: whole,
      w: w({ inputTokens: 300_000, cachedShare: 0.5 }),
      cost: 0.381, // 150k × $2 + 150k × $0.50 + 1k × $6
    },
    {
      name: 'a marginal tier charges only the tokens above the threshold',
      tier: marginal,
      w: w({ inputTokens: 250_000 }),
      cost: 0.304, // 200k × $1 + 50k × $2 + 1k × $4
    },
    {
      name: 'in a marginal tier, uncached tokens fill the part above the threshold first',
      tier: { ...marginal, cachedInput: undefined },
      s: { cachedInput: 0.25 },
      w: w({ inputTokens: 250_000, cachedShare: 0.4 }),
      cost: 0.229, // fresh 150k: 100k × $1 + 50k × $2; cached 100k × $0.25; 1k × $4
    },
    {
      name: 'batch takes its discount off the tier rates',
      tier: whole,
      s: { batch: { discount: 0.5 } },
      w: w({ inputTokens: 200_001, batch: true }),
      cost: 0.203001,
    },
    {
      name: 'listed batch prices take the same share off the tier rates',
      tier: whole,
      s: { batch: { input: 0.5, output: 2 } },
      w: w({ inputTokens: 200_001, batch: true }),
      cost: 0.203001, // 200,001 × $2 × 0.5 + 1k × $6 × 0.5
    },
  ])('$name', ({ tier, s, w: workload, cost }) => {
    expect(usd({ ...s, tiers: [tier] }, workload)).toBe(cost);
  });

  test('the highest tier passed applies', () => {
    const tiers = [whole, { ...whole, above: 500_000, input: 3, output: 9 }];
    expect(usd({ tiers }, w({ inputTokens: 500_001 }))).toBe(1.509003);
  });
});

describe('the headline offering', () => {
  test("a model is priced on its maker's own offering when it sells the model", () => {
    const m = pricedModel();
    const host = { provider: 'host', apiId: 'x', prices: [priceSchedule({ input: 0.5 })] };
    const withHost = { ...m, offerings: [host, ...m.offerings] as typeof m.offerings };
    expect(toUsd((modelCost(withHost, w({}), DAY) as { perRequest: bigint }).perRequest)).toBe(
      0.014,
    );
  });

  test('a model with no priced offering has no cost', () => {
    const m = pricedModel();
    const unpriced = { ...m, offerings: [] };
    expect(modelCost(unpriced, w({}), DAY)).toEqual({ ok: false, reason: 'no published price' });
    expect(requestCost({ provider: 'acme', apiId: 'x' }, w({}), DAY)).toEqual({
      ok: false,
      reason: 'no published price',
    });
  });
});

describe('batch prices shown per meter are the ones the engine bills', () => {
  test.each([
    {
      name: 'a discount',
      s: { cachedInput: 0.25, batch: { discount: 0.5 } },
      meter: 'cachedInput',
      price: 0.125,
    },
    { name: 'a listed price', s: { batch: { input: 0.6, output: 2 } }, meter: 'output', price: 2 },
    {
      name: 'an unlisted meter takes the listed share',
      s: { cachedInput: 0.25, batch: { input: 0.6, output: 2 } },
      meter: 'cachedInput',
      price: 0.15,
    },
    {
      name: 'cache writes under listed prices',
      s: { cacheWrite5m: 1.25, batch: { input: 0.5, output: 2 } },
      meter: 'cacheWrite5m',
      price: 0.625,
    },
    { name: 'no batch pricing', s: {}, meter: 'input', price: undefined },
    {
      name: 'a meter with no standard price',
      s: { batch: { discount: 0.5 } },
      meter: 'cachedInput',
      price: undefined,
    },
  ] as const)('$name', ({ s, meter, price }) => {
    const schedule = pricedModel([priceSchedule(s)]).offerings[0]!.prices![0]!;
    expect(batchPrice(schedule, meter)).toBe(price);
  });
});

describe('exact money', () => {
  test('ten cents and twenty cents make thirty cents, not 0.30000000000000004', () => {
    expect(toUsd(sum([costOf(100_000, priceUnits(1)), costOf(200_000, priceUnits(1))]))).toBe(0.3);
  });

  test('per-request, per-day and per-month totals', () => {
    const t = totals(costOf(10_000, priceUnits(2)), 100_000);
    expect(toUsd(t.request)).toBe(0.02);
    expect(toUsd(t.month)).toBe(2000);
    expect(toUsd(t.day)).toBeCloseTo(2000 / (365 / 12), 9);
  });

  test.each([
    { name: 'a negative price', run: () => priceUnits(-1) },
    { name: 'a price that is not a number', run: () => priceUnits(Number.NaN) },
    { name: 'a fractional token count', run: () => costOf(1.5, 1n) },
    { name: 'a negative token count', run: () => costOf(-1, 1n) },
  ])('refuses $name', ({ run }) => {
    expect(run).toThrow(RangeError);
  });
});

describe('a batch price the source does not list is said to be derived', () => {
  test.each([
    {
      name: 'a discount covers every meter',
      s: { batch: { discount: 0.5 } },
      meter: 'cachedInput',
      listed: true,
    },
    {
      name: 'a listed meter',
      s: { batch: { input: 0.6, output: 2 } },
      meter: 'input',
      listed: true,
    },
    {
      name: 'an unlisted cache read',
      s: { batch: { input: 0.6, output: 2 } },
      meter: 'cachedInput',
      listed: false,
    },
    {
      name: 'cache writes are never listed',
      s: { batch: { input: 0.6, output: 2 } },
      meter: 'cacheWrite5m',
      listed: false,
    },
    { name: 'no batch pricing at all', s: {}, meter: 'input', listed: false },
  ] as const)('$name', ({ s, meter, listed }) => {
    const schedule = pricedModel([priceSchedule(s)]).offerings[0]!.prices![0]!;
    expect(batchPriceListed(schedule, meter)).toBe(listed);
  });
});
