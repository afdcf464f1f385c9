/**
 * The day the site's data is read "as of": the build day, unless SITE_DATE pins it
 * (tests pin it so a retirement date passing does not change their expectations).
 */
export function today(): string {
  const pinned = typeof process !== 'undefined' ? process.env['SITE_DATE'] : undefined;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}

/**
 * The public origin the site is published at, from SITE at build time
 * (`SITE=https://models.example.com npm run build`), or undefined when it is not set. Canonical
 * and link-preview URLs are absolute only when it is known. A malformed value stops the build
 * with a message saying what SITE must look like.
 */
export function publicOrigin(site: string | undefined): string | undefined {
  if (!site) return undefined;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(
      `SITE must be an absolute http(s) URL such as https://models.example.com, not "${site}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE must start with https:// or http://, not "${site}"`);
  return url.origin;
}
