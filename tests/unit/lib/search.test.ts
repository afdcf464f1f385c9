import { describe, expect, test } from 'vitest';
import { matchesQuery, searchHaystack, searchKey } from '../../../src/lib/models/search';

const gpt41 = searchHaystack(['gpt-4.1', 'GPT-4.1', 'OpenAI', 'openai', 'gpt-4.1-2025-04-14']);
const sonnet = searchHaystack(['claude-3.7-sonnet', 'Claude 3.7 Sonnet', 'Anthropic', 'anthropic']);
const glm = searchHaystack(['glm-5.1', 'GLM-5.1', 'Z.ai (Zhipu AI)', 'zai']);

describe('index search', () => {
  test.each([
    { query: 'GPT-4.1', model: gpt41, hit: true },
    { query: 'gpt4.1', model: gpt41, hit: true },
    { query: 'gpt 4.1', model: gpt41, hit: true },
    { query: 'gpt_4_1', model: gpt41, hit: true },
    { query: '  ', model: gpt41, hit: true },
    { query: '20250414', model: gpt41, hit: true },
    { query: 'openai 4.1', model: gpt41, hit: true },
    { query: 'claude37', model: sonnet, hit: true },
    { query: 'sonnet anthropic', model: sonnet, hit: true },
    { query: 'Ｇｐｔ４.１', model: gpt41, hit: true },
    { query: 'zai', model: glm, hit: true },
    { query: 'zhipu', model: glm, hit: true },
    { query: 'gpt4.1', model: sonnet, hit: false },
    { query: 'openai sonnet', model: sonnet, hit: false },
    { query: 'gpt-5', model: gpt41, hit: false },
  ])('"$query" → $hit', ({ query, model, hit }) => {
    expect(matchesQuery(model, query)).toBe(hit);
  });

  test('a match never spans two fields', () => {
    // "openai" + "openai" would read "aiope" across the separator if fields ran together.
    expect(matchesQuery(gpt41, 'aiope')).toBe(false);
    expect(searchKey('GPT-4.1 mini')).toBe('gpt41mini');
  });
});
