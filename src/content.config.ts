import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { readCatalog } from './lib/content/read';
import type { Catalog } from './lib/content/types';

// One read of content/ feeds every collection: the cross-file rules (aliases unique,
// every cited source defined) need all files at once, and a bad file fails the build
// with readCatalog's message naming the file and the field.
let cached: Catalog | undefined;
const catalog = (): Catalog => (cached ??= readCatalog(resolve(process.cwd(), 'content')));

export const collections = {
  models: defineCollection({ loader: async () => catalog().models }),
  sources: defineCollection({ loader: async () => catalog().sources }),
  providers: defineCollection({ loader: async () => catalog().providers }),
  families: defineCollection({ loader: async () => catalog().families }),
  benchmarks: defineCollection({ loader: async () => catalog().benchmarks }),
};
