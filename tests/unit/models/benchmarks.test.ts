import { describe, expect, test } from 'vitest';
import type { BenchmarkDefinition, BenchmarkResult } from '../../../src/schemas';
import { groupResults, splitHeadline, splitSetting } from '../../../src/lib/models/benchmarks';

const def = (id: string, category = 'reasoning'): BenchmarkDefinition =>
  ({
    id,
    name: id.toUpperCase(),
    category,
    unit: '%',
    higherIsBetter: true,
  }) as BenchmarkDefinition;
const result = (benchmark: string, source = 'a'): BenchmarkResult => ({
  benchmark,
  score: 50,
  reportedBy: 'independent',
  source,
});

describe('splitHeadline', () => {
  const ids = [
    'obscure-1',
    'mmlu',
    'obscure-2',
    'gpqa-diamond',
    'obscure-3',
    'obscure-4',
    'swe-bench-verified',
  ];
  const definitions = ids.map((id) => def(id));

  test('leads with the best-known benchmarks, then those more sources report, and folds the rest', () => {
    const results = [
      ...ids.map((id) => result(id)),
      result('obscure-3', 'b'), // two sources: before the other unlisted ones
    ];
    const { headline, rest } = splitHeadline(groupResults(results, definitions), 5, [
      'swe-bench-verified',
      'gpqa-diamond',
      'mmlu',
    ]);
    expect(headline.map((g) => g.definition.id)).toEqual([
      'swe-bench-verified',
      'gpqa-diamond',
      'mmlu',
      'obscure-3',
      'obscure-1',
    ]);
    expect(rest.map((g) => g.definition.id).sort()).toEqual(['obscure-2', 'obscure-4']);
  });

  test('a model with five or fewer benchmarks folds nothing', () => {
    const { headline, rest } = splitHeadline(groupResults([result('mmlu')], definitions));
    expect(headline).toHaveLength(1);
    expect(rest).toEqual([]);
  });
});

describe('splitSetting', () => {
  const aider =
    "aider leaderboard entry 'o3 (high)', edit format diff, run 2025-06-25; data file https://github.com/x/y/blob/abc/leaderboard.yml";
  const omitted =
    "23/500 tasks omitted (n=477); column 'gpt-4.1' of GPT-5-for-developers 'Detailed benchmarks'";
  const parallel =
    'with parallel test-time compute (several attempts, the best one kept), per the method Anthropic describes as LessWrong summarises it';
  test.each([
    { setting: 'pass@1', short: 'pass@1', detail: '' },
    { setting: 'extended thinking', short: 'extended thinking', detail: '' },
    {
      setting: 'avg of 5 runs, GPT-4o as user model',
      short: 'avg of 5 runs, GPT-4o as user model',
      detail: '',
    },
    // Where the figure was read leaves the column; the footnote keeps the whole setting.
    { setting: aider, short: 'edit format diff', detail: aider },
    { setting: omitted, short: '23/500 tasks omitted (n=477)', detail: omitted },
    // A long phrase loses its parenthesis; what follows it does not fit and goes too.
    { setting: parallel, short: 'with parallel test-time compute', detail: parallel },
    // Commas inside parentheses do not split a phrase.
    {
      setting: 'standard (no extended thinking), as Roguelite Labs labels it',
      short: 'standard (no extended thinking)',
      detail: 'standard (no extended thinking), as Roguelite Labs labels it',
    },
    // A launch table's section heading repeats the benchmark's category: not a setting.
    { setting: 'Instruction following; o3-mini as grader', short: 'o3-mini as grader', detail: '' },
    { setting: 'Vision (CharXiv-R)', short: '', detail: '' },
    { setting: undefined, short: '', detail: '' },
  ])('$setting', ({ setting, short, detail }) => {
    expect(splitSetting(setting)).toEqual({ short, detail });
  });

  test('the Setting column never holds more than a short line', () => {
    const long = Array.from({ length: 12 }, (_, i) => `phrase number ${i}`).join(', ');
    const { short, detail } = splitSetting(long);
    expect(short.length).toBeLessThanOrEqual(56);
    expect(short.length).toBeGreaterThan(0);
    expect(detail).toBe(long);
  });
});
