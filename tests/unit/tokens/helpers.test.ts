import { describe, expect, test } from 'vitest';
import { encodingForModelId } from '../../../src/lib/tokens/encodings';
import { chatTokens } from '../../../src/lib/tokens/chat';
import { textStats } from '../../../src/lib/tokens/stats';
import { oracleCount } from './oracle';

describe('model id → encoding, by tiktoken’s prefix rules', () => {
  test.each([
    ['gpt-4.1', 'o200k_base'],
    ['gpt-4.1-2025-04-14', 'o200k_base'],
    ['gpt-4.1-nano-2099-01-01', 'o200k_base'],
    ['gpt-4o-mini-2024-07-18', 'o200k_base'],
    ['gpt-4.5-preview', 'o200k_base'],
    ['o1-2024-12-17', 'o200k_base'],
    ['o3-mini', 'o200k_base'],
    ['o4-mini-2025-04-16', 'o200k_base'],
    ['gpt-5.4-2026-03-05', 'o200k_base'],
    ['gpt-oss-120b', 'o200k_harmony'],
    ['gpt-4', 'cl100k_base'],
    ['gpt-4-turbo-2024-04-09', 'cl100k_base'],
    ['gpt-3.5-turbo-0125', 'cl100k_base'],
    ['claude-3-7-sonnet-20250219', undefined],
    ['gemini-2.5-pro', undefined],
  ])('%s → %s', (id, encoding) => {
    expect(encodingForModelId(id)).toBe(encoding);
  });
});

describe('chat-format overhead (OpenAI cookbook)', () => {
  test('3 per message, 1 per name, 3 to prime the reply, plus every field’s tokens', () => {
    const t = (s: string) => oracleCount('o200k_base', s);
    const messages = [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'Hi there', name: 'ana' },
    ];
    expect(chatTokens(messages, t)).toBe(
      3 + (3 + t('system') + t('You are terse.')) + (3 + t('user') + t('Hi there') + 1 + t('ana')),
    );
  });
  test('an empty conversation still primes the reply', () => {
    expect(chatTokens([], () => 0)).toBe(3);
  });
});

describe('text statistics', () => {
  test.each([
    { text: '', stats: { characters: 0, words: 0, lines: 0 } },
    { text: 'one two\nthree', stats: { characters: 13, words: 3, lines: 2 } },
    { text: '🙂 emoji count once', stats: { characters: 18, words: 4, lines: 1 } },
    { text: 'trailing newline\n', stats: { characters: 17, words: 2, lines: 2 } },
  ])('$text', ({ text, stats }) => {
    expect(textStats(text)).toEqual(stats);
  });
});
