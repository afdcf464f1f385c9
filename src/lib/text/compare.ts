/**
 * Names in alphabetical order, case ignored ("gpt-4o" beside "GPT-4o"), then by case so the
 * order is total. For the site's names (Latin letters, digits, spaces and punctuation) this is
 * the order `localeCompare` gives in broad strokes, without the browser's collation tables:
 * their first use costs a slow phone about 150 ms before a sorted list can show.
 */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
