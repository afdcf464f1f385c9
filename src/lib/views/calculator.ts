/** What the calculator page needs (server side; the island's own rules are in reader-day.ts). */
import { dataFiles } from './data-files';
import type { IndexedCatalog } from './indexed-catalog';

/** /calculator/: the pricing table's URL and the providers' names (every offering's host). */
export function calculatorView(catalog: IndexedCatalog, day: string) {
  return {
    pricingUrl: dataFiles(catalog, day).urls.pricing,
    providerNames: Object.fromEntries(catalog.providers.map((p) => [p.id, p.name])),
  };
}
