import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename, dirname, sep } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import {
  benchmarkDefinitionSchema,
  familySchema,
  idPattern,
  modelSchema,
  providerSchema,
  sourceSchema,
} from '../../schemas';
import { crossCheck } from './cross-check';
import { CatalogError, problemsFromIssues, type Problem } from './problems';
import type { Catalog } from './types';

/**
 * Reads and validates every spec under `contentDir`, then checks the files against each
 * other. Throws a {@link CatalogError} naming each file, field and problem.
 */
export function readCatalog(contentDir: string, root: string = dirname(contentDir)): Catalog {
  const problems: Problem[] = [];
  const rel = (file: string) => relative(root, file).split(sep).join('/');

  const load = <S extends z.ZodType>(file: string, schema: S): z.output<S> | undefined => {
    const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors)
        problems.push({ file: rel(file), path: '', message: `not valid YAML: ${e.message}` });
      return undefined;
    }
    const input: unknown = doc.toJS();
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      problems.push(...problemsFromIssues(rel(file), parsed.error.issues, input));
      return undefined;
    }
    return parsed.data;
  };

  const idOf = (file: string) => basename(file).replace(/\.ya?ml$/, '');
  const checkId = (file: string) => {
    const id = idOf(file);
    if (!idPattern.test(id))
      problems.push({
        file: rel(file),
        path: '',
        message: `the file name "${id}" is the id and must be lowercase letters, digits, dots and dashes`,
      });
    return id;
  };

  // Ids of files that exist but failed validation: other files may cite them without a
  // second, misleading "unknown id" error.
  const broken = new Set<string>();
  const folder = <S extends z.ZodType>(name: string, schema: S) =>
    yamlFiles(join(contentDir, name)).flatMap((file) => {
      const id = checkId(file);
      const data = load(file, schema);
      if (data === undefined) broken.add(id);
      return data === undefined ? [] : [{ ...data, id, file: rel(file) }];
    });

  // content/imported/ holds what `npm run import` generated from open data, beside the
  // hand-written files and under the same schemas and cross-file rules.
  const imported = <S extends z.ZodType>(name: string, schema: S) => {
    const file = join(contentDir, 'imported', `${name}.yaml`);
    if (!existsSync(file)) return [];
    const map = load(file, z.record(z.string().regex(idPattern, 'ids are lowercase'), schema));
    return Object.entries(map ?? {}).map(([id, data]) => ({
      ...(data as object),
      id,
      file: rel(file),
    }));
  };
  const providers = [
    ...folder('providers', providerSchema),
    ...(imported('providers', providerSchema) as ReturnType<typeof folder<typeof providerSchema>>),
  ];
  const sources = [
    ...folder('sources', sourceSchema),
    ...(imported('sources', sourceSchema) as ReturnType<typeof folder<typeof sourceSchema>>),
  ];
  const families = folder('families', familySchema);
  const models = [...folder('models', modelSchema), ...folder('imported/models', modelSchema)].map(
    (m) => ({ ...m, folder: basename(dirname(m.file)) }),
  );

  const benchmarkFile = join(contentDir, 'benchmarks.yaml');
  const benchmarks: Catalog['benchmarks'] = [];
  if (existsSync(benchmarkFile)) {
    const defs = load(benchmarkFile, benchmarkDefinitionMap);
    for (const [id, def] of Object.entries(defs ?? {})) benchmarks.push({ ...def, id });
  } else problems.push({ file: rel(benchmarkFile), path: '', message: 'is missing' });

  const catalog: Catalog = { providers, sources, families, benchmarks, models };
  problems.push(...crossCheck(catalog, broken));
  if (problems.length > 0) throw new CatalogError(problems);
  return catalog;
}

const benchmarkDefinitionMap = z.record(
  z.string().regex(idPattern, 'a benchmark id must be lowercase, like "swe-bench-verified"'),
  benchmarkDefinitionSchema,
);

/** Every `.yaml`/`.yml` file under `dir`, sorted so builds are reproducible. */
function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(path);
      return /\.ya?ml$/.test(name) ? [path] : [];
    });
}
