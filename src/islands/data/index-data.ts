import type { PackedIndex } from '../../lib/models/packed-rows';

/** The id of the `<script type="application/json">` the index page embeds its rows in. */
export const INDEX_DATA_ID = 'index-data';

let serverData: PackedIndex | undefined;

/**
 * Hands the rows to the island's server render. The rows travel once, as JSON beside the
 * table, instead of a second time in the island's (much wordier) props.
 */
export function provideIndexData(data: PackedIndex): void {
  serverData = data;
}

/** The packed rows: on the server as provided, in the browser from the page's JSON. */
export function readIndexData(): PackedIndex {
  if (typeof document === 'undefined') return serverData ?? { p: [], s: [], r: [] };
  const text = document.getElementById(INDEX_DATA_ID)?.textContent ?? '';
  return text ? (JSON.parse(text) as PackedIndex) : { p: [], s: [], r: [] };
}

/** JSON safe inside a `<script>` element: no `</script>` can close it early. */
export const scriptJson = (data: unknown): string =>
  JSON.stringify(data).replaceAll('<', '\\u003c');

/** The reader's own calendar day, YYYY-MM-DD. */
export function readerDay(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
