import { describe, expect, test } from 'vitest';
import type { ModelRow } from '../../../src/lib/models/rows';
import {
  applyIndexState,
  defaultIndexState,
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
  aliases: [],
  ...over,
});
const rows = [
  row({
    id: 'gpt-4.1',
    name: 'GPT-4.1',
    context: 1047576,
    input: 2,
    aliases: ['gpt-4.1-2025-04-14'],
    inputModalities: ['text', 'image'],
  }),
  row({
    id: 'gpt-4.1-nano',
    name: 'GPT-4.1 nano',
    context: 1047576,
    input: 0.1,
    status: 'retired',
  }),
  row({
    id: 'claude-3.7-sonnet',
    name: 'Claude 3.7 Sonnet',
    maker: 'anthropic',
    makerName: 'Anthropic',
    context: 200000,
    input: 3,
    reasoning: true,
  }),
  row({ id: 'gpt-oss-120b', name: 'gpt-oss-120b', context: 131072, openWeights: true }),
];
const makers = ['openai', 'anthropic'];
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
      state: { status: ['retired' as const] },
      expected: ['gpt-4.1-nano'],
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
    };
    const url = serializeIndexState(state);
    expect(url).toBe(
      '?q=gpt+4&maker=openai&modality=image&status=active&capability=vision&minContext=200000&maxInput=2.5&sort=input&dir=desc',
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
  ])('a bad parameter ($search) gets a notice and the rest still applies', ({ search, param }) => {
    const { state, notices } = parseIndexState(`${search}&capability=vision`, makers);
    expect(notices.map((n) => n.param)).toContain(param);
    expect(state.capability).toEqual(['vision']);
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
