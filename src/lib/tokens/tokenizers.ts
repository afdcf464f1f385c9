import type { ExactEncoding } from './counter';

/** The tokenizers a text can be counted in (o200k_harmony counts plain text as o200k_base). */
export type CountedEncoding = Exclude<ExactEncoding, 'o200k_harmony'>;

/**
 * The tokenizers offered on the counter, in the order of its select, with the label that
 * names each and the models it is used for (see families.ts for the rules and their sources).
 */
export const tokenizerOptions: readonly { id: CountedEncoding; label: string }[] = [
  { id: 'o200k_base', label: 'o200k_base (GPT-4o, GPT-4.1, o-series, GPT-5.x, gpt-oss)' },
  { id: 'cl100k_base', label: 'cl100k_base (GPT-4, GPT-4 Turbo, GPT-3.5 Turbo)' },
  { id: 'llama3', label: 'Llama 3 (Llama 3, 3.1, 3.2, 3.3)' },
  { id: 'qwen3', label: 'Qwen 3 (Qwen 2.5, Qwen 3)' },
  { id: 'deepseek_v3', label: 'DeepSeek V3 (DeepSeek V3, R1)' },
];

/** A counted encoding's id, or undefined for any other string. */
export const countedEncodingOf = (value: string | undefined): CountedEncoding | undefined =>
  tokenizerOptions.find((o) => o.id === value)?.id;

/** OpenAI's encodings, the only ones the chat-message format (chat.ts) applies to. */
export const isOpenAiEncoding = (e: CountedEncoding): e is 'o200k_base' | 'cl100k_base' =>
  e === 'o200k_base' || e === 'cl100k_base';
