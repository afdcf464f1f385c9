import { useEffect, useState } from 'preact/hooks';
import { formatTokens } from '../../lib/format';
import {
  chatTokens,
  REPLY_PRIMING,
  TOKENS_PER_MESSAGE,
  TOKENS_PER_NAME,
  type ChatMessage,
} from '../../lib/tokens/chat';
import { tokenizerPool } from '../worker/tokenizer-client';

type Props = { encoding: 'o200k_base' | 'cl100k_base' };

const COOKBOOK = 'https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken';

/** Counts a list of chat messages with the chat-format overhead from OpenAI's cookbook. */
export function ChatCounter({ encoding }: Props) {
  const [messages, setMessages] = useState<ChatMessage[]>([
    { role: 'system', content: 'You are a helpful assistant.' },
    { role: 'user', content: '' },
  ]);
  const [total, setTotal] = useState<number | undefined>(undefined);
  useEffect(() => {
    let stale = false;
    const strings = [...new Set(messages.flatMap((m) => [m.role, m.content, m.name ?? '']))];
    const timer = setTimeout(async () => {
      const counts = new Map<string, number>();
      for (const s of strings) {
        const r = await tokenizerPool().count(s, encoding);
        if (r.status !== 'done') return;
        counts.set(s, r.stats.tokens);
      }
      if (!stale) setTotal(chatTokens(messages, (s) => counts.get(s) ?? 0));
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [messages, encoding]);
  const set = (i: number, patch: Partial<ChatMessage>) =>
    setMessages(messages.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <section class="chat-counter">
      {messages.map((m, i) => (
        <fieldset key={i} class="message">
          <legend>Message {i + 1}</legend>
          <label>
            Role{' '}
            <select value={m.role} onChange={(e) => set(i, { role: e.currentTarget.value })}>
              <option value="system">system</option>
              <option value="developer">developer</option>
              <option value="user">user</option>
              <option value="assistant">assistant</option>
              <option value="tool">tool</option>
            </select>
          </label>{' '}
          <label>
            Name (optional){' '}
            <input
              value={m.name ?? ''}
              onInput={(e) => set(i, { name: e.currentTarget.value || undefined })}
            />
          </label>
          <label class="text-input">
            Text of message {i + 1}
            <textarea
              rows={3}
              value={m.content}
              onInput={(e) => set(i, { content: e.currentTarget.value })}
            />
          </label>
          <button
            type="button"
            class="secondary"
            onClick={() => setMessages(messages.filter((_, j) => j !== i))}
            disabled={messages.length === 1}
          >
            Remove message {i + 1}
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          onClick={() => setMessages([...messages, { role: 'user', content: '' }])}
        >
          Add a message
        </button>
      </p>
      <dl class="stats">
        <div>
          <dt>Prompt tokens ({encoding})</dt>
          <dd data-testid="token-count">{total === undefined ? '…' : formatTokens(total)}</dd>
        </div>
      </dl>
      <p class="note">
        Counted as in OpenAI's cookbook,{' '}
        <a href={COOKBOOK} rel="noopener noreferrer">
          "How to count tokens with tiktoken"
        </a>
        : {TOKENS_PER_MESSAGE} tokens per message, {TOKENS_PER_NAME} more per name, the tokens of
        each field, and {REPLY_PRIMING} to prime the reply. The cookbook notes the overhead may
        change with new models.
      </p>
    </section>
  );
}
