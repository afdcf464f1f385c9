import { describe, expect, test } from 'vitest';
import { modelSchema } from '../../../src/schemas';
import { problemsFromIssues } from '../../../src/lib/content/problems';
import { minimalModel } from '../../fixtures/factories';

type Spec = ReturnType<typeof minimalModel> & Record<string, unknown>;

/** Validates a spec and returns its problems as `path: message` lines. */
function problems(spec: unknown): string[] {
  const result = modelSchema.safeParse(spec);
  if (result.success) return [];
  return problemsFromIssues('x.yaml', result.error.issues, spec).map((p) =>
    p.path ? `${p.path}: ${p.message}` : p.message,
  );
}

const edit = (change: (s: Spec) => void): Spec => {
  const s = minimalModel() as Spec;
  change(s);
  return s;
};

describe('model spec', () => {
  test('the minimal valid spec passes', () => {
    expect(problems(minimalModel())).toEqual([]);
  });

  test('one claim and a list of claims mean the same figure', () => {
    const single = modelSchema.parse(minimalModel());
    const listed = modelSchema.parse(
      edit((s) => {
        s.limits.contextWindow = [{ value: 128000, source: 'acme-docs' }] as never;
      }),
    );
    expect(listed.limits.contextWindow).toEqual(single.limits.contextWindow);
  });

  test('a tiny price in line with its other meters is accepted (DeepSeek V4 Flash cache read)', () => {
    const spec = edit((s) => {
      (s.offerings[0]!.prices as unknown[])[0] = {
        effective: '2025-01-01',
        source: 'acme-docs',
        input: 0.14,
        cachedInput: 0.0028,
        output: 0.28,
      };
    });
    expect(problems(spec)).toEqual([]);
  });

  test('the same value from two sources is two claims, not a copy', () => {
    const spec = edit((s) => {
      s.limits.maxOutput = [
        { value: 4096, source: 'acme-docs' },
        { value: 4096, source: 'other-docs' },
      ] as never;
    });
    expect(problems(spec)).toEqual([]);
  });

  test('disagreeing sources are all kept, in order', () => {
    const spec = modelSchema.parse(
      edit((s) => {
        s.limits.contextWindow = [
          { value: 1047576, source: 'openai' },
          { value: 1048576, source: 'azure' },
        ] as never;
      }),
    );
    expect(spec.limits.contextWindow.map((c) => c.value)).toEqual([1047576, 1048576]);
  });

  test.each([
    {
      name: 'a negative context window',
      change: (s: Spec) => (s.limits.contextWindow.value = -5),
      expected: 'limits.contextWindow.value: must be more than 0 tokens',
    },
    {
      name: 'a fractional token count',
      change: (s: Spec) => (s.limits.maxOutput.value = 10.5),
      expected: 'limits.maxOutput.value: must be a whole number of tokens',
    },
    {
      name: 'an unknown field',
      change: (s: Spec) => (s['contextWindow'] = 5),
      expected: 'unknown field `contextWindow` (check the spelling; see /api/schema.json)',
    },
    {
      name: 'a figure without a source',
      change: (s: Spec) => delete (s.limits.contextWindow as { source?: string }).source,
      expected:
        'limits.contextWindow.source: every figure needs a source: add `source: <source id>`',
    },
    {
      name: 'a price schedule without a source',
      change: (s: Spec) => delete (s.offerings[0]!.prices[0] as { source?: string }).source,
      expected: 'offerings[0].prices[0].source: is required but missing',
    },
    {
      name: 'a known figure without a value',
      change: (s: Spec) => delete (s.limits.contextWindow as { value?: number }).value,
      expected: 'limits.contextWindow.value: a known figure needs a value',
    },
    {
      name: 'an unknown figure without saying what was looked for',
      change: (s: Spec) => (s.limits.knowledgeCutoff = { state: 'unknown' } as never),
      expected: 'limits.knowledgeCutoff.note: say in `note` what was looked for and not found',
    },
    {
      name: 'not disclosed without the source that says so',
      change: (s: Spec) => (s.limits.knowledgeCutoff = { state: 'not-disclosed' } as never),
      expected:
        'limits.knowledgeCutoff.source: name the source that says the provider has not disclosed this',
    },
    {
      name: 'an undisclosed topic without the source that says so',
      change: (s: Spec) => (s['undisclosed'] = [{ topic: 'Model architecture' }]),
      expected: 'undisclosed[0].source: is required but missing',
    },
    {
      name: 'an undisclosed entry with an empty topic',
      change: (s: Spec) => (s['undisclosed'] = [{ topic: ' ', source: 'acme-docs' }]),
      expected: 'undisclosed[0].topic: must not be empty',
    },
    {
      name: 'a value on a figure that is not known',
      change: (s: Spec) =>
        (s.limits.knowledgeCutoff = { state: 'unknown', value: '2024-01', note: 'x' } as never),
      expected:
        'limits.knowledgeCutoff.value: a figure that is unknown has no value; remove it or set state: known',
    },
    {
      name: 'max output larger than the context window',
      change: (s: Spec) => (s.limits.maxOutput.value = 200000),
      expected:
        'limits.maxOutput[0].value: max output 200000 is larger than the context window 128000',
    },
    {
      name: 'a date that does not exist',
      change: (s: Spec) => (s.lifecycle.released.value = '2025-02-30'),
      expected: 'lifecycle.released.value: is not a real calendar date',
    },
    {
      name: 'a date in the wrong format',
      change: (s: Spec) => (s.lifecycle.released.value = '14/04/2025'),
      expected: 'lifecycle.released.value: must be a date written YYYY-MM-DD',
    },
    {
      name: 'a shutdown before the release',
      change: (s: Spec) =>
        ((s.lifecycle as Record<string, unknown>)['shutdown'] = {
          value: '2024-01-01',
          source: 'acme-docs',
        }),
      expected: 'lifecycle.shutdown: shutdown (2024-01-01) is before released (2025-01-01)',
    },
    {
      name: 'a price of 0 the source does not call free',
      change: (s: Spec) => (s.offerings[0]!.prices[0]!.input = 0),
      expected:
        'offerings[0].prices[0].input: a price of 0 needs the source to say it is free: add input to `free`',
    },
    {
      name: 'a per-token price slip',
      change: (s: Spec) => (s.offerings[0]!.prices[0]!.input = 0.000002),
      expected:
        'offerings[0].prices[0].input: 0.000002 is over 1000 times less than output (4): it looks like a per-token or per-1K price; prices are USD per 1M tokens',
    },
    {
      name: 'a per-1K cache price beside per-1M meters',
      change: (s: Spec) =>
        ((s.offerings[0]!.prices[0] as Record<string, unknown>)['cachedInput'] = 0.0025),
      expected:
        'offerings[0].prices[0].cachedInput: 0.0025 is over 1000 times less than output (4): it looks like a per-token or per-1K price; prices are USD per 1M tokens',
    },
    {
      name: 'the same claim twice from one source',
      change: (s: Spec) =>
        (s.limits.maxOutput = [
          { value: 4096, source: 'acme-docs' },
          { value: 4096, source: 'acme-docs' },
        ] as never),
      expected:
        'limits.maxOutput[1]: repeats an earlier claim (same value, same source); remove the copy',
    },
    {
      name: 'a negative price',
      change: (s: Spec) => (s.offerings[0]!.prices[0]!.output = -1),
      expected: 'offerings[0].prices[0].output: a price cannot be negative',
    },
    {
      name: 'a long-context tier outside the context window',
      change: (s: Spec) =>
        ((s.offerings[0]!.prices[0] as Record<string, unknown>)['tiers'] = [
          { above: 200000, counts: 'input', appliesTo: 'whole-request', input: 2 },
        ]),
      expected:
        'offerings[0].prices[0].tiers[0].above: a tier above 200000 tokens lies outside the 128000-token context window',
    },
    {
      name: 'price schedules out of date order',
      change: (s: Spec) =>
        s.offerings[0]!.prices.push({
          effective: '2024-01-01',
          source: 'acme-docs',
          input: 1,
          output: 2,
        }),
      expected:
        'offerings[0].prices[1].effective: price schedules must be listed oldest first, one per date',
    },
    {
      name: 'an offering with neither prices nor a reason',
      change: (s: Spec) => delete (s.offerings[0] as { prices?: unknown }).prices,
      expected:
        'offerings[0].prices: give either `prices` or `pricesMissing` (saying why there are none)',
    },
    {
      name: 'an unknown tokenizer',
      change: (s: Spec) => (s.tokenizer.value = 'p50k_base'),
      expected:
        'tokenizer.value: tokenizer must be one of o200k_base, o200k_harmony, cl100k_base, proprietary',
    },
    {
      name: 'an uppercase alias',
      change: (s: Spec) => ((s as Record<string, unknown>)['aliases'] = ['GPT-X']),
      expected: 'aliases[0]: alias must be a lowercase id such as "gpt-4.1"',
    },
    {
      name: 'a batch discount written as a percentage',
      change: (s: Spec) =>
        ((s.offerings[0]!.prices[0] as Record<string, unknown>)['batch'] = { discount: 50 }),
      expected:
        'offerings[0].prices[0].batch.discount: discount must be less than 1 (0.5 means 50% off)',
    },
  ])('rejects $name, naming the field', ({ change, expected }) => {
    expect(problems(edit(change))).toContain(expected);
  });
});

describe('a second source for the same days', () => {
  const withAlternative = (alternative: Record<string, unknown>) => {
    const m = minimalModel() as unknown as { offerings: { prices: Record<string, unknown>[] }[] };
    m.offerings[0]!.prices[0]!['alternatives'] = [alternative];
    return modelSchema.safeParse(m);
  };
  test('a schedule keeps another source’s differing prices beside its own', () => {
    expect(withAlternative({ source: 'other', input: 1, output: 4 }).success).toBe(true);
  });
  test('another source’s entry needs a source and a price', () => {
    expect(withAlternative({ input: 1 }).success).toBe(false);
    expect(withAlternative({ source: 'other' }).success).toBe(false);
  });
});
