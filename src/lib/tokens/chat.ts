/** A chat message as sent to OpenAI's chat API. */
export type ChatMessage = { role: string; content: string; name?: string | undefined };

/**
 * Tokens a list of chat messages takes, per OpenAI's cookbook "How to count tokens with
 * tiktoken" (num_tokens_from_messages, for gpt-4o and later models): 3 tokens per message,
 * 1 more per name, the tokens of every field's text, and 3 to prime the reply.
 */
export const TOKENS_PER_MESSAGE = 3;
export const TOKENS_PER_NAME = 1;
export const REPLY_PRIMING = 3;

export function chatTokens(
  messages: readonly ChatMessage[],
  count: (text: string) => number,
): number {
  let total = REPLY_PRIMING;
  for (const m of messages) {
    total += TOKENS_PER_MESSAGE + count(m.role) + count(m.content);
    if (m.name) total += TOKENS_PER_NAME + count(m.name);
  }
  return total;
}
