import type { Catalog } from '../content/types';

/** The catalog with its records also keyed by id, so a page looks a record up in one step. */
export type IndexedCatalog = Catalog & {
  byId: {
    models: ReadonlyMap<string, Catalog['models'][number]>;
    providers: ReadonlyMap<string, Catalog['providers'][number]>;
    families: ReadonlyMap<string, Catalog['families'][number]>;
    sources: ReadonlyMap<string, Catalog['sources'][number]>;
  };
};

const byId = <T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> =>
  new Map(list.map((x) => [x.id, x]));

/** Adds the id maps to a catalog (the arrays stay as they are, in their order). */
export function indexCatalog(catalog: Catalog): IndexedCatalog {
  return {
    ...catalog,
    byId: {
      models: byId(catalog.models),
      providers: byId(catalog.providers),
      families: byId(catalog.families),
      sources: byId(catalog.sources),
    },
  };
}
