import { describe, expect, test } from 'vitest';
import {
  defaultCalculatorState,
  parseCalculatorState,
  serializeCalculatorState,
} from '../../../src/lib/url-state/calculator';
import { parseCompareState, serializeCompareState } from '../../../src/lib/url-state/compare';
import {
  defaultTokensState,
  parseTokensState,
  serializeTokensState,
} from '../../../src/lib/url-state/tokens';

const resolve = new Map([
  ['a', 'a'],
  ['b', 'b'],
]);
const today = '2026-01-01';

describe('retired=1 lists retired models; without it they are hidden', () => {
  test.each([
    {
      view: 'calculator',
      parse: (q: string) => parseCalculatorState(q, resolve, today),
      write: (show: boolean) =>
        serializeCalculatorState({ ...defaultCalculatorState, showRetired: show }),
    },
    {
      view: 'compare',
      parse: (q: string) => parseCompareState(`models=a,b&${q}`, resolve, today),
      write: (show: boolean) =>
        serializeCompareState({
          ...parseCompareState('models=a,b', resolve, today).state,
          showRetired: show,
        }),
    },
    {
      view: 'tokens',
      parse: (q: string) => parseTokensState(q),
      write: (show: boolean) => serializeTokensState({ ...defaultTokensState, showRetired: show }),
    },
  ])('$view: read, written and round-tripped', ({ parse, write }) => {
    expect(parse('retired=1').state.showRetired).toBe(true);
    expect(parse('').state.showRetired).toBeUndefined();
    expect(write(true)).toContain('retired=1');
    expect(write(false)).not.toContain('retired');
    expect(parse(write(true).slice(1)).state.showRetired).toBe(true);
    const bad = parse('retired=<b>yes</b>');
    expect(bad.state.showRetired).toBeUndefined();
    expect(bad.notices).toContainEqual({
      param: 'retired',
      message: 'must be 1 (or absent); retired models hidden',
    });
  });
});
