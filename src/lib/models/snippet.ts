/** The request formats a "use it" snippet can be written in. */
export type ApiStyle =
  'openai-chat' | 'anthropic-messages' | 'gemini-generate' | 'bedrock-converse';

/** How one provider's API is called, and the page that says so. */
export type ProviderApi = {
  style: ApiStyle;
  /** Base URL the endpoint path is appended to (unused for the AWS CLI). */
  base: string;
  /** The environment variable the snippet reads the key from. */
  keyVar: string;
  /** The provider's API reference or guide that gives this base URL and request shape. */
  source: string;
};

/**
 * Providers whose request format is recorded, each from its own API documentation (read
 * 2026-12-03). A provider not listed gets no snippet: the page says its request format is not
 * recorded rather than guessing one. Azure OpenAI and Vertex AI are left out on purpose: their
 * URL names the reader's own resource or project, which the site cannot know.
 */
export const providerApis: Record<string, ProviderApi> = {
  openai: {
    style: 'openai-chat',
    base: 'https://api.openai.com/v1',
    keyVar: 'OPENAI_API_KEY',
    source: 'https://platform.openai.com/docs/api-reference/chat/completions',
  },
  anthropic: {
    style: 'anthropic-messages',
    base: 'https://api.anthropic.com/v1',
    keyVar: 'ANTHROPIC_API_KEY',
    source: 'https://platform.claude.com/docs/en/api/java/messages/create',
  },
  google: {
    style: 'gemini-generate',
    base: 'https://generativelanguage.googleapis.com/v1beta',
    keyVar: 'GEMINI_API_KEY',
    source: 'https://ai.google.dev/api/generate-content',
  },
  bedrock: {
    style: 'bedrock-converse',
    base: '',
    keyVar: '',
    source: 'https://docs.aws.amazon.com/cli/latest/reference/bedrock-runtime/converse.html',
  },
  openrouter: {
    style: 'openai-chat',
    base: 'https://openrouter.ai/api/v1',
    keyVar: 'OPENROUTER_API_KEY',
    source: 'https://openrouter.ai/openchat/openchat-7b/api',
  },
  groq: {
    style: 'openai-chat',
    base: 'https://api.groq.com/openai/v1',
    keyVar: 'GROQ_API_KEY',
    source: 'https://console.groq.com/docs/openai',
  },
  together: {
    style: 'openai-chat',
    base: 'https://api.together.ai/v1',
    keyVar: 'TOGETHER_API_KEY',
    source: 'https://docs.together.ai/docs/inference/openai-compatibility',
  },
  fireworks: {
    style: 'openai-chat',
    base: 'https://api.fireworks.ai/inference/v1',
    keyVar: 'FIREWORKS_API_KEY',
    source: 'https://docs.fireworks.ai/guides/querying-text-models',
  },
  deepinfra: {
    style: 'openai-chat',
    base: 'https://api.deepinfra.com/v1/openai',
    keyVar: 'DEEPINFRA_API_KEY',
    source: 'https://deepinfra.com/docs/advanced/openai_api',
  },
  cerebras: {
    style: 'openai-chat',
    base: 'https://api.cerebras.ai/v1',
    keyVar: 'CEREBRAS_API_KEY',
    source: 'https://api.cerebras.ai/openapi.json',
  },
  deepseek: {
    style: 'openai-chat',
    base: 'https://api.deepseek.com',
    keyVar: 'DEEPSEEK_API_KEY',
    source: 'https://api-docs.deepseek.com/api_samples/chat_curl',
  },
};

/** Human name of each request format, for the line above a snippet. */
export const styleLabel: Record<ApiStyle, string> = {
  'openai-chat': 'OpenAI-compatible Chat Completions',
  'anthropic-messages': 'Anthropic Messages API',
  'gemini-generate': 'Gemini API generateContent',
  'bedrock-converse': 'Bedrock Converse, AWS CLI',
};

/** A one-line request that calls an offering, with the format it follows and its source. */
export type Snippet = { text: string; style: ApiStyle; source: string };

/** Quotes a word for a POSIX shell: as it is when it is plain, else in single quotes. */
export const shellWord = (s: string): string =>
  /^[\w.:/@%+=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;

const PROMPT = 'Hello';

/**
 * The one-line request for an offering (its provider and API id), or undefined when the
 * provider's request format is not recorded. Pure: the same offering always gives the same text.
 */
export function requestSnippet(
  offering: { provider: string; apiId: string },
  apis: Record<string, ProviderApi> = providerApis,
): Snippet | undefined {
  const api = Object.hasOwn(apis, offering.provider) ? apis[offering.provider] : undefined;
  if (!api) return undefined;
  const model = offering.apiId;
  const body = (data: unknown) => shellWord(JSON.stringify(data));
  const chat = [{ role: 'user', content: PROMPT }];
  const json = '-H "Content-Type: application/json"';
  const text = (() => {
    switch (api.style) {
      case 'openai-chat':
        return `curl ${api.base}/chat/completions -H "Authorization: Bearer $${api.keyVar}" ${json} -d ${body({ model, messages: chat })}`;
      case 'anthropic-messages':
        return `curl ${api.base}/messages -H "x-api-key: $${api.keyVar}" -H "anthropic-version: 2023-06-01" ${json} -d ${body({ model, max_tokens: 1024, messages: chat })}`;
      case 'gemini-generate':
        return `curl "${api.base}/models/${encodeURIComponent(model)}:generateContent?key=$${api.keyVar}" ${json} -d ${body({ contents: [{ parts: [{ text: PROMPT }] }] })}`;
      case 'bedrock-converse':
        return `aws bedrock-runtime converse --model-id ${shellWord(model)} --messages ${body([{ role: 'user', content: [{ text: PROMPT }] }])}`;
    }
  })();
  return { text, style: api.style, source: api.source };
}
