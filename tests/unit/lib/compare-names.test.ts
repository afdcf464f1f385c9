import { expect, test } from 'vitest';
import { compareNames } from '../../../src/lib/text/compare';

test('names sort alphabetically with case ignored, digits and punctuation before letters', () => {
  const names = [
    'gpt-4o',
    'Claude Opus 4.7',
    'GPT-4.1',
    'claude 3.7 Sonnet',
    'DeepSeek V3',
    'GPT-4',
  ];
  expect([...names].sort(compareNames)).toEqual([
    'claude 3.7 Sonnet',
    'Claude Opus 4.7',
    'DeepSeek V3',
    'GPT-4',
    'GPT-4.1',
    'gpt-4o',
  ]);
});

test('names equal but for case still have one order', () => {
  expect(compareNames('GPT-4o', 'gpt-4o')).toBe(-1);
  expect(compareNames('gpt-4o', 'GPT-4o')).toBe(1);
  expect(compareNames('gpt-4o', 'gpt-4o')).toBe(0);
});
