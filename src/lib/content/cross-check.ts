import { sourceCitations } from '../models/refs';
import type { Problem } from './problems';
import type { Catalog } from './types';

/**
 * Rules that span files: every id a spec cites must exist, model ids and aliases must be
 * unique across files, and a model file must sit in its maker's folder.
 */
export function crossCheck(catalog: Catalog, broken: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  // Ids whose file exists but is invalid count as present: that file's own error says what is wrong.
  const providers = new Set([...catalog.providers.map((p) => p.id), ...broken]);
  const sources = new Set([...catalog.sources.map((s) => s.id), ...broken]);
  const benchmarks = new Set(catalog.benchmarks.map((b) => b.id));
  const modelIds = new Map<string, string>();
  const nameFor = new Map<string, string>();

  for (const s of catalog.sources)
    if (s.speaksFor !== undefined && !providers.has(s.speaksFor))
      problems.push({
        file: s.file,
        path: 'speaksFor',
        message: unknownId('provider', s.speaksFor),
      });

  for (const m of catalog.models) {
    const other = modelIds.get(m.id);
    if (other)
      problems.push({
        file: m.file,
        path: '',
        message: `model id "${m.id}" is also used by ${other}`,
      });
    modelIds.set(m.id, m.file);
  }

  for (const m of catalog.models) {
    if (!providers.has(m.maker))
      problems.push({ file: m.file, path: 'maker', message: unknownId('provider', m.maker) });
    else if (m.folder !== m.maker)
      problems.push({
        file: m.file,
        path: 'maker',
        message: `is "${m.maker}" but the file is in content/models/${m.folder}/; model files live in their maker's folder`,
      });

    m.aliases.forEach((alias, i) => {
      const clash = modelIds.get(alias) ?? nameFor.get(alias);
      if (clash)
        problems.push({
          file: m.file,
          path: `aliases[${i}]`,
          message: `"${alias}" already names ${clash === m.file ? 'this model' : clash}`,
        });
      nameFor.set(alias, m.file);
    });

    m.offerings.forEach((o, i) => {
      if (!providers.has(o.provider))
        problems.push({
          file: m.file,
          path: `offerings[${i}].provider`,
          message: unknownId('provider', o.provider),
        });
    });
    m.benchmarks.forEach((b, i) => {
      if (!benchmarks.has(b.benchmark))
        problems.push({
          file: m.file,
          path: `benchmarks[${i}].benchmark`,
          message: `unknown benchmark "${b.benchmark}"; define it in content/benchmarks.yaml`,
        });
    });
    const successor = m.lifecycle.successor;
    if (successor !== undefined && !modelIds.has(successor) && !broken.has(successor))
      problems.push({
        file: m.file,
        path: 'lifecycle.successor',
        message: unknownId('model', successor),
      });

    for (const { path, source } of sourceCitations(m))
      if (!sources.has(source))
        problems.push({ file: m.file, path, message: unknownId('source', source) });
  }

  for (const f of catalog.families) {
    if (!providers.has(f.maker))
      problems.push({ file: f.file, path: 'maker', message: unknownId('provider', f.maker) });
    const members = new Set(catalog.models.filter((m) => m.family?.id === f.id).map((m) => m.id));
    for (const id of broken) members.add(id);
    if (members.size === 0)
      problems.push({ file: f.file, path: '', message: `no model names family "${f.id}"` });
    f.guidance.forEach((g, i) => {
      if (!sources.has(g.source))
        problems.push({
          file: f.file,
          path: `guidance[${i}].source`,
          message: unknownId('source', g.source),
        });
      g.choose.forEach((id, j) => {
        if (!members.has(id))
          problems.push({
            file: f.file,
            path: `guidance[${i}].choose[${j}]`,
            message: `"${id}" is not a model of family "${f.id}"`,
          });
      });
    });
  }
  return problems;
}

const unknownId = (kind: string, id: string) =>
  `unknown ${kind} "${id}"; add content/${kind === 'model' ? 'models/<maker>' : `${kind}s`}/${id}.yaml or fix the id`;
