import { getCollection } from 'astro:content';
import type { Catalog } from '../lib/content/types';
import { indexCatalog, type IndexedCatalog } from '../lib/views/indexed-catalog';

async function readCollections(): Promise<IndexedCatalog> {
  const [models, sources, providers, families, benchmarks] = await Promise.all([
    getCollection('models'),
    getCollection('sources'),
    getCollection('providers'),
    getCollection('families'),
    getCollection('benchmarks'),
  ]);
  // The loaders store readCatalog's own objects, so the data already has the catalog's types.
  const data = <T>(entries: { data: unknown }[]) => entries.map((e) => e.data as T);
  return indexCatalog({
    models: data<Catalog['models'][number]>(models).sort((a, b) => a.name.localeCompare(b.name)),
    sources: data<Catalog['sources'][number]>(sources),
    providers: data<Catalog['providers'][number]>(providers),
    families: data<Catalog['families'][number]>(families),
    benchmarks: data<Catalog['benchmarks'][number]>(benchmarks),
  });
}

let read: Promise<IndexedCatalog> | undefined;

/**
 * The only reader of the content collections. Pages get plain, validated, typed objects,
 * with Maps by id beside the arrays; everything they compute from them lives in `src/lib/`.
 * Read once per build, so every page sees the same catalog (and the data files built from
 * it); the dev server reads it afresh, so edited content shows on reload.
 */
export function getCatalog(): Promise<IndexedCatalog> {
  if (!import.meta.env.PROD) return readCollections();
  read ??= readCollections();
  return read;
}
