import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../../src/lib/content/read';
import { bestIn, rowDiffers, visibleRows } from '../../../src/lib/compare/best';
import {
  benchmarkRows,
  compareModel,
  fixedRows,
  type CompareModel,
  type RowDef,
} from '../../../src/lib/compare/cells';
import { statements } from '../../../src/lib/compare/statements';
import { modelResolver } from '../../../src/lib/url-state/models-param';
import { parseCompareState, serializeCompareState } from '../../../src/lib/url-state/compare';
import { defaultWorkload } from '../../../src/lib/pricing/workload';

const col = (id: string, values: Record<string, (number | undefined)[]>): CompareModel => ({
  id,
  name: id.toUpperCase(),
  cells: Object.fromEntries(
    Object.entries(values).map(([row, vs]) => [
      row,
      vs.map((v) => ({ text: String(v), value: v, source: 'OpenAI' })),
    ]),
  ),
});
const price: RowDef = { id: 'price:input', group: 'Prices', label: 'Input', better: 'lower' };
const score: RowDef = {
  id: 'bench:mmlu',
  group: 'Benchmarks',
  label: 'MMLU',
  better: 'higher',
  unit: '%',
};
const plain: RowDef = { id: 'tokenizer', group: 'Key specs', label: 'Tokenizer' };

describe('best per row', () => {
  test.each([
    {
      name: 'lowest price wins',
      row: price,
      models: [col('a', { 'price:input': [2] }), col('b', { 'price:input': [0.4] })],
      best: ['b'],
    },
    {
      name: 'highest score wins',
      row: score,
      models: [col('a', { 'bench:mmlu': [90.2] }), col('b', { 'bench:mmlu': [80.1] })],
      best: ['a'],
    },
    {
      name: 'ties all win',
      row: price,
      models: [
        col('a', { 'price:input': [1] }),
        col('b', { 'price:input': [1] }),
        col('c', { 'price:input': [3] }),
      ],
      best: ['a', 'b'],
    },
    {
      name: 'missing values are never best',
      row: price,
      models: [col('a', {}), col('b', { 'price:input': [5] }), col('c', { 'price:input': [6] })],
      best: ['b'],
    },
    {
      name: 'one value alone is not "best"',
      row: price,
      models: [col('a', {}), col('b', { 'price:input': [5] })],
      best: [],
    },
    {
      name: 'all equal: no best',
      row: price,
      models: [col('a', { 'price:input': [2] }), col('b', { 'price:input': [2] })],
      best: [],
    },
    {
      name: 'rows without a direction are not ranked',
      row: plain,
      models: [col('a', { tokenizer: [1] }), col('b', { tokenizer: [2] })],
      best: [],
    },
    {
      name: 'the first (provider’s own) value decides',
      row: score,
      models: [col('a', { 'bench:mmlu': [85, 99] }), col('b', { 'bench:mmlu': [88] })],
      best: ['b'],
    },
  ])('$name', ({ row, models, best }) => {
    expect(bestIn(row, models)).toEqual(best);
  });

  test('differences only hides rows where every model says the same', () => {
    const a = col('a', { 'price:input': [2], tokenizer: [1] });
    const b = col('b', { 'price:input': [3], tokenizer: [1] });
    expect(rowDiffers(plain, [a, b])).toBe(false);
    expect(visibleRows([price, plain, score], [a, b], true).map((r) => r.id)).toEqual([
      'price:input',
    ]);
    expect(visibleRows([price, plain, score], [a, b], false).map((r) => r.id)).toEqual([
      'price:input',
      'tokenizer',
    ]);
  });
});

describe('statements from the real data', () => {
  const catalog = readCatalog(resolve('content'));
  const day = '2026-01-01';
  const rows = [...fixedRows, ...benchmarkRows(catalog)];
  const cols = (ids: string[]) =>
    ids.map((id) =>
      compareModel(
        catalog.models.find((m) => m.id === id)!,
        catalog,
        day,
      ),
    );

  test('GPT-4.1 vs nano: the cost ratio and the MMLU gap, with its source', () => {
    const models = cols(['gpt-4.1', 'gpt-4.1-nano']);
    const said = statements(
      models,
      visibleRows(rows, models, false),
      new Map([
        ['gpt-4.1', 0.028],
        ['gpt-4.1-nano', 0.0014],
      ]),
    ).map((s) => s.text);
    expect(said).toContain('GPT-4.1 nano costs 20× less than GPT-4.1 for this workload.');
    expect(said).toContain('GPT-4.1 scores 10.1 points higher than GPT-4.1 nano on MMLU (OpenAI).');
  });

  test('GPT-4.1 vs GPT-4o: the context gap', () => {
    const models = cols(['gpt-4.1', 'gpt-4o']);
    const said = statements(models, rows, new Map()).map((s) => s.text);
    expect(said).toContain(
      "GPT-4.1's context window is 8.2× GPT-4o's (1,047,576 vs 128,000 tokens).",
    );
  });

  test('no cost statement without two prices', () => {
    const models = cols(['gpt-4.1', 'gpt-4o']);
    expect(
      statements(models, rows, new Map([['gpt-4.1', 0.028]])).some((s) => s.text.includes('costs')),
    ).toBe(false);
  });
});

describe('comparison URL state', () => {
  const resolver = modelResolver([
    { id: 'gpt-4.1', aliases: ['gpt-4.1-2025-04-14'] },
    { id: 'gpt-4o', aliases: [] },
    { id: 'o3', aliases: [] },
  ]);
  test('aliases resolve, order kept, duplicates dropped, unknown ids named', () => {
    const { state, notices } = parseCompareState(
      '?models=o3,gpt-4.1-2025-04-14,nope,gpt-4.1',
      resolver,
      '2026-11-22',
    );
    expect(state.models).toEqual(['o3', 'gpt-4.1']);
    expect(notices.map((n) => n.message).join()).toContain('"nope"');
  });
  test('round trip', () => {
    const s = {
      models: ['gpt-4o', 'gpt-4.1'],
      workload: { ...defaultWorkload, inputTokens: 5000, batch: true },
      asOf: '2026-01-01',
      differencesOnly: true,
    };
    expect(parseCompareState(serializeCompareState(s), resolver, '2026-11-22').state).toEqual(s);
  });
  test('a plain comparison link stays short', () => {
    expect(
      serializeCompareState({
        models: ['gpt-4.1', 'gpt-4o'],
        workload: defaultWorkload,
        differencesOnly: false,
      }),
    ).toBe('?models=gpt-4.1,gpt-4o');
  });
});

describe('statements compare like with like', () => {
  const cell = (value: number, own: boolean, note?: string) => ({
    text: String(value),
    value,
    source: 'Aider',
    own,
    note,
  });
  const row: RowDef = {
    id: 'bench:aider-polyglot',
    group: 'Benchmarks',
    label: 'Aider polyglot',
    better: 'higher',
    unit: '%',
  };
  test('no statement from one leaderboard’s entries run in different settings', () => {
    const a: CompareModel = {
      id: 'a',
      name: 'A',
      cells: { [row.id]: [cell(52, false, 'diff format')] },
    };
    const b: CompareModel = {
      id: 'b',
      name: 'B',
      cells: { [row.id]: [cell(83, false, '32k thinking, diff-fenced')] },
    };
    expect(statements([a, b], [row], new Map())).toEqual([]);
    const c: CompareModel = {
      id: 'c',
      name: 'C',
      cells: { [row.id]: [cell(60, false, 'diff format')] },
    };
    expect(statements([a, c], [row], new Map()).map((s) => s.text)).toEqual([
      'C scores 8 points higher than A on Aider polyglot (Aider).',
    ]);
  });
});
