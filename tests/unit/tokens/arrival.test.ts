import { describe, expect, test } from 'vitest';
import { SHOW_LIMIT, arrive, tooLongToShow } from '../../../src/lib/tokens/arrival';

const box = (value: string, at = value.length, hidden = false) => ({
  value,
  selectionStart: at,
  selectionEnd: at,
  hidden,
});

describe('text arriving in the box (paste, drop, file)', () => {
  test.each([
    { case: 'into an empty box', box: box(''), inserted: 'hi', text: 'hi', show: true },
    { case: 'at the caret', box: box('ac', 1), inserted: 'b', text: 'abc', show: true },
    {
      case: 'over a selection',
      box: { ...box('a---c'), selectionStart: 1, selectionEnd: 4 },
      inserted: 'b',
      text: 'abc',
      show: true,
    },
    {
      case: 'replacing a hidden text, as typing does',
      box: box('', 0, true),
      inserted: 'new',
      text: 'new',
      show: true,
    },
  ])('$case', ({ box: b, inserted, text, show }) => {
    expect(arrive(b, inserted)).toEqual({ text, show });
  });

  test('a text one character past the limit is counted but kept out of the box', () => {
    const r = arrive(box('x'), 'y'.repeat(SHOW_LIMIT));
    expect(r.show).toBe(false);
    expect(r.text.length).toBe(SHOW_LIMIT + 1);
  });

  test('a text exactly at the limit is shown', () => {
    expect(arrive(box(''), 'y'.repeat(SHOW_LIMIT)).show).toBe(true);
  });

  test.each([
    [SHOW_LIMIT, false],
    [SHOW_LIMIT + 1, true],
  ])('a value of %i characters already in the box must leave it: %s', (n, leave) => {
    expect(tooLongToShow('z'.repeat(n))).toBe(leave);
  });
});
