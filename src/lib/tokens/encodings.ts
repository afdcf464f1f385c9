import type { ExactEncoding } from './counter';
import type { RankFile } from './ranks';

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

/**
 * The rank file for an encoding, loaded on first use only: each is a separate chunk of over
 * a megabyte that no page loads until a visitor counts. o200k_harmony shares o200k_base's
 * ranks; it only adds special tokens, which are never applied to pasted text.
 */
export async function loadRankFile(encoding: ExactEncoding): Promise<RankFile> {
  const mod =
    encoding === 'cl100k_base'
      ? await import('js-tiktoken/ranks/cl100k_base')
      : await import('js-tiktoken/ranks/o200k_base');
  return mod.default as RankFile;
}
