import o200kRanks from 'js-tiktoken/ranks/o200k_base';
import cl100kRanks from 'js-tiktoken/ranks/cl100k_base';
import { get_encoding, type Tiktoken } from 'tiktoken';
import { TokenCounter, type ExactEncoding } from '../../../src/lib/tokens/counter';
import { rankTableOf } from '../../../src/lib/tokens/rank-format';
import type { RankFile } from '../../../src/lib/tokens/ranks';

/** tiktoken (WASM build of OpenAI's Rust tokenizer) is the oracle; our counter is checked against it. */
export const encodings = ['o200k_base', 'cl100k_base'] as const;
const files: Record<(typeof encodings)[number], RankFile> = {
  o200k_base: o200kRanks as RankFile,
  cl100k_base: cl100kRanks as RankFile,
};
const oracles = new Map<string, Tiktoken>();
const counters = new Map<string, TokenCounter>();

export const oracleCount = (encoding: (typeof encodings)[number], text: string): number => {
  let o = oracles.get(encoding);
  if (!o) oracles.set(encoding, (o = get_encoding(encoding)));
  return o.encode_ordinary(text).length;
};

export const ourCounter = (encoding: (typeof encodings)[number]): TokenCounter => {
  let c = counters.get(encoding);
  if (!c)
    counters.set(
      encoding,
      (c = new TokenCounter(rankTableOf(files[encoding]), encoding as ExactEncoding)),
    );
  return c;
};

export const ranksOf = (encoding: (typeof encodings)[number]) => rankTableOf(files[encoding]);
