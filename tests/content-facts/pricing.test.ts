import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/lib/content/read';
import { primaryOffering } from '../../src/lib/models/pricing';
import { modelCost, requestCost } from '../../src/lib/pricing/engine';
import { imageTokens } from '../../src/lib/pricing/images';
import { toUsd } from '../../src/lib/pricing/money';
import { rankModels, cheapestThatFits } from '../../src/lib/pricing/ranking';
import { shutdownBy } from '../../src/lib/pricing/availability';
import { SCALES, monthlyAtScale } from '../../src/lib/pricing/scale';
import { defaultWorkload, inputOnce, type Workload } from '../../src/lib/pricing/workload';

/**
 * Facts of the live content: what today's spec files make the engine charge. These change
 * when a price does; the engine's own rules are tested on factory models in tests/unit.
 */
const catalog = readCatalog(resolve('content'));
const model = (id: string) => catalog.models.find((m) => m.id === id)!;
const TODAY = '2026-11-22';

/** Cost of one request in dollars, exactly as the engine computes it. */
function usd(id: string, w: Partial<Workload>, asOf = TODAY): number | string {
  const r = modelCost(model(id), { ...defaultWorkload, ...w }, asOf);
  return r.ok ? toUsd(r.perRequest) : r.reason;
}

// Hand-computed from each provider's price page (USD per 1M tokens): tokens × price / 1,000,000.
describe('one request of 10,000 input and 1,000 output tokens', () => {
  test.each([
    { id: 'gpt-4.1', cost: 0.028 }, // 10k × $2 + 1k × $8
    { id: 'gpt-4.1-mini', cost: 0.0056 }, // $0.40 / $1.60
    { id: 'gpt-4.1-nano', cost: 0.0014, asOf: '2026-01-01' }, // $0.10 / $0.40
    { id: 'gpt-4o', cost: 0.035 }, // $2.50 / $10
    { id: 'gpt-4o-mini', cost: 0.0021 }, // $0.15 / $0.60
    { id: 'gpt-4.5', cost: 0.9, asOf: '2025-05-01' }, // $75 / $150
    { id: 'o1', cost: 0.21 }, // $15 / $60
    { id: 'o3-mini', cost: 0.0154 }, // $1.10 / $4.40
    { id: 'o3', cost: 0.14, asOf: '2025-05-01' }, // launch price $10 / $40
    { id: 'o3', cost: 0.028 }, // current price $2 / $8
    { id: 'o4-mini', cost: 0.0154 }, // $1.10 / $4.40
    { id: 'gpt-5.4', cost: 0.04 }, // $2.50 / $15
    { id: 'gpt-5.5', cost: 0.08 }, // $5 / $30
    { id: 'gpt-5.1-codex', cost: 0.0225 }, // $1.25 / $10
    { id: 'gpt-oss-120b', cost: 0.0021 }, // Groq $0.15 / $0.60
    { id: 'claude-3.7-sonnet', cost: 0.045 }, // $3 / $15
    { id: 'claude-opus-4.7', cost: 0.075 }, // $5 / $25
    { id: 'gemini-2.5-pro', cost: 0.0225 }, // $1.25 / $10
    { id: 'gemini-3.1-pro', cost: 0.032 }, // $2 / $12
    { id: 'glm-5.1', cost: 0.0184 }, // $1.40 / $4.40
    { id: 'gpt-4', cost: 0.36 }, // $30 / $60
    { id: 'gpt-3.5-turbo', cost: 0.0065 }, // $0.50 / $1.50
  ])('$id costs $cost', ({ id, cost, asOf }) => {
    expect(usd(id, { inputTokens: 10_000, outputTokens: 1_000 }, asOf)).toBe(cost);
  });
});

describe('long-context tiers, at the threshold and one token past it', () => {
  test.each([
    // Gemini 2.5 Pro: prompts over 200K tokens pay $2.50 / $15 for the whole request.
    { id: 'gemini-2.5-pro', input: 200_000, cost: 0.26 },
    { id: 'gemini-2.5-pro', input: 200_001, cost: 0.5150025 },
    // GPT-5.4: over 272K input tokens, 2× input and 1.5× output for the whole request.
    { id: 'gpt-5.4', input: 272_000, cost: 0.695 },
    { id: 'gpt-5.4', input: 272_001, cost: 1.382505 },
    // Gemini 3.1 Pro: over 200K, $4 / $18.
    { id: 'gemini-3.1-pro', input: 200_001, cost: 0.818004 },
  ])('$id with $input input tokens costs $cost', ({ id, input, cost }) => {
    expect(usd(id, { inputTokens: input, outputTokens: 1_000 })).toBe(cost);
  });

  test.each([
    // The counter once priced this paste without the tiers: half these amounts.
    { id: 'gemini-2.5-pro', cost: 0.7763975 }, // 310,559 × $2.50
    { id: 'gpt-5.4', cost: 1.552795 }, // × $5
    { id: 'gpt-5.5', cost: 3.10559 }, // × $10
  ])('a 310,559-token text sent once as input on $id costs $cost', ({ id, cost }) => {
    expect(usd(id, inputOnce(310_559))).toBe(cost);
  });

  test('cached tokens count toward the threshold and pay the tier cache rate', () => {
    // 300K input, half cached: 150K × $2.50 + 150K × $0.25 + 1K × $15
    expect(
      usd('gemini-2.5-pro', { inputTokens: 300_000, cachedShare: 0.5, outputTokens: 1_000 }),
    ).toBe(0.4275);
  });
});

describe('batch, caching and reasoning', () => {
  test.each([
    { name: 'GPT-4.1 batch is half price', id: 'gpt-4.1', w: { batch: true }, cost: 0.014 },
    {
      name: 'Gemini 2.5 Pro batch uses the listed batch prices',
      id: 'gemini-2.5-pro',
      w: { batch: true },
      cost: 0.01125,
    },
    {
      name: 'Gemini 2.5 Pro batch over 200K pays $1.25 / $7.50',
      id: 'gemini-2.5-pro',
      w: { batch: true, inputTokens: 300_000 },
      cost: 0.3825,
    },
    {
      name: 'GPT-4.1 with half the input cached',
      id: 'gpt-4.1',
      w: { cachedShare: 0.5 },
      cost: 0.0205,
    },
    {
      name: 'Claude 3.7 Sonnet 90% cache reads',
      id: 'claude-3.7-sonnet',
      w: { cachedShare: 0.9 },
      cost: 0.0207,
    },
    {
      name: 'Claude 3.7 Sonnet 5-minute cache writes',
      id: 'claude-3.7-sonnet',
      w: { cacheWriteShare: 1 },
      cost: 0.0525,
    },
    {
      name: 'Claude 3.7 Sonnet 1-hour cache writes',
      id: 'claude-3.7-sonnet',
      w: { cacheWriteShare: 1, cacheTtl: '1h' as const },
      cost: 0.075,
    },
    {
      name: 'o3 bills reasoning tokens as output',
      id: 'o3',
      w: { inputTokens: 1_000, outputTokens: 500, reasoningTokens: 2_000 },
      cost: 0.022,
    },
  ])('$name', ({ id, w, cost }) => {
    expect(usd(id, { inputTokens: 10_000, outputTokens: 1_000, ...w })).toBe(cost);
  });

  test.each([
    {
      name: 'a model without a Batch API price',
      id: 'gpt-5.1-codex',
      w: { batch: true },
      reason: 'no Batch API price',
    },
    {
      name: 'a date before any price took effect',
      id: 'gpt-4.1',
      w: {},
      asOf: '2024-01-01',
      reason: 'no price in force on 2024-01-01',
    },
  ])('no price, never $0, for $name', ({ id, w, asOf, reason }) => {
    expect(usd(id, w, asOf)).toBe(reason);
  });

  test('an offering without published prices has no cost', () => {
    const openai = model('gpt-oss-120b').offerings.find((o) => o.provider === 'openai')!;
    expect(requestCost(openai, defaultWorkload, TODAY)).toEqual({
      ok: false,
      reason: 'no published price',
    });
  });
});

describe('image inputs, by OpenAI’s documented formulas', () => {
  const rule = (id: string) => model(id).imageTokens!;
  test.each([
    // Tiles: fit 2048², shortest side to 768, 170 per 512px tile plus 85.
    { id: 'gpt-4o', w: 1024, h: 1024, detail: 'high' as const, tokens: 765 },
    { id: 'gpt-4o', w: 2048, h: 4096, detail: 'high' as const, tokens: 1105 },
    { id: 'gpt-4o', w: 4096, h: 8192, detail: 'low' as const, tokens: 85 },
    { id: 'gpt-4.1', w: 512, h: 512, detail: 'high' as const, tokens: 255 },
    // Patches: 32px patches, capped at 1,536 by scaling down, times the model's multiplier.
    {
      id: 'gpt-4.1-mini',
      w: 1024,
      h: 1024,
      detail: 'high' as const,
      tokens: Math.round(1024 * 1.62),
    },
    {
      id: 'gpt-4.1-nano',
      w: 1800,
      h: 2400,
      detail: 'high' as const,
      tokens: Math.round(1452 * 2.46),
    },
    { id: 'o4-mini', w: 1800, h: 2400, detail: 'high' as const, tokens: Math.round(1452 * 1.72) },
  ])('$id: a $w × $h image at $detail detail is $tokens tokens', ({ id, w, h, detail, tokens }) => {
    expect(imageTokens(rule(id), w, h, detail)).toBe(tokens);
  });

  test('image tokens are billed as input: two 1024² images on GPT-4o add 2 × 765 tokens at $2.50', () => {
    // (1,000 text + 2 × 765 image tokens) × $2.50 per 1M = $0.006325
    expect(
      usd('gpt-4o', {
        inputTokens: 1_000,
        outputTokens: 0,
        images: 2,
        imageWidth: 1024,
        imageHeight: 1024,
      }),
    ).toBe(0.006325);
  });

  test('no image rule, no price: never a silent $0 for the images', () => {
    expect(usd('claude-3.7-sonnet', { images: 1 })).toBe('no documented rule for image tokens');
  });
});

describe('the seeds’ cost at three scales (80/20 input/output)', () => {
  test.each([
    { id: 'gpt-4.1', monthly: [32, 1600, 32000] },
    { id: 'gpt-4o', monthly: [40, 2000, 40000] },
    { id: 'gpt-5.4', monthly: [50, 2500, 50000] },
  ])('$id costs $monthly a month at 10M / 500M / 10B tokens', ({ id, monthly }) => {
    const o = primaryOffering(model(id))!;
    expect(SCALES.map((s) => toUsd(monthlyAtScale(o, s, 0.8, TODAY)!))).toEqual(monthly);
  });
});

describe('ranking', () => {
  test('cheapest that fits skips models whose context is too small', () => {
    const ranked = rankModels(
      catalog.models,
      { ...defaultWorkload, inputTokens: 500_000, outputTokens: 1_000 },
      TODAY,
    );
    const best = cheapestThatFits(ranked, TODAY)!;
    expect(best.fit.fits).toBe(true);
    expect(ranked.find((r) => r.model.id === 'gpt-4o')?.fit.fits).toBe(false);
    const cheaper = ranked.slice(0, ranked.indexOf(best));
    expect(cheaper.every((r) => !r.fit.fits || !r.cost.ok || shutdownBy(r.model, TODAY))).toBe(
      true,
    );
  });

  test('cheapest that fits never picks a model that has left the API', () => {
    // The hand-written OpenAI models: the imported catalog holds cheaper models that never left.
    const openai = catalog.models.filter(
      (m) => m.maker === 'openai' && m.file.startsWith('content/models/'),
    );
    const ranked = rankModels(
      openai,
      { ...defaultWorkload, inputTokens: 1_000, outputTokens: 100 },
      TODAY,
    );
    // GPT-4.1 nano is the cheapest per token but shut down on 2026-10-23.
    expect(ranked[0]?.model.id).toBe('gpt-4.1-nano');
    expect(cheapestThatFits(ranked, TODAY)?.model.id).not.toBe('gpt-4.1-nano');
    expect(cheapestThatFits(ranked, '2026-01-01')?.model.id).toBe('gpt-4.1-nano');
  });

  test('models without a price come last', () => {
    // Before GPT-4.1's launch some models had no price yet.
    const ranked = rankModels(catalog.models, defaultWorkload, '2025-03-01');
    const firstUnpriced = ranked.findIndex((r) => !r.cost.ok);
    expect(firstUnpriced).toBeGreaterThan(0);
    expect(ranked.slice(firstUnpriced).every((r) => !r.cost.ok)).toBe(true);
  });
});

describe('properties over every priced offering', () => {
  const offerings = catalog.models.flatMap((m) => m.offerings.filter((o) => o.prices));
  const workload = fc.record({
    inputTokens: fc.integer({ min: 0, max: 2_000_000 }),
    outputTokens: fc.integer({ min: 0, max: 200_000 }),
    reasoningTokens: fc.integer({ min: 0, max: 100_000 }),
    cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    cacheWriteShare: fc.constant(0),
    cacheTtl: fc.constantFrom('5m' as const, '1h' as const),
    batch: fc.boolean(),
    requestsPerMonth: fc.integer({ min: 0, max: 1_000_000 }),
    images: fc.constant(0),
    imageWidth: fc.constant(1024),
    imageHeight: fc.constant(1024),
    imageDetail: fc.constant('high' as const),
  });

  test('cost is never negative, and is $0 only for zero tokens (no source here calls a meter free)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...offerings), workload, (o, w) => {
        const r = requestCost(o, w, TODAY);
        if (!r.ok) return;
        expect(r.perRequest >= 0n).toBe(true);
        const tokens = w.inputTokens + w.outputTokens + w.reasoningTokens;
        expect(r.perRequest === 0n).toBe(tokens === 0);
      }),
      { numRuns: 2000 },
    );
  });

  test('cost never decreases as input, output or reasoning tokens grow', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...offerings),
        workload,
        fc.constantFrom(
          'inputTokens' as const,
          'outputTokens' as const,
          'reasoningTokens' as const,
        ),
        fc.integer({ min: 1, max: 300_000 }),
        (o, w, key, more) => {
          const a = requestCost(o, w, TODAY);
          const b = requestCost(o, { ...w, [key]: w[key] + more }, TODAY);
          if (a.ok && b.ok) expect(b.perRequest >= a.perRequest).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
