import { describe, expect, test } from 'vitest';
import { escapeHtml, redirectPage } from '../../../src/lib/redirect-page';

describe('the page an alias URL serves', () => {
  const page = redirectPage('/models/gpt-4.1/', 'GPT-4.1', undefined);

  test.each([
    {
      what: 'sends the browser on at once',
      pattern: '<meta http-equiv="refresh" content="0;url=/models/gpt-4.1/">',
    },
    {
      what: 'names the icon, so no /favicon.ico request 404s',
      pattern: '<link rel="icon" href="/favicon.svg"',
    },
    {
      what: 'keeps search engines off the alias',
      pattern: '<meta name="robots" content="noindex">',
    },
    {
      what: 'links to the model for a reader whose browser does not refresh',
      pattern: '<a href="/models/gpt-4.1/">GPT-4.1</a>',
    },
    {
      what: 'has a canonical path without a known origin',
      pattern: '<link rel="canonical" href="/models/gpt-4.1/">',
    },
  ])('$what', ({ pattern }) => {
    expect(page).toContain(pattern);
  });

  test('the canonical link is absolute when the public origin is known', () => {
    expect(redirectPage('/models/o3/', 'o3', new URL('https://models.example.com'))).toContain(
      '<link rel="canonical" href="https://models.example.com/models/o3/">',
    );
  });

  test('a model name cannot inject markup', () => {
    const hostile = redirectPage('/models/x/', '<script>alert("x")</script> & co', undefined);
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});
