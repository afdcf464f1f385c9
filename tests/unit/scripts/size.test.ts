import { describe, expect, test } from 'vitest';
import {
  entryModules,
  matches,
  moduleClosure,
  overBudget,
  type Budget,
  type PageSize,
} from '../../../scripts/size.ts';

describe('budget patterns', () => {
  test.each([
    { pattern: '/', page: '/', hit: true },
    { pattern: '/', page: '/tokens/', hit: false },
    { pattern: '/models/*/', page: '/models/gpt-4.1/', hit: true },
    { pattern: '/models/*/', page: '/models/gpt-4.1/extra/', hit: false },
    { pattern: '/compare/*/', page: '/compare/', hit: false },
    { pattern: '**', page: '/providers/openai/', hit: true },
    { pattern: '/models/*/', page: '/modelsX/a/', hit: false },
  ])('$pattern covers $page: $hit', ({ pattern, page, hit }) => {
    expect(matches(pattern, page)).toBe(hit);
  });
});

describe('JavaScript on load', () => {
  const html = `<html><head>
    <script type="module" src="/_astro/page.js"></script>
    <script type="module">import"/_astro/inline-dep.js";document.title="x"</script>
    <script>var notAModule = 1</script>
    <link rel="modulepreload" href="/_astro/pre.js">
  </head><body>
    <astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>
    <script type="module" src="https://elsewhere.example/x.js"></script>
  </body></html>`;

  test('counts module scripts, inline imports, islands and preloads of this origin only', () => {
    expect(entryModules(html).sort()).toEqual(
      [
        '/_astro/Island.js',
        '/_astro/client.js',
        '/_astro/inline-dep.js',
        '/_astro/page.js',
        '/_astro/pre.js',
      ].sort(),
    );
  });

  test('follows static imports and re-exports, not dynamic import()', () => {
    const files: Record<string, string> = {
      '/_astro/Island.js': 'import{a as b}from"./shared.js";export{c}from"./re.js";',
      '/_astro/shared.js': 'import"./deep.js";const l=()=>import("./charts.js");',
      '/_astro/re.js': 'export const c=1;',
      '/_astro/deep.js': 'import{x}from"./shared.js";',
      '/_astro/charts.js': 'import"./never.js";',
    };
    const closure = moduleClosure(['/_astro/Island.js'], (url) => files[url] ?? '');
    expect([...closure].sort()).toEqual([
      '/_astro/Island.js',
      '/_astro/deep.js',
      '/_astro/re.js',
      '/_astro/shared.js',
    ]);
  });
});

describe('budgets', () => {
  const budgets: Budget[] = [
    { pages: '/', htmlKB: 10, jsKB: 5 },
    { pages: '/models/*/', htmlKB: 20, jsKB: 8 },
  ];
  const size = (page: string, htmlKB: number, jsKB: number): PageSize => ({
    page,
    html: htmlKB * 1024,
    htmlGzip: 0,
    js: jsKB * 1024,
    jsFiles: 1,
  });

  test.each([
    { name: 'within both budgets', page: size('/', 10, 5), problems: [] },
    {
      name: 'HTML one byte over',
      page: { ...size('/', 10, 1), html: 10 * 1024 + 1 },
      problems: ['/: HTML is 10.0 KB, over its 10 KB budget'],
    },
    {
      name: 'JavaScript over',
      page: size('/models/a/', 1, 9),
      problems: ['/models/a/: JavaScript on load is 9.0 KB, over its 8 KB budget'],
    },
    {
      name: 'a page no rule covers',
      page: size('/tokens/', 1, 1),
      problems: ['/tokens/: no budget in size-budgets.json covers this page'],
    },
  ])('$name', ({ page, problems }) => {
    expect(overBudget([page], budgets)).toEqual(problems);
  });
});
