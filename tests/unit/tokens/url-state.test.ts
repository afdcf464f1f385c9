import { describe, expect, test } from 'vitest';
import { parseTokensState, serializeTokensState } from '../../../src/lib/url-state/tokens';

describe('the counter’s encoding in its URL', () => {
  test.each(['o200k_base', 'cl100k_base', 'llama3', 'qwen3', 'deepseek_v3'] as const)(
    '%s is accepted and written back',
    (encoding) => {
      const { state, notices } = parseTokensState(`?encoding=${encoding}`);
      expect(state.encoding).toBe(encoding);
      expect(notices).toEqual([]);
      expect(parseTokensState(serializeTokensState(state)).state).toEqual(state);
    },
  );

  test.each(['llama4', 'o200k_harmony', 'proprietary', '<script>', 'toString'])(
    'an unknown value %s gives a notice and o200k_base',
    (value) => {
      const { state, notices } = parseTokensState(`?encoding=${encodeURIComponent(value)}`);
      expect(state.encoding).toBe('o200k_base');
      expect(notices.map((n) => n.param)).toEqual(['encoding']);
      expect(notices[0]?.message).toMatch(/llama3/);
    },
  );
});
