import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  defaultCalculatorState,
  parseCalculatorState,
  serializeCalculatorState,
  type CalculatorState,
} from '../../../src/lib/url-state/calculator';
import { modelResolver } from '../../../src/lib/url-state/models-param';

const resolve = modelResolver([
  { id: 'gpt-4.1', aliases: ['gpt-4.1-2025-04-14'] },
  { id: 'gpt-4o', aliases: [] },
  { id: 'gemini-2.5-pro', aliases: [] },
]);
const TODAY = '2026-11-22';
const parse = (search: string) => parseCalculatorState(search, resolve, TODAY);

describe('calculator URL state', () => {
  test('the contract parameters are read as PRODUCT.md defines them', () => {
    const { state, notices } = parse(
      '?models=gpt-4.1,gpt-4o&input=12000&output=800&cached=0.25&batch=1&requests=30000',
    );
    expect(notices).toEqual([]);
    expect(state.models).toEqual(['gpt-4.1', 'gpt-4o']);
    expect(state.workload).toMatchObject({
      inputTokens: 12000,
      outputTokens: 800,
      cachedShare: 0.25,
      batch: true,
      requestsPerMonth: 30000,
    });
  });

  test('aliases resolve, order is kept, duplicates dropped', () => {
    expect(parse('?models=gpt-4o,gpt-4.1-2025-04-14,gpt-4.1,GPT-4O').state.models).toEqual([
      'gpt-4o',
      'gpt-4.1',
    ]);
  });

  test('state → URL → state is the identity', () => {
    const state = fc.record({
      models: fc.subarray(['gpt-4.1', 'gpt-4o', 'gemini-2.5-pro']),
      asOf: fc.option(fc.constantFrom('2025-05-01', '2026-01-31'), { nil: undefined }),
      mix: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      workload: fc.record({
        inputTokens: fc.integer({ min: 0, max: 2_000_000 }),
        outputTokens: fc.integer({ min: 0, max: 200_000 }),
        reasoningTokens: fc.integer({ min: 0, max: 100_000 }),
        cachedShare: fc.integer({ min: 0, max: 50 }).map((n) => n / 100),
        cacheWriteShare: fc.integer({ min: 0, max: 50 }).map((n) => n / 100),
        cacheTtl: fc.constantFrom('5m' as const, '1h' as const),
        batch: fc.boolean(),
        requestsPerMonth: fc.integer({ min: 0, max: 10_000_000 }),
        images: fc.integer({ min: 0, max: 20 }),
        imageWidth: fc.integer({ min: 1, max: 8000 }),
        imageHeight: fc.integer({ min: 1, max: 8000 }),
        imageDetail: fc.constantFrom('high' as const, 'low' as const),
      }),
    });
    fc.assert(
      fc.property(state, (s: CalculatorState) => {
        const back = parse(serializeCalculatorState(s));
        expect(back.notices).toEqual([]);
        expect(back.state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  test('a readable URL', () => {
    expect(
      serializeCalculatorState({
        ...defaultCalculatorState,
        models: ['gpt-4.1', 'gpt-4o'],
        asOf: '2026-11-22',
      }),
    ).toBe('?models=gpt-4.1,gpt-4o&input=10000&output=1000&requests=100000&asof=2026-11-22');
  });

  const hostile = [
    '?input=NaN',
    '?input=-1',
    '?input=1e309',
    '?input=Infinity',
    '?input=0x10',
    '?input=1,000',
    '?input=%00',
    '?output=abc',
    '?cached=2',
    '?cached=-0.1',
    '?cached=NaN',
    '?batch=yes',
    '?batch=true',
    '?requests=-5',
    '?requests=1e13',
    '?asof=2025-13-01',
    '?asof=yesterday',
    '?asof=2999-01-01',
    '?asof=<script>',
    '?models=nope',
    '?models=gpt-4.1,<img src=x onerror=alert(1)>',
    `?models=${'a,'.repeat(5000)}`,
    `?input=${'9'.repeat(10_000)}`,
    '?input=1&input=2',
    '?ttl=2h',
    '?mix=150',
    '?write=5',
    '?reasoning=-3',
    '?input=%F0%9F%98%80',
    '?models=%E2%80%AEgpt-4.1',
  ];
  test.each(hostile)('%s: a notice names the bad part, the rest keeps its default', (search) => {
    const { state, notices } = parse(`${search}&output=777`);
    expect(notices.length).toBeGreaterThan(0);
    // A repeated key keeps the first value, so a bad `output` falls back to the default.
    expect(state.workload.outputTokens).toBe(search.startsWith('?output') ? 1000 : 777);
    for (const n of notices) expect(n.message.length).toBeLessThan(300);
  });
});
