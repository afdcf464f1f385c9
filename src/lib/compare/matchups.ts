/** Common comparisons, pre-rendered at /compare/<a>-vs-<b>[-vs-<c>]/. */
export const MATCHUPS: string[][] = [
  ['gpt-4.1', 'gpt-4o'],
  ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'],
  ['gpt-4.1', 'gemini-2.5-pro', 'claude-3.7-sonnet'],
  ['gpt-4.1', 'gpt-5.4'],
  ['gpt-4o', 'gpt-4.5'],
  ['gpt-4.1', 'o3'],
];

export const matchupSlug = (ids: readonly string[]): string => ids.join('-vs-');
