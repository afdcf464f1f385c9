/**
 * How the index search matches: case, spaces, dots, dashes, underscores and slashes are
 * ignored, so "gpt4.1", "gpt 4.1" and "GPT-4.1" all find GPT-4.1, and "claude37" finds
 * claude-3.7-sonnet. Several words must each match somewhere (name, id, alias or maker).
 */

/** Text reduced to what search compares: lowercase letters and digits of every script. */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\s.\-_/:·]+/g, '');
}

/** The haystack for one model: each field reduced on its own, kept apart by a separator. */
export function searchHaystack(fields: readonly string[]): string {
  return fields.map(searchKey).join('|');
}

/** The query as matching needs it, for the last query seen: typing compares one query with a
 * thousand haystacks, and reducing it once per row was most of the work. */
let last: { query: string; whole: string; words: string[] } | undefined;
const reduced = (query: string) => {
  if (last?.query !== query)
    last = {
      query,
      whole: searchKey(query),
      words: query.split(/\s+/).map(searchKey).filter(Boolean),
    };
  return last;
};

/**
 * True when the query matches: the whole query with separators removed ("gpt 4.1" as
 * "gpt41"), or else every word of it on its own ("openai mini").
 */
export function matchesQuery(haystack: string, query: string): boolean {
  const { whole, words } = reduced(query);
  if (whole === '' || haystack.includes(whole)) return true;
  return words.length > 1 && words.every((w) => haystack.includes(w));
}
