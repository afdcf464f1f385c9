import type { BenchmarkDefinition, Family, ModelSpec, Provider, Source } from '../../schemas';

/** Where a record came from, for error messages and the sources page. */
type FromFile = { id: string; file: string };

/** A validated model spec with its id (the file name) and maker folder. */
export type Model = ModelSpec & FromFile & { folder: string };

/** Everything under `content/`, validated and cross-checked. */
export type Catalog = {
  providers: (Provider & FromFile)[];
  sources: (Source & FromFile)[];
  families: (Family & FromFile)[];
  benchmarks: BenchmarkDefinition[];
  models: Model[];
};
