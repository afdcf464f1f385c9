import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlFiles } from '../../scripts/size.ts';

/**
 * Checks over every file of the built site, without a browser: each page names an icon that
 * exists, and every link or asset of this origin that a page references is there. A missing
 * one is a failed request (and a console error) for the visitor who follows it.
 */
const dist = 'dist';

/** The file a same-origin path is served from, or undefined when there is none. */
function served(path: string): string | undefined {
  const clean = decodeURIComponent(path.replace(/[?#].*$/, ''));
  const file = join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const pages = htmlFiles(dist).map((file) => ({ file, html: readFileSync(file, 'utf8') }));

test('the site has a favicon.ico that browsers ask for by default', () => {
  const ico = readFileSync(join(dist, 'favicon.ico'));
  // An ICO file starts with reserved 0, type 1 (icon), and at least one image.
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4) > 0]).toEqual([0, 1, true]);
});

test('every page, alias redirects included, names an icon that exists', () => {
  expect(pages.length).toBeGreaterThan(20);
  const missing = pages
    .filter(({ html }) => {
      const icon = /<link\b[^>]*\brel="icon"[^>]*\bhref="([^"]+)"/.exec(html)?.[1];
      return !icon || !served(icon);
    })
    .map(({ file }) => file);
  expect(missing).toEqual([]);
});

test('every same-origin link, script, stylesheet and image a page references exists', () => {
  const broken: string[] = [];
  for (const { file, html } of pages)
    for (const [, url] of html.matchAll(/\b(?:href|src|component-url|renderer-url)="([^"]+)"/g))
      if (url?.startsWith('/') && !url.startsWith('//') && !served(url))
        broken.push(`${file} → ${url}`);
  expect(broken).toEqual([]);
});
