import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatPrice,
  formatScore,
  formatTokens,
  formatTokensShort,
  formatCost,
  formatCostExact,
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

  // Costs are exact pico-dollars (1e-12 USD); 1_000_000_000_000n is one dollar.
  const usd = (dollars: string) => {
    const [whole = '0', fraction = ''] = dollars.split('.');
    return BigInt(whole) * 10n ** 12n + BigInt(fraction.padEnd(12, '0'));
  };
  test.each([
    { name: 'three significant digits, half up', amount: '0.03425', shown: '$0.0343' },
    { name: 'half up, not half even', amount: '0.0125', shown: '$0.0125' },
    { name: 'a tier-priced paste', amount: '0.776397', shown: '$0.776' },
    { name: 'dollars keep cents', amount: '1.5', shown: '$1.50' },
    { name: 'rounding up into the next digit', amount: '0.9996', shown: '$1.00' },
    { name: 'tens', amount: '12.34', shown: '$12.30' },
    { name: 'hundreds drop the cents they cannot carry', amount: '123.456', shown: '$123' },
    { name: 'thousands', amount: '1234.5', shown: '$1,230' },
    { name: 'small amounts keep their digits', amount: '0.000123456', shown: '$0.000123' },
    { name: 'a fraction of a cent', amount: '0.0000015', shown: '$0.0000015' },
    { name: 'zero (only ever for a free meter)', amount: '0', shown: '$0.00' },
  ])('formatCost: $name ($amount → $shown)', ({ amount, shown }) =>
    expect(formatCost(usd(amount))).toBe(shown),
  );

  test.each([
    { amount: '0.03425', shown: '$0.03425' },
    { amount: '1234.5', shown: '$1,234.50' },
    { amount: '0.000000000001', shown: '$0.000000000001' },
    { amount: '2', shown: '$2.00' },
  ])('formatCostExact keeps every digit: $amount → $shown', ({ amount, shown }) =>
    expect(formatCostExact(usd(amount))).toBe(shown),
  );

  test.each([
    ['2025-04-14', 'Apr 14, 2025'],
    ['2024-06', 'Jun 2024'],
  ])('formatDate(%s) = %s', (d, s) => expect(formatDate(d)).toBe(s));

  test('scores keep their unit', () => {
    expect(formatScore(54.6, '%')).toBe('54.6%');
    expect(formatScore(2719, 'elo')).toBe('2,719 Elo');
  });
});
