/**
 * The HTML an alias URL serves (/models/gpt-4.1-2025-04-14/). A static host has no redirect
 * rules, so the page sends the browser on at once. Unlike Astro's built-in redirect page it
 * names the site's icon, so the browser never asks for a missing /favicon.ico, and its
 * canonical link is absolute when the public origin is known.
 */
export function redirectPage(to: string, name: string, site: URL | undefined): string {
  const canonical = `<link rel="canonical" href="${escapeHtml(site ? new URL(to, site).href : to)}">`;
  const target = escapeHtml(to);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(name)} · LLM Explorer</title>`,
    `<meta http-equiv="refresh" content="0;url=${target}">`,
    '<meta name="robots" content="noindex">',
    canonical,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    '</head><body>',
    `<p>This address is another name for <a href="${target}">${escapeHtml(name)}</a>.</p>`,
    '</body></html>',
    '',
  ].join('\n');
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an HTML element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
