import { describe, expect, test } from 'vitest';
import { pricedModel } from '../../fixtures/factories';
import {
  providerApis,
  requestSnippet,
  shellWord,
  type ProviderApi,
} from '../../../src/lib/models/snippet';

// The factory's offering (provider "acme", API id "test-model"), served by each kind of API.
const offering = pricedModel().offerings[0]!;
const api = (style: ProviderApi['style']): Record<string, ProviderApi> => ({
  acme: {
    style,
    base: 'https://api.acme.example/v1',
    keyVar: 'ACME_KEY',
    source: 'https://acme.example/api',
  },
});

/** Pulls the JSON body out of a snippet's single-quoted -d / --messages argument. */
const body = (text: string) => JSON.parse(/'(\{.*\}|\[.*\])'$/.exec(text)![1]!) as unknown;

describe('requestSnippet', () => {
  test.each([
    {
      style: 'openai-chat' as const,
      starts:
        'curl https://api.acme.example/v1/chat/completions -H "Authorization: Bearer $ACME_KEY"',
      sent: { model: 'test-model', messages: [{ role: 'user', content: 'Hello' }] },
    },
    {
      style: 'anthropic-messages' as const,
      starts:
        'curl https://api.acme.example/v1/messages -H "x-api-key: $ACME_KEY" -H "anthropic-version: 2023-06-01"',
      sent: {
        model: 'test-model',
        max_tokens: 1024,
        messages: [{ role: 'user', content: 'Hello' }],
      },
    },
    {
      style: 'gemini-generate' as const,
      starts: 'curl "https://api.acme.example/v1/models/test-model:generateContent?key=$ACME_KEY"',
      sent: { contents: [{ parts: [{ text: 'Hello' }] }] },
    },
    {
      style: 'bedrock-converse' as const,
      starts: 'aws bedrock-runtime converse --model-id test-model --messages',
      sent: [{ role: 'user', content: [{ text: 'Hello' }] }],
    },
  ])('$style: names the API id where that API expects it', ({ style, starts, sent }) => {
    const snippet = requestSnippet(offering, api(style))!;
    expect(snippet.text.startsWith(starts), snippet.text).toBe(true);
    expect(body(snippet.text)).toEqual(sent);
    expect(snippet.text).not.toContain('\n');
    expect(snippet.source).toBe('https://acme.example/api');
  });

  test('a provider whose request format is not recorded gets no snippet, not a guess', () => {
    expect(requestSnippet(offering, {})).toBeUndefined();
    expect(requestSnippet({ provider: 'toString', apiId: 'x' })).toBeUndefined();
  });

  test('an API id with a quote or spaces stays one shell word and reaches the body intact', () => {
    const odd = { provider: 'acme', apiId: "it's a model" };
    const text = requestSnippet(odd, api('bedrock-converse'))!.text;
    expect(text).toContain(`--model-id 'it'\\''s a model'`);
    const chat = requestSnippet(odd, api('openai-chat'))!.text;
    // Undo the shell's quoting of the body, then read it as JSON.
    const json = /-d '(.*)'$/.exec(chat)![1]!.replace(/'\\''/g, "'");
    expect((JSON.parse(json) as { model: string }).model).toBe("it's a model");
  });

  test('every recorded provider cites an https page and has a base URL or uses the AWS CLI', () => {
    for (const [id, p] of Object.entries(providerApis)) {
      expect(p.source, id).toMatch(/^https:\/\//);
      if (p.style !== 'bedrock-converse') expect(p.base, id).toMatch(/^https:\/\/[^/]+/);
    }
  });
});

describe('shellWord', () => {
  test.each([
    ['anthropic.claude-3-7-sonnet-20250219-v1:0', 'anthropic.claude-3-7-sonnet-20250219-v1:0'],
    ['a b', "'a b'"],
    ['$HOME', "'$HOME'"],
  ])('%s → %s', (input, quoted) => expect(shellWord(input)).toBe(quoted));
});
