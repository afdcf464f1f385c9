import cl100kUrl from 'virtual:rank-file/cl100k_base';
import deepseekV3Url from 'virtual:rank-file/deepseek_v3';
import llama3Url from 'virtual:rank-file/llama3';
import o200kUrl from 'virtual:rank-file/o200k_base';
import qwen3Url from 'virtual:rank-file/qwen3';
import type { ExactEncoding } from '../lib/tokens/counter';
import { RankTable } from '../lib/tokens/rank-format';

/**
 * The rank file of each encoding. o200k_harmony shares o200k_base's ranks: it only adds
 * special tokens, which are never applied to pasted text.
 */
const urls: Record<ExactEncoding, string> = {
  o200k_base: o200kUrl,
  o200k_harmony: o200kUrl,
  cl100k_base: cl100kUrl,
  llama3: llama3Url,
  qwen3: qwen3Url,
  deepseek_v3: deepseekV3Url,
};

/**
 * Fetches and parses an encoding's binary rank file (same origin, cached by the browser, so
 * a second worker gets it from the cache). Only the file of an encoding asked for is fetched.
 */
export async function loadRanks(encoding: ExactEncoding): Promise<RankTable> {
  const response = await fetch(urls[encoding]);
  if (!response.ok) throw new Error(`could not load the ${encoding} ranks (${response.status})`);
  return new RankTable(await response.arrayBuffer());
}
