import type { ExactEncoding } from './counter';

/**
 * Which encoding an OpenAI model id uses, by tiktoken's prefix rules (tiktoken/model.py), so
 * new snapshots such as `gpt-4.1-2025-04-14` resolve without a list of every id.
 */
const prefixes: [string, ExactEncoding][] = [
  ['gpt-oss', 'o200k_harmony'],
  ['gpt-5', 'o200k_base'],
  ['gpt-4.5', 'o200k_base'],
  ['gpt-4.1', 'o200k_base'],
  ['gpt-4o', 'o200k_base'],
  ['chatgpt-4o', 'o200k_base'],
  ['o1', 'o200k_base'],
  ['o3', 'o200k_base'],
  ['o4-mini', 'o200k_base'],
  ['gpt-4', 'cl100k_base'],
  ['gpt-3.5-turbo', 'cl100k_base'],
  ['gpt-35-turbo', 'cl100k_base'],
  ['text-embedding-3', 'cl100k_base'],
];

/** The encoding of a model id, or undefined when no prefix rule covers it. */
export function encodingForModelId(id: string): ExactEncoding | undefined {
  const lower = id.toLowerCase();
  return prefixes.find(([p]) => lower.startsWith(p))?.[1];
}
