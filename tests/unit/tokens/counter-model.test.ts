import { describe, expect, test } from 'vitest';
import { modelCost } from '../../../src/lib/pricing/engine';
import { fitOf } from '../../../src/lib/pricing/fit';
import { defaultWorkload, inputOnce, type Workload } from '../../../src/lib/pricing/workload';
import { toCounterModel } from '../../../src/lib/tokens/counter-model';
import { priceSchedule, pricedModel } from '../../fixtures/factories';

// A model with a price change, a tier, batch and a host offering: the counter's slim copy
// must price and fit every request exactly as the full model does in the calculator.
const full = (() => {
  const m = pricedModel(
    [
      priceSchedule({ note: 'Launch prices.' }),
      priceSchedule({
        effective: '2025-09-01',
        input: 2,
        cachedInput: 0.5,
        batch: { discount: 0.5, note: 'Half price.' },
        tiers: [
          {
            above: 200_000,
            counts: 'input',
            appliesTo: 'whole-request',
            input: 4,
            output: 12,
            note: 'Long prompts.',
          },
        ],
      }),
    ],
    {
      limits: { contextWindow: [{ value: 1_000_000, source: 'acme-docs', note: 'Per the docs.' }] },
    },
  );
  const host = { provider: 'host', apiId: 'x', prices: [priceSchedule({ input: 0.1 })] };
  return { ...m, offerings: [host, ...m.offerings] };
})();

/** What a reader sees of a cost: the amount, its lines, the tier and the caveats. */
const bill = (r: ReturnType<typeof modelCost>) =>
  r.ok ? { perRequest: r.perRequest, lines: r.lines, tier: r.tier?.above, notes: r.notes } : r;

describe('the counter’s copy of a model', () => {
  test.each([
    { day: '2025-06-01', name: 'before the price change', w: inputOnce(50_000) },
    { day: '2025-10-01', name: 'after it', w: inputOnce(50_000) },
    { day: '2025-10-01', name: 'past the tier', w: inputOnce(300_000) },
    {
      day: '2025-10-01',
      name: 'batch with cached input',
      w: { ...defaultWorkload, batch: true, cachedShare: 0.5 } as Workload,
    },
    { day: '2025-10-01', name: 'over the window', w: inputOnce(1_000_001) },
    { day: '2024-01-01', name: 'before any price', w: inputOnce(10) },
  ])('prices and fits like the full model $name', ({ day, w }) => {
    const slim = toCounterModel(full, day);
    expect(bill(modelCost(slim, w, day))).toEqual(bill(modelCost(full, w, day)));
    expect(fitOf(slim, w)).toEqual(fitOf(full, w));
  });

  test('keeps only the headline schedule in force, without its wording', () => {
    const slim = toCounterModel(full, '2025-10-01');
    expect(slim.offerings).toHaveLength(1);
    expect(slim.offerings[0]?.prices).toHaveLength(1);
    expect(JSON.stringify(slim)).not.toMatch(/Launch prices|Half price|Long prompts|Per the docs/);
  });
});
