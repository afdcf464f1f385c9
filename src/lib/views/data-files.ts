/**
 * The site's data files, built from the catalog: the body of each is computed here,
 * deterministically, and its URL carries a hash of that body, so a browser may keep a copy
 * forever and a new build with other figures gets new URLs. The endpoint under
 * src/pages/data/ writes them; pages call the same function to know the URLs.
 */
import { createHash } from 'node:crypto';
import type { Catalog } from '../content/types';
import { toChartModel } from '../charts/data';
import { compareModel } from '../compare/cells';
import { primaryOffering } from '../models/pricing';
import { toPricedModel, type PricedModel } from '../pricing/priced-models';
import { toCounterModel } from '../tokens/counter-model';
import type { ChartsFile, DataUrls, IndexFile, ModelFile, PricingFile } from './data-types';

/** One file: its path under /data/ without `.json` (the endpoint's parameter), URL and body. */
export type DataFile = { param: string; url: string; body: string };

/** Figures and schedules without their wording: the browser's functions read only numbers. */
export function withoutNotes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNotes) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'note')
        .map(([k, v]) => [k, withoutNotes(v)]),
    ) as T;
  return value;
}

/** A file named `<name>.<first 12 hex of sha-256 of its body>.json`. */
export function dataFile(name: string, value: unknown): DataFile {
  const body = JSON.stringify(value);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const param = `${name}.${hash}`;
  return { param, url: `/data/${param}.json`, body };
}

/** Every data file of one build, by what it holds. */
export type DataFiles = {
  index: DataFile;
  pricing: DataFile;
  charts: DataFile;
  /** One per model id. */
  models: ReadonlyMap<string, DataFile>;
  urls: DataUrls;
  all: DataFile[];
};

/**
 * A priced model as the browser gets it: only the headline offering (every price function
 * of the calculator, comparison and counter prices that one; model pages show the others)
 * with its whole price history (links with a past `asof`), without wording.
 */
function slim(m: Catalog['models'][number]): PricedModel {
  const headline = primaryOffering(m);
  return withoutNotes({ ...toPricedModel(m), offerings: headline ? [headline] : [] });
}

/** Builds every data file from the catalog as of `day` (the build's day). */
export function buildDataFiles(catalog: Catalog, day: string): DataFiles {
  const models = new Map(
    catalog.models.map((m) => {
      const body: ModelFile = { compare: compareModel(m, catalog, day), priced: slim(m) };
      return [m.id, dataFile(`models/${m.id}`, body)] as const;
    }),
  );
  const index: IndexFile = {
    models: catalog.models.map((m) => ({
      id: m.id,
      name: m.name,
      maker: m.maker,
      aliases: m.aliases,
      lifecycle: withoutNotes(m.lifecycle),
      file: (models.get(m.id) as DataFile).url,
    })),
  };
  const pricing: PricingFile = {
    models: catalog.models.map((m) => ({ ...slim(m), encoding: toCounterModel(m, day).encoding })),
  };
  const charts: ChartsFile = {
    models: catalog.models.map((m) => ({ ...toChartModel(m, catalog), aliases: m.aliases })),
  };
  const files = {
    index: dataFile('index', index),
    pricing: dataFile('pricing', pricing),
    charts: dataFile('charts', charts),
  };
  return {
    ...files,
    models,
    urls: { index: files.index.url, pricing: files.pricing.url, charts: files.charts.url },
    all: [files.index, files.pricing, files.charts, ...models.values()],
  };
}

const built = new WeakMap<Catalog, Map<string, DataFiles>>();

/** buildDataFiles, computed once per catalog and day (every page of a build asks for it). */
export function dataFiles(catalog: Catalog, day: string): DataFiles {
  const byDay = built.get(catalog) ?? new Map<string, DataFiles>();
  built.set(catalog, byDay);
  const found = byDay.get(day) ?? buildDataFiles(catalog, day);
  byDay.set(day, found);
  return found;
}
