import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatPrice,
  formatScore,
  formatTokens,
  formatTokensShort,
  formatUsd,
} from '../../../src/lib/format';

describe('format', () => {
  test.each([
    [1047576, '1,047,576'],
    [128000, '128,000'],
  ])('formatTokens(%d) = %s', (n, s) => expect(formatTokens(n)).toBe(s));

  test.each([
    [1047576, '1.05M'],
    [128000, '128K'],
    [16384, '16.38K'],
  ])('formatTokensShort(%d) = %s', (n, s) => expect(formatTokensShort(n)).toBe(s));

  test.each([
    [2, '$2.00'],
    [0.025, '$0.025'],
    [0.075, '$0.075'],
    [0.125, '$0.125'],
    [1.25, '$1.25'],
    [150, '$150.00'],
  ])('formatPrice(%d) = %s', (n, s) => expect(formatPrice(n)).toBe(s));

  test.each([
    [0.0304, '$0.0304'],
    [0.03, '$0.03'],
    [0.000123, '$0.000123'],
    [1234.5, '$1,234.50'],
    [0, '$0.00'],
  ])('formatUsd(%d) keeps small amounts readable: %s', (n, s) => expect(formatUsd(n)).toBe(s));

  test.each([
    ['2025-04-14', 'Apr 14, 2025'],
    ['2024-06', 'Jun 2024'],
  ])('formatDate(%s) = %s', (d, s) => expect(formatDate(d)).toBe(s));

  test('scores keep their unit', () => {
    expect(formatScore(54.6, '%')).toBe('54.6%');
    expect(formatScore(2719, 'elo')).toBe('2,719 Elo');
  });
});
