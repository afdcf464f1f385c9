import { getCollection } from 'astro:content';
import type { Catalog } from '../lib/content/types';

/**
 * The only reader of the content collections. Pages get plain, validated, typed objects;
 * everything they compute from them lives in `src/lib/`.
 */
export async function getCatalog(): Promise<Catalog> {
  const [models, sources, providers, families, benchmarks] = await Promise.all([
    getCollection('models'),
    getCollection('sources'),
    getCollection('providers'),
    getCollection('families'),
    getCollection('benchmarks'),
  ]);
  // The loaders store readCatalog's own objects, so the data already has the catalog's types.
  const data = <T>(entries: { data: unknown }[]) => entries.map((e) => e.data as T);
  return {
    models: data<Catalog['models'][number]>(models).sort((a, b) => a.name.localeCompare(b.name)),
    sources: data<Catalog['sources'][number]>(sources),
    providers: data<Catalog['providers'][number]>(providers),
    families: data<Catalog['families'][number]>(families),
    benchmarks: data<Catalog['benchmarks'][number]>(benchmarks),
  };
}
