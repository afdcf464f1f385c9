import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../../src/lib/content/read';
import { CatalogError } from '../../../src/lib/content/problems';
import { knownClaims } from '../../../src/lib/models/figures';
import { sourceCitations } from '../../../src/lib/models/refs';
import { minimalModel, minimalSource, writeContent } from '../../fixtures/factories';

const catalog = readCatalog(resolve('content'));
const model = (id: string) => {
  const m = catalog.models.find((x) => x.id === id);
  if (!m) throw new Error(`no model ${id}`);
  return m;
};

describe('the content folder', () => {
  // PRODUCT.md: every model the seeds name keeps its page, plus the predecessors they compare against.
  test.each([
    'gpt-4.1',
    'gpt-4.1-mini',
    'gpt-4.1-nano',
    'gpt-4o',
    'gpt-4o-mini',
    'gpt-4.5',
    'o1',
    'o3-mini',
    'o3',
    'o4-mini',
    'gpt-5.4',
    'gpt-5.5',
    'gpt-5.1-codex',
    'gpt-oss-120b',
    'claude-3.7-sonnet',
    'claude-opus-4.7',
    'gemini-2.5-pro',
    'gemini-3.1-pro',
    'glm-5.1',
    'gpt-4',
    'gpt-4-turbo',
    'gpt-3.5-turbo',
  ])('has a spec for %s', (id) => {
    expect(model(id).name).toBeTruthy();
  });

  test('every cited source exists and every source is cited', () => {
    const ids = new Set(catalog.sources.map((s) => s.id));
    const cited = new Set(
      [...catalog.models, ...catalog.families].flatMap((m) =>
        sourceCitations(m).map((c) => c.source),
      ),
    );
    expect([...cited].filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !cited.has(id))).toEqual([]);
  });

  test('every known figure carries a source', () => {
    const unsourced: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (o['state'] === 'known' && o['source'] === undefined) unsourced.push(path);
        for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
      }
    };
    catalog.models.forEach((m) => walk(m, m.id));
    expect(unsourced).toEqual([]);
  });

  test.each([
    {
      id: 'gpt-4.1',
      figure: 'context window',
      get: () => model('gpt-4.1').limits.contextWindow,
      values: [1047576, 1048576],
    },
    {
      id: 'gpt-4.1',
      figure: 'max output',
      get: () => model('gpt-4.1').limits.maxOutput,
      values: [32768, 16384],
    },
  ])('keeps both disagreeing values of $id $figure', ({ get, values }) => {
    const found = knownClaims(get() as { state: 'known'; value: number }[]).map((c) => c.value);
    for (const v of values) expect(found).toContain(v);
  });

  test.each([
    { benchmark: 'mmlu', scores: [90.2, 85] },
    { benchmark: 'swe-bench-verified', scores: [54.6, 50] },
  ])('keeps every sourced GPT-4.1 $benchmark score', ({ benchmark, scores }) => {
    const found = model('gpt-4.1')
      .benchmarks.filter((b) => b.benchmark === benchmark)
      .map((b) => b.score);
    expect(found).toEqual(expect.arrayContaining(scores));
  });

  test('GPT-4.1 is offered by both OpenAI and Azure OpenAI, Azure with its own limits', () => {
    const gpt41 = model('gpt-4.1');
    expect(gpt41.offerings.map((o) => o.provider)).toEqual(['openai', 'azure']);
    expect(gpt41.offerings[1]?.limits?.contextWindow?.[0]?.value).toBe(1048576);
  });

  test('aliases resolve to one model only', () => {
    const seen = new Map<string, string>();
    for (const m of catalog.models)
      for (const name of [m.id, ...m.aliases]) {
        expect(seen.get(name), `${name} names both ${seen.get(name)} and ${m.id}`).toBeUndefined();
        seen.set(name, m.id);
      }
    expect(seen.get('gpt-4.1-2025-04-14')).toBe('gpt-4.1');
  });
});

describe('figures checked against their cited sources', () => {
  const sourceOf = (id: string) => catalog.sources.find((s) => s.id === id);

  test('GPT-4 launched on 14 March 2023 with training data to September 2021, per OpenAI', () => {
    const gpt4 = model('gpt-4');
    expect(gpt4.lifecycle.released[0]).toMatchObject({ value: '2023-03-14' });
    expect(sourceOf(gpt4.lifecycle.released[0]!.source!)?.speaksFor).toBe('openai');
    expect(gpt4.limits.knowledgeCutoff.map((c) => c.value)).toContain('2021-09');
  });

  test('Claude 3.7 Sonnet launch scores cite the pages they were read from, not the image-only post', () => {
    const scores = model('claude-3.7-sonnet').benchmarks.filter((b) =>
      ['gpqa-diamond', 'swe-bench-verified', 'aime-2024'].includes(b.benchmark),
    );
    expect(scores.length).toBeGreaterThan(0);
    for (const b of scores) {
      expect(b.source).not.toBe('anthropic-news-claude-3-7-sonnet');
      expect(b.setting).toBeTruthy();
    }
  });

  // These dates appear only in third-party reproductions of OpenAI's deprecations page.
  test.each([
    'gpt-4.1',
    'gpt-4.1-mini',
    'gpt-4.1-nano',
    'gpt-4o',
    'gpt-4o-mini',
    'o1',
    'o3-mini',
    'o4-mini',
  ])("%s's shutdown date is not shown as OpenAI's own word", (id) => {
    const claims = model(id).lifecycle.shutdown ?? [];
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(sourceOf(c.source!)?.speaksFor).toBeUndefined();
  });

  test('no alias of a still-listed model names a snapshot that has shut down', () => {
    expect(model('gpt-4o').aliases).not.toContain('gpt-4o-2024-05-13');
  });

  test('Aider polyglot results share one benchmark, so OpenAI’s and Aider’s GPT-4.1 figures meet', () => {
    const aider = model('gpt-4.1').benchmarks.filter((b) => b.benchmark === 'aider-polyglot');
    expect(aider.map((b) => b.score)).toEqual(expect.arrayContaining([52.9, 52.4]));
    expect(catalog.benchmarks.map((b) => b.id)).not.toContain('aider-polyglot-diff');
  });

  test('TokenMix’s recall figures and OpenAI’s unnamed long-context test are different benchmarks', () => {
    const ids = (source: string) =>
      new Set(
        model('gpt-4.1')
          .benchmarks.filter((b) => b.source === source && b.atTokens !== undefined)
          .map((b) => b.benchmark),
      );
    expect([...ids('tokenmix-gpt-4.1-vs-gpt-4o')]).toEqual(['long-context-recall']);
    expect([...ids('educative-gpt-4.1')]).toEqual(['openai-long-context-gpt-4.1']);
  });

  test.each([
    { id: 'glm-5.1', source: 'apxml-glm-5.1' },
    { id: 'gpt-4o-mini', source: 'openrouter-gpt-4o-mini' },
    { id: 'gpt-4.1', source: 'educative-gpt-4.1' },
  ])(
    '$id: the maker’s own figures quoted by $source are marked as the maker’s',
    ({ id, source }) => {
      const quoted = model(id).benchmarks.filter((b) => b.source === source);
      expect(quoted.length).toBeGreaterThan(0);
      for (const b of quoted) expect(b.reportedBy).toBe('self-reported');
    },
  );

  test('what Azure’s GPT-4.1 card says the provider has not supplied is recorded as not disclosed', () => {
    const topics = model('gpt-4.1')
      .undisclosed.filter((u) => u.source === 'azure-gpt-4.1-card')
      .map((u) => u.topic);
    expect(topics).toEqual(
      expect.arrayContaining(['Training cut-off date', 'Model architecture', 'Known limitations']),
    );
  });

  test('GPT-4.5 cites a models.dev file that exists for its open-weights claim', () => {
    const claim = model('gpt-4.5').openWeights[0]!;
    expect(claim.value).toBe(false);
    expect(sourceOf(claim.source!)?.url).toContain('/providers/openai/models/gpt-4.5-preview.toml');
  });
});

describe('cross-file rules', () => {
  const problemsOf = (files: Record<string, unknown>): string[] => {
    try {
      readCatalog(writeContent(files));
      return [];
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      return e.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    }
  };

  test('a valid minimal folder loads', () => {
    expect(problemsOf({ 'models/acme/test-model.yaml': minimalModel() })).toEqual([]);
  });

  test.each([
    {
      name: 'a source that does not exist',
      files: {
        'models/acme/test-model.yaml': {
          ...minimalModel(),
          license: { value: 'x', source: 'nowhere' },
        },
      },
      expected: 'content/models/acme/test-model.yaml: license[0].source: unknown source "nowhere"',
    },
    {
      name: 'an alias another model already uses',
      files: {
        'models/acme/test-model.yaml': { ...minimalModel(), aliases: ['shared-name'] },
        'models/acme/other-model.yaml': { ...minimalModel(), aliases: ['shared-name'] },
      },
      expected:
        'content/models/acme/test-model.yaml: aliases[0]: "shared-name" already names content/models/acme/other-model.yaml',
    },
    {
      name: 'an alias equal to another model id',
      files: {
        'models/acme/test-model.yaml': minimalModel(),
        'models/acme/other-model.yaml': { ...minimalModel(), aliases: ['test-model'] },
      },
      expected:
        'content/models/acme/other-model.yaml: aliases[0]: "test-model" already names content/models/acme/test-model.yaml',
    },
    {
      name: 'a model filed under another maker',
      files: {
        'models/other/test-model.yaml': minimalModel(),
        'providers/other.yaml': {
          name: 'O',
          role: 'host',
          url: 'https://o.example',
          description: 'O.',
        },
      },
      expected:
        'content/models/other/test-model.yaml: maker: is "acme" but the file is in content/models/other/',
    },
    {
      name: 'an unknown benchmark',
      files: {
        'models/acme/test-model.yaml': {
          ...minimalModel(),
          benchmarks: [
            { benchmark: 'mmmlu', score: 50, reportedBy: 'independent', source: 'acme-docs' },
          ],
        },
      },
      expected:
        'content/models/acme/test-model.yaml: benchmarks[0].benchmark: unknown benchmark "mmmlu"',
    },
    {
      name: 'an unknown offering provider',
      files: {
        'models/acme/test-model.yaml': {
          ...minimalModel(),
          offerings: [{ ...minimalModel().offerings[0], provider: 'nobody' }],
        },
      },
      expected:
        'content/models/acme/test-model.yaml: offerings[0].provider: unknown provider "nobody"',
    },
    {
      name: 'a file name that is not an id',
      files: { 'models/acme/Test Model.yaml': minimalModel() },
      expected: 'content/models/acme/Test Model.yaml: : the file name "Test Model" is the id',
    },
    {
      name: 'a source without a date read',
      files: { 'sources/acme-docs.yaml': { ...minimalSource(), accessed: undefined } },
      expected: 'content/sources/acme-docs.yaml: accessed: is required but missing',
    },
    {
      name: 'YAML that does not parse',
      files: { 'models/acme/test-model.yaml': 'name: [unclosed' },
      expected: 'content/models/acme/test-model.yaml: : not valid YAML',
    },
    {
      name: 'a key written twice',
      files: { 'models/acme/test-model.yaml': 'name: A\nname: B\n' },
      expected: 'content/models/acme/test-model.yaml: : not valid YAML: Map keys must be unique',
    },
  ])('names the file and field for $name', ({ files, expected }) => {
    const problems = problemsOf(files);
    expect(
      problems.some((p) => p.startsWith(expected)),
      `got:\n${problems.join('\n')}`,
    ).toBe(true);
  });
});
