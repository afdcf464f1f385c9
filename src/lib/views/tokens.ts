/** What the token counter page and its model table need. */
import { dataFiles } from './data-files';
import type { IndexedCatalog } from './indexed-catalog';

/** /tokens/: only the pricing table's URL; the counter fetches it for its model table. */
export const tokensView = (catalog: IndexedCatalog, day: string) => ({
  pricingUrl: dataFiles(catalog, day).urls.pricing,
});
