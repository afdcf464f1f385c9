import { describe, expect, test } from 'vitest';
import { countedIn, toCounterModel } from '../../../src/lib/tokens/counter-model';
import { familyRules, tokenizerForFamily } from '../../../src/lib/tokens/families';
import { pricedModel } from '../../fixtures/factories';

describe('which open tokenizer a model id uses', () => {
  test.each([
    ['llama-3-70b-instruct', 'llama3'],
    ['llama-3.1-8b-instruct', 'llama3'],
    ['meta-llama-3.1-405b-instruct', 'llama3'],
    ['llama-3.2-3b-instruct', 'llama3'],
    ['llama-3.3-70b-instruct', 'llama3'],
    ['Llama-3.3-70B-Instruct', 'llama3'],
    ['qwen2.5-72b-instruct', 'qwen3'],
    ['qwen2-5-72b-instruct', 'qwen3'],
    ['qwen3-235b-a22b', 'qwen3'],
    ['qwen3-32b', 'qwen3'],
    ['qwen3-0.6b', 'qwen3'],
    ['deepseek-v3', 'deepseek_v3'],
    ['deepseek-v3-0324', 'deepseek_v3'],
    ['deepseek-r1', 'deepseek_v3'],
    ['deepseek-r1-0528', 'deepseek_v3'],
  ])('%s counts with %s', (id, tokenizer) => {
    expect(tokenizerForFamily(id)).toBe(tokenizer);
  });

  // Other vocabularies, or no source that they share one: these keep the labelled estimate.
  test.each([
    'llama-4-maverick-17b-instruct',
    'llama-3.1-nemotron-70b-instruct',
    'aion-rp-llama-3.1-8b',
    'llama-2-70b-chat',
    'qwen3.5-397b-a17b',
    'qwen3.6-plus',
    'qwen-max',
    'qwen3-max',
    'qwen3-coder-480b-a35b-instruct',
    'qwen3-next-80b-a3b-instruct',
    'qwen2-5-vl-72b-instruct',
    'deepseek-r1-distill-llama-70b',
    'deepseek-v4-pro',
    'deepseek-chat',
    'mistral-large-2411',
    'gpt-4.1',
  ])('%s has no family rule', (id) => {
    expect(tokenizerForFamily(id)).toBeUndefined();
  });

  test('every rule names its source', () => {
    for (const r of familyRules) expect(r.source).toMatch(/^https:\/\//);
  });

  // A spec that states no tokenizer, as an imported open model's does.
  const unstated = (id: string) => ({
    ...pricedModel(undefined, { id }),
    tokenizer: [{ state: 'unknown' as const }],
  });

  test('a model row is counted in its family tokenizer, and one without stays an estimate', () => {
    const llama = toCounterModel(unstated('llama-3.3-70b-instruct'), '2025-10-01');
    expect(llama.encoding).toBe('llama3');
    expect(countedIn(llama)).toBe('llama3');
    const other = toCounterModel(unstated('mistral-large-2411'), '2025-10-01');
    expect(other.encoding).toBeUndefined();
    expect(countedIn(other)).toBe('o200k_base');
  });
});
