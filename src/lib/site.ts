/**
 * The day the site's data is read "as of": the build day, unless SITE_DATE pins it
 * (tests pin it so a retirement date passing does not change their expectations).
 */
export function today(): string {
  const pinned = typeof process !== 'undefined' ? process.env['SITE_DATE'] : undefined;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date().toISOString().slice(0, 10);
}
