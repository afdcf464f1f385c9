import { describe, expect, test } from 'vitest';
import {
  acceptedMeters,
  acceptedOutput,
  isTextModel,
  rejectionLog,
  type Rejection,
} from '../../../scripts/import/rules';

describe('import rules', () => {
  test.each([
    {
      name: 'DeepSeek V4 Flash: a real $0.0028 cache read beside $0.14 input is kept',
      cost: { input: 0.14, output: 0.28, cache_read: 0.0028 },
      kept: { input: 0.14, output: 0.28, cachedInput: 0.0028 },
      refused: [],
    },
    {
      name: 'a per-token input beside per-1M output is refused as a unit slip',
      cost: { input: 0.000002, output: 8 },
      kept: { output: 8 },
      refused: ['cost.input'],
    },
    {
      name: 'a zero price not stated as free is refused, never shown as $0',
      cost: { input: 0, output: 0 },
      kept: {},
      refused: ['cost.input', 'cost.output'],
    },
  ])('$name', ({ cost, kept, refused }) => {
    const log: Rejection[] = [];
    expect(acceptedMeters(cost, 'p.toml', log)).toEqual(kept);
    expect(log.map((r) => r.field)).toEqual(refused);
  });

  test('an output limit larger than the context window is refused and logged', () => {
    const log: Rejection[] = [];
    expect(acceptedOutput(300_000, 200_000, 'm.toml', log)).toBeUndefined();
    expect(log[0]?.reason).toBe('output larger than the context window (200000)');
    expect(acceptedOutput(64_000, 200_000, 'm.toml', log)).toBe(64_000);
  });

  test.each([
    { id: 'gpt-4.1', family: 'gpt', input: ['text', 'image'], output: ['text'], text: true },
    {
      id: 'text-embedding-3-small',
      family: 'text-embedding',
      input: ['text'],
      output: ['text'],
      text: false,
    },
    { id: 'gpt-image-1', family: 'gpt-image', input: ['text'], output: ['image'], text: false },
    { id: 'whisper-1', family: 'whisper', input: ['audio'], output: ['text'], text: false },
    { id: 'llama-guard-4', family: 'llama', input: ['text'], output: ['text'], text: false },
  ])('$id is a text-generating LLM: $text', ({ id, family, input, output, text }) => {
    expect(isTextModel(id, family, input, output)).toBe(text);
  });

  test('the rejection log is sorted and free of repeats, so two runs give the same bytes', () => {
    const a = { file: 'b', field: 'x', value: '0', reason: 'r' };
    const b = { file: 'a', field: 'x', value: '0', reason: 'r' };
    expect(rejectionLog([a, b, a], '# h')).toBe('# h\na\tx\t0\tr\nb\tx\t0\tr\n');
  });
});
