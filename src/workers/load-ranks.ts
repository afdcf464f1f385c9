import cl100kUrl from 'virtual:rank-file/cl100k_base';
import o200kUrl from 'virtual:rank-file/o200k_base';
import type { ExactEncoding } from '../lib/tokens/counter';
import { RankTable } from '../lib/tokens/rank-format';

/**
 * Fetches and parses an encoding's binary rank file (same origin, cached by the browser, so
 * a second worker gets it from the cache). o200k_harmony shares o200k_base's ranks: it only
 * adds special tokens, which are never applied to pasted text.
 */
export async function loadRanks(encoding: ExactEncoding): Promise<RankTable> {
  const url = encoding === 'cl100k_base' ? cl100kUrl : o200kUrl;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load the ${encoding} ranks (${response.status})`);
  return new RankTable(await response.arrayBuffer());
}
