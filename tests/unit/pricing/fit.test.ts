import { describe, expect, test } from 'vitest';
import { fitOf } from '../../../src/lib/pricing/fit';
import { cheapestThatFits, rankModels } from '../../../src/lib/pricing/ranking';
import { defaultWorkload, inputOnce, type Workload } from '../../../src/lib/pricing/workload';
import { priceSchedule, pricedModel } from '../../fixtures/factories';

// The factory model has a 128,000-token window and 16,384 max output tokens.
const model = pricedModel();
const w = (change: Partial<Workload>): Workload => ({ ...defaultWorkload, ...change });

describe('whether a request fits', () => {
  test.each([
    { name: 'well inside', w: inputOnce(100_000), fits: true, outputLeft: 16_384 },
    { name: 'filling the window exactly', w: inputOnce(128_000), fits: true, outputLeft: 0 },
    { name: 'one token over the window', w: inputOnce(128_001), fits: false, outputLeft: 0 },
    {
      name: 'input and output together over the window',
      w: w({ inputTokens: 120_000, outputTokens: 8_001 }),
      fits: false,
      outputLeft: 8_000,
    },
    {
      name: 'reasoning tokens taking the output past its limit',
      w: w({ inputTokens: 1_000, outputTokens: 10_000, reasoningTokens: 6_385 }),
      fits: false,
      outputLeft: 16_384,
    },
    {
      name: 'output at its limit',
      w: w({ inputTokens: 1_000, outputTokens: 16_384 }),
      fits: true,
      outputLeft: 16_384,
    },
  ])('$name', ({ w: workload, fits, outputLeft }) => {
    const fit = fitOf(model, workload);
    expect(fit.fits).toBe(fits);
    expect(fit.outputLeft).toBe(outputLeft);
    expect(fit.share).toBe(
      (workload.inputTokens + workload.outputTokens + workload.reasoningTokens) / 128_000,
    );
  });

  test.each([
    { w: inputOnce(128_001), reason: 'input exceeds the 128,000-token context window' },
    {
      w: w({ inputTokens: 128_000, outputTokens: 1 }),
      reason: 'input + output exceed the 128,000-token context window',
    },
    {
      w: w({ inputTokens: 10, outputTokens: 16_385 }),
      reason: 'output exceeds the 16,384-token output limit',
    },
  ])('says why: $reason', ({ w: workload, reason }) => {
    expect(fitOf(model, workload).reason).toBe(reason);
  });

  test('a max input limit is its own rule', () => {
    const limited = pricedModel(undefined, {
      limits: { maxInput: { value: 100_000, source: 'acme-docs' } },
    });
    expect(fitOf(limited, inputOnce(100_000)).fits).toBe(true);
    expect(fitOf(limited, inputOnce(100_001))).toMatchObject({
      fits: false,
      reason: 'input exceeds the 100,000-token input limit',
    });
  });

  test('images count as input by the model’s rule', () => {
    const vision = pricedModel(undefined, {
      imageTokens: { method: 'tiles', base: 85, perTile: 170, source: 'acme-docs' },
    });
    // A 1024² image is 765 tokens: 127,236 + 765 = 128,001.
    const workload = { ...inputOnce(127_236), images: 1 };
    expect(fitOf(vision, workload)).toMatchObject({ fits: false, input: 128_001 });
  });

  test('no published context window: fit unknown, never claimed', () => {
    const unknown = pricedModel(undefined, {
      limits: {
        contextWindow: { state: 'unknown', note: 'not in the docs' },
        maxOutput: { state: 'unknown', note: 'not in the docs' },
      },
    });
    expect(fitOf(unknown, inputOnce(10))).toEqual({
      fits: undefined,
      reason: 'no context window is published',
      input: 10,
    });
  });
});

describe('ranking', () => {
  const cheap = pricedModel([priceSchedule({ input: 0.1, output: 0.4 })], {
    id: 'cheap-small',
    limits: {
      contextWindow: { value: 8_000, source: 'acme-docs' },
      maxOutput: { value: 4_000, source: 'acme-docs' },
    },
  });
  const unknown = pricedModel([priceSchedule({ input: 0.2, output: 0.8 })], {
    id: 'cheap-unknown',
    limits: {
      contextWindow: { state: 'unknown', note: 'not in the docs' },
      maxOutput: { state: 'unknown', note: 'not in the docs' },
    },
  });
  const dear = pricedModel([priceSchedule({ input: 5, output: 20 })], { id: 'dear' });
  const unpriced = pricedModel([priceSchedule({ effective: '2030-01-01' })], { id: 'later' });

  test('cheapest first, models without a price last', () => {
    const ranked = rankModels([dear, unpriced, cheap, unknown], inputOnce(1_000), '2025-06-01');
    expect(ranked.map((r) => r.model.id)).toEqual([
      'cheap-small',
      'cheap-unknown',
      'dear',
      'later',
    ]);
  });

  test('the cheapest that fits is known to fit: too small and unknown windows are passed over', () => {
    const ranked = rankModels([dear, cheap, unknown], inputOnce(10_000), '2025-06-01');
    expect(cheapestThatFits(ranked, '2025-06-01')?.model.id).toBe('dear');
  });
});
