import { describe, expect, test } from 'vitest';
import type { ModelRow } from '../../../src/lib/models/rows';
import { packRows, packedNames, unpackRows } from '../../../src/lib/models/packed-rows';
import { benchmarkFrontier } from '../../../src/lib/models/frontier';
import { statusOn } from '../../../src/lib/models/status';

const row = (over: Partial<ModelRow>): ModelRow => ({
  id: 'x',
  name: 'X',
  maker: 'openai',
  makerName: 'OpenAI',
  inputModalities: ['text'],
  outputModalities: ['text'],
  status: 'active',
  stated: 'active',
  aliases: [],
  providers: ['openai'],
  bench: {},
  ...over,
});

const rows: ModelRow[] = [
  row({
    id: 'gpt-4.1',
    name: 'GPT-4.1',
    context: 1047576,
    maxOutput: 32768,
    input: 2,
    output: 8,
    blended: 3.2,
    priceVia: 'OpenAI',
    inputModalities: ['text', 'image'],
    vision: true,
    reasoning: false,
    released: '2025-04-14',
    aliases: ['gpt-4.1-2025-04-14'],
    providers: ['openai', 'azure'],
    bench: {
      mmlu: { score: 90.2, source: 'openai-launch', own: true },
      'gpqa-diamond': { score: 66.3, source: 'openai-launch', own: true, setting: 'high' },
    },
  }),
  row({
    id: 'gpt-oss-120b',
    name: 'gpt-oss-120b',
    input: 0.15,
    blended: 0.24,
    priceVia: 'Groq',
    openWeights: true,
    status: 'deprecated',
    stated: 'deprecated',
    shutdown: '2026-12-10',
    providers: ['groq'],
    bench: { mmlu: { score: 90, source: 'leaderboard', own: false } },
  }),
  row({
    id: 'claude-3.7-sonnet',
    name: 'Claude 3.7 Sonnet',
    maker: 'anthropic',
    makerName: 'Anthropic',
    blended: 5.4,
    providers: ['anthropic'],
    bench: { mmlu: { score: 88, source: 'anthropic-card', own: true } },
  }),
];
const names = new Map([
  ['openai', 'OpenAI'],
  ['azure', 'Azure OpenAI'],
  ['groq', 'Groq'],
  ['anthropic', 'Anthropic'],
]);

describe('packed index rows', () => {
  test('come back exactly as they went in, on the build day', () => {
    const packed = JSON.parse(JSON.stringify(packRows(rows, names)));
    expect(unpackRows(packed, '2026-12-03')).toEqual(rows.map((r) => ({ ...r })));
  });

  test('are far smaller than the rows themselves', () => {
    const packed = JSON.stringify(packRows(rows, names)).length;
    expect(packed).toBeLessThan(JSON.stringify(rows).length * 0.75);
  });

  test('name every maker and provider once', () => {
    expect([...packedNames(packRows(rows, names)).entries()]).toEqual([
      ['openai', 'OpenAI'],
      ['anthropic', 'Anthropic'],
      ['azure', 'Azure OpenAI'],
      ['groq', 'Groq'],
    ]);
  });

  test('a shutdown day passing after the build reads as retired on the reader’s day', () => {
    const packed = packRows(rows, names);
    const status = (day: string) =>
      unpackRows(packed, day).find((r) => r.id === 'gpt-oss-120b')?.status;
    expect(status('2026-12-09')).toBe('deprecated');
    expect(status('2026-12-10')).toBe('retired');
  });
});

describe('status on a day', () => {
  test.each([
    { stated: 'active' as const, shutdown: undefined, day: '2030-01-01', expected: 'active' },
    {
      stated: 'deprecated' as const,
      shutdown: '2026-10-23',
      day: '2026-10-22',
      expected: 'deprecated',
    },
    {
      stated: 'deprecated' as const,
      shutdown: '2026-10-23',
      day: '2026-10-23',
      expected: 'retired',
    },
    { stated: 'retired' as const, shutdown: undefined, day: '2020-01-01', expected: 'retired' },
  ])('$stated, shutdown $shutdown, on $day → $expected', ({ stated, shutdown, day, expected }) =>
    expect(statusOn(stated, shutdown, day)).toBe(expected),
  );
});

describe('price-vs-quality frontier on the index', () => {
  test('keeps the models nobody beats on both price and score, cheapest first', () => {
    const frontier = benchmarkFrontier(rows, 'mmlu');
    expect(frontier.map((p) => [p.row.id, p.price, p.score])).toEqual([
      ['gpt-oss-120b', 0.24, 90],
      ['gpt-4.1', 3.2, 90.2],
    ]);
  });

  test('for a lower-is-better benchmark a dearer model stays on it only with a lower score', () => {
    expect(benchmarkFrontier(rows, 'mmlu', false).map((p) => p.row.id)).toEqual([
      'gpt-oss-120b',
      'claude-3.7-sonnet',
    ]);
  });

  test('leaves out models without a score or a price', () => {
    expect(benchmarkFrontier(rows, 'gpqa-diamond').map((p) => p.row.id)).toEqual(['gpt-4.1']);
  });
});
