import { describe, expect, test } from 'vitest';
import {
  buildId,
  isHashedAsset,
  precacheList,
  sitePath,
  withBuildMeta,
} from '../../../src/lib/offline/manifest';

describe('what is saved for offline use', () => {
  test.each([
    { file: 'index.html', path: '/' },
    { file: 'models/gpt-4.1/index.html', path: '/models/gpt-4.1/' },
    { file: '404.html', path: '/404.html' },
    { file: '_astro/o200k_base-x.js', path: '/_astro/o200k_base-x.js' },
  ])('$file is served at $path', ({ file, path }) => {
    expect(sitePath(file)).toBe(path);
  });

  test('the shell pages, hashed assets, OpenAI rank files and the icons; not every model page nor the open rank files', () => {
    expect(
      precacheList([
        '/',
        '/tokens/',
        '/calculator/',
        '/compare/',
        '/benchmarks/',
        '/404.html',
        '/models/gpt-4.1/',
        '/compare/gpt-4.1-vs-gpt-4o/',
        '/_astro/TokenCounter.abc.js',
        '/_astro/o200k_base-x.js',
        '/_astro/o200k_base-C-OtZEhI.bin',
        '/_astro/cl100k_base-C26f1UM6.bin',
        '/_astro/llama3-CTaE0t7v.bin',
        '/_astro/Base.css',
        '/favicon.svg',
        '/favicon.ico',
        '/api/models.json',
        '/data/pricing.0123456789ab.json',
        '/data/models/gpt-4.1.0123456789ab.json',
      ]),
    ).toEqual([
      '/',
      '/404.html',
      '/_astro/Base.css',
      '/_astro/TokenCounter.abc.js',
      '/_astro/cl100k_base-C26f1UM6.bin',
      '/_astro/o200k_base-C-OtZEhI.bin',
      '/_astro/o200k_base-x.js',
      '/benchmarks/',
      '/calculator/',
      '/compare/',
      '/data/models/gpt-4.1.0123456789ab.json',
      '/data/pricing.0123456789ab.json',
      '/favicon.ico',
      '/favicon.svg',
      '/tokens/',
    ]);
  });

  test.each([
    { path: '/_astro/Compare.abc.js', hashed: true },
    { path: '/data/index.0123456789ab.json', hashed: true },
    { path: '/data/models/o3.0123456789ab.json', hashed: true },
    // The open-data export keeps its name across builds: it is fetched fresh when online.
    { path: '/api/models.json', hashed: false },
    { path: '/calculator/', hashed: false },
  ])('$path is served from the saved copy first: $hashed', ({ path, hashed }) => {
    expect(isHashedAsset(path)).toBe(hashed);
  });
});

describe('a build id', () => {
  const files = [
    { path: '/', hash: 'a' },
    { path: '/_astro/x.js', hash: 'b' },
  ];

  test('is the same for the same build, in any order', () => {
    expect(buildId(files)).toBe(buildId([...files].reverse()));
    expect(buildId(files)).toMatch(/^[0-9a-f]{16}$/);
  });

  test.each([
    { name: 'a changed file', change: [{ path: '/', hash: 'a2' }, files[1]] },
    { name: 'an added file', change: [...files, { path: '/tokens/', hash: 'c' }] },
    { name: 'a renamed file', change: [files[0], { path: '/_astro/y.js', hash: 'b' }] },
  ])('changes with $name', ({ change }) => {
    expect(buildId(change as typeof files)).not.toBe(buildId(files));
  });

  test('is written into each page once, at the start of its head', () => {
    const once = withBuildMeta('<html><head><title>x</title></head></html>', 'abc');
    expect(once).toBe(
      '<html><head><meta name="build-id" content="abc"><title>x</title></head></html>',
    );
    expect(withBuildMeta(once, 'abc')).toBe(once);
  });
});
