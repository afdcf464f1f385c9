import { describe, expect, test } from 'vitest';
import type { ModelRow } from '../../../src/lib/models/rows';
import {
  applyIndexState,
  defaultIndexState,
  hiddenRetiredCount,
  parseIndexState,
  serializeIndexState,
  type IndexState,
  unknownCapabilityCount,
} from '../../../src/lib/url-state/index-view';

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
const rows = [
  row({
    id: 'gpt-4.1',
    name: 'GPT-4.1',
    context: 1047576,
    input: 2,
    aliases: ['gpt-4.1-2025-04-14'],
    providers: ['openai', 'azure'],
    bench: { mmlu: { score: 90.2, source: 'openai-launch', own: true } },
    inputModalities: ['text', 'image'],
  }),
  row({
    id: 'gpt-4.1-nano',
    name: 'GPT-4.1 nano',
    context: 1047576,
    input: 0.1,
    status: 'deprecated',
    bench: { mmlu: { score: 80.1, source: 'openai-launch', own: true } },
  }),
  row({
    id: 'claude-3.7-sonnet',
    name: 'Claude 3.7 Sonnet',
    maker: 'anthropic',
    makerName: 'Anthropic',
    context: 200000,
    input: 3,
    reasoning: true,
    providers: ['anthropic', 'bedrock'],
    bench: { mmlu: { score: 86, source: 'leaderboard', own: false } },
  }),
  row({
    id: 'gpt-4',
    name: 'GPT-4',
    context: 8192,
    input: 30,
    status: 'retired',
    stated: 'retired',
  }),
  row({ id: 'gpt-oss-120b', name: 'gpt-oss-120b', context: 131072, openWeights: true }),
];
const makers = {
  makers: ['openai', 'anthropic'],
  providers: ['openai', 'anthropic', 'azure', 'bedrock'],
  benchmarks: ['mmlu', 'gpqa-diamond'],
};
const ids = (s: Partial<IndexState>) =>
  applyIndexState(rows, { ...defaultIndexState, ...s }).map((r) => r.id);

describe('index view', () => {
  test.each([
    { name: 'search by name', state: { q: 'nano' }, expected: ['gpt-4.1-nano'] },
    { name: 'search by alias', state: { q: '2025-04-14' }, expected: ['gpt-4.1'] },
    { name: 'filter by maker', state: { maker: ['anthropic'] }, expected: ['claude-3.7-sonnet'] },
    { name: 'filter by modality', state: { modality: ['image' as const] }, expected: ['gpt-4.1'] },
    {
      name: 'filter by status',
      state: { status: ['deprecated' as const] },
      expected: ['gpt-4.1-nano'],
    },
    {
      name: 'retired models are hidden by default',
      state: { q: 'gpt-4' },
      expected: ['gpt-4.1', 'gpt-4.1-nano'],
    },
    {
      name: 'the retired toggle shows them',
      state: { q: 'gpt-4', retired: true },
      expected: ['gpt-4', 'gpt-4.1', 'gpt-4.1-nano'],
    },
    {
      name: 'asking for retired status shows them without the toggle',
      state: { status: ['retired' as const] },
      expected: ['gpt-4'],
    },
    {
      name: 'filter by a provider that serves the model',
      state: { provider: ['bedrock', 'azure'] },
      expected: ['claude-3.7-sonnet', 'gpt-4.1'],
    },
    {
      name: 'sort by a benchmark, best first, unscored last',
      state: { sort: 'bench:mmlu' as const, dir: 'desc' as const },
      expected: ['gpt-4.1', 'claude-3.7-sonnet', 'gpt-4.1-nano', 'gpt-oss-120b'],
    },
    {
      name: 'filter by capability',
      state: { capability: ['openWeights' as const] },
      expected: ['gpt-oss-120b'],
    },
    {
      name: 'minimum context',
      state: { minContext: 1000000 },
      expected: ['gpt-4.1', 'gpt-4.1-nano'],
    },
    {
      name: 'maximum input price drops unpriced models',
      state: { maxInput: 2 },
      expected: ['gpt-4.1', 'gpt-4.1-nano'],
    },
    {
      name: 'sort by input price, unpriced last',
      state: { sort: 'input' as const },
      expected: ['gpt-4.1-nano', 'gpt-4.1', 'claude-3.7-sonnet', 'gpt-oss-120b'],
    },
    {
      name: 'sort descending keeps unpriced last',
      state: { sort: 'input' as const, dir: 'desc' as const },
      expected: ['claude-3.7-sonnet', 'gpt-4.1', 'gpt-4.1-nano', 'gpt-oss-120b'],
    },
  ])('$name', ({ state, expected }) => expect(ids(state)).toEqual(expected));

  test('state survives a round trip through the URL', () => {
    const state: IndexState = {
      ...defaultIndexState,
      q: 'gpt 4',
      maker: ['openai'],
      modality: ['image'],
      status: ['active'],
      capability: ['vision'],
      minContext: 200000,
      maxInput: 2.5,
      sort: 'input',
      dir: 'desc',
      provider: ['azure'],
      retired: true,
      bench: ['mmlu', 'gpqa-diamond'],
    };
    const url = serializeIndexState(state);
    expect(url).toBe(
      '?q=gpt+4&maker=openai&provider=azure&modality=image&status=active&capability=vision&minContext=200000&maxInput=2.5&retired=1&bench=mmlu,gpqa-diamond&sort=input&dir=desc',
    );
    expect(parseIndexState(url, makers)).toEqual({ state, notices: [] });
  });

  test('the default state is an empty query string', () => {
    expect(serializeIndexState(defaultIndexState)).toBe('');
  });

  test.each([
    { search: '?sort=price', param: 'sort' },
    { search: '?dir=up', param: 'dir' },
    { search: '?maker=openai,nobody', param: 'maker' },
    { search: '?minContext=NaN', param: 'minContext' },
    { search: '?minContext=-5', param: 'minContext' },
    { search: '?maxInput=1e309', param: 'maxInput' },
    { search: '?q=a&q=b', param: 'q' },
    { search: `?status=${'x'.repeat(10_000)}`, param: 'status' },
    { search: '?modality=<script>alert(1)</script>', param: 'modality' },
    { search: '?retired=yes', param: 'retired' },
    { search: '?provider=nobody', param: 'provider' },
    { search: '?bench=mmlu,nope', param: 'bench' },
    { search: '?sort=bench:nope', param: 'sort' },
    { search: '?bench=a,b,c,d,e', param: 'bench' },
  ])('a bad parameter ($search) gets a notice and the rest still applies', ({ search, param }) => {
    const { state, notices } = parseIndexState(`${search}&capability=vision`, makers);
    expect(notices.map((n) => n.param)).toContain(param);
    expect(state.capability).toEqual(['vision']);
  });

  test('a benchmark sort survives the URL and shows its column', () => {
    const { state, notices } = parseIndexState('?sort=bench:gpqa-diamond&dir=desc', makers);
    expect(notices).toEqual([]);
    expect(state.bench).toEqual(['gpqa-diamond']);
    expect(serializeIndexState(state)).toBe('?bench=gpqa-diamond&sort=bench:gpqa-diamond&dir=desc');
  });

  test('a bad retired value keeps retired models hidden', () => {
    expect(parseIndexState('?retired=yes', makers).state.retired).toBe(false);
    expect(parseIndexState('?retired=1', makers).state.retired).toBe(true);
  });

  test('the hidden count names the retired models the other filters would show', () => {
    const state = (over: Partial<IndexState>) => ({ ...defaultIndexState, ...over });
    expect(hiddenRetiredCount(rows, state({}))).toBe(1);
    expect(hiddenRetiredCount(rows, state({ maker: ['anthropic'] }))).toBe(0);
    expect(hiddenRetiredCount(rows, state({ retired: true }))).toBe(0);
  });

  test('valid list items are kept next to a bad one', () => {
    expect(parseIndexState('?maker=openai,nobody', makers).state.maker).toEqual(['openai']);
  });
});

describe('capability filter and undocumented capabilities', () => {
  const table = [
    row({ id: 'yes', functionCalling: true }),
    row({ id: 'no', functionCalling: false }),
    row({ id: 'unknown-a' }),
    row({ id: 'unknown-b', maker: 'google' }),
  ];
  const state = (over: Partial<IndexState>): IndexState => ({
    ...defaultIndexState,
    capability: ['functionCalling'],
    ...over,
  });

  test('keeps models documented to have it, and counts the undocumented ones apart', () => {
    expect(applyIndexState(table, state({})).map((r) => r.id)).toEqual(['yes']);
    expect(unknownCapabilityCount(table, state({}))).toBe(2);
  });

  test('the unknown count follows the other filters and is 0 without a capability filter', () => {
    expect(unknownCapabilityCount(table, state({ maker: ['google'] }))).toBe(1);
    expect(unknownCapabilityCount(table, state({ capability: [] }))).toBe(0);
  });
});
