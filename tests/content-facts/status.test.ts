import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../src/lib/content/read';
import { effectiveStatus } from '../../src/lib/models/status';
import { batchPrice } from '../../src/lib/pricing/rates';
import { headlinePrices, scheduleAt } from '../../src/lib/models/pricing';

const catalog = readCatalog(resolve('content'));
const model = (id: string) => catalog.models.find((m) => m.id === id)!;

describe('status on a given day', () => {
  test.each([
    { id: 'gpt-4.1-nano', day: '2026-10-22', status: 'deprecated' },
    { id: 'gpt-4.1-nano', day: '2026-10-23', status: 'retired' },
    { id: 'gpt-4.5', day: '2025-08-01', status: 'retired' },
    { id: 'gpt-5.4', day: '2026-11-22', status: 'active' },
    // One copy of Google's page gives a shutdown date, later copies say none is set.
    { id: 'gemini-2.5-pro', day: '2026-11-22', status: 'active' },
  ])('$id on $day is $status', ({ id, day, status }) => {
    expect(effectiveStatus(model(id), day).status).toBe(status);
  });
});

describe('dated prices', () => {
  test.each([
    { day: '2025-05-01', input: 10, output: 40 },
    // OpenAI cut o3's price by 80% on 10 June 2025.
    { day: '2025-06-09', input: 10, output: 40 },
    { day: '2025-06-10', input: 2, output: 8 },
    { day: '2026-08-01', input: 2, output: 8 },
  ])('o3 on $day costs $input / $output', ({ day, input, output }) => {
    expect(headlinePrices(model('o3'), day)).toMatchObject({ input, output });
  });

  test('no schedule is in force before the first one', () => {
    expect(scheduleAt(model('gpt-4.1').offerings[0]!, '2025-01-01')).toBeUndefined();
  });

  test('open-weight models take their headline price from a host, never $0', () => {
    const p = headlinePrices(model('gpt-oss-120b'), '2026-11-22');
    expect(p.offering?.provider).not.toBe('openai');
    expect(p.input).toBeGreaterThan(0);
  });
});

describe('batch prices', () => {
  test.each([
    { id: 'gpt-4.1', meter: 'input' as const, price: 1 },
    { id: 'gpt-4.1', meter: 'output' as const, price: 4 },
    { id: 'gpt-4o', meter: 'input' as const, price: 1.25 },
    { id: 'gpt-4o', meter: 'cachedInput' as const, price: 0.625 },
    { id: 'claude-3.7-sonnet', meter: 'output' as const, price: 7.5 },
  ])('$id batch $meter is $price per 1M', ({ id, meter, price }) => {
    const schedule = scheduleAt(model(id).offerings[0]!, '2026-11-22')!;
    expect(batchPrice(schedule, meter)).toBe(price);
  });

  test('no batch price where the model has none', () => {
    const schedule = scheduleAt(model('gpt-5.1-codex').offerings[0]!, '2026-01-01')!;
    expect(batchPrice(schedule, 'input')).toBeUndefined();
  });
});
