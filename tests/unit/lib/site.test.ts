import { describe, expect, test } from 'vitest';
import { publicOrigin } from '../../../src/lib/site';

describe('SITE, the public origin', () => {
  test.each([
    { site: undefined, origin: undefined },
    { site: '', origin: undefined },
    { site: 'https://models.example.com', origin: 'https://models.example.com' },
    { site: 'https://models.example.com/some/path?q=1', origin: 'https://models.example.com' },
    { site: 'http://localhost:8080', origin: 'http://localhost:8080' },
  ])('$site → $origin', ({ site, origin }) => {
    expect(publicOrigin(site)).toBe(origin);
  });

  test.each([
    { site: 'models.example.com', message: 'SITE must be an absolute http(s) URL' },
    { site: 'ftp://models.example.com', message: 'SITE must start with https:// or http://' },
    { site: 'javascript:alert(1)', message: 'SITE must start with https:// or http://' },
  ])('$site stops the build: $message', ({ site, message }) => {
    expect(() => publicOrigin(site)).toThrow(message);
  });
});
