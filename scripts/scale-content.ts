/**
 * The content multiplier behind `npm run bench:scale`: copies of the model spec files under
 * new ids until the catalog holds a given number of models, every copy still valid under the
 * build's rules (src/lib/content/read.ts, cross-check.ts): ids and aliases unique across all
 * files, each copy in its maker's folder, its successor an existing model, its family (and the
 * family's guidance, which names the originals) unchanged. Pure: text in, text out.
 */
import { parseDocument } from 'yaml';

/** A model spec file: its path under content/ (`models/openai/gpt-4.1.yaml`) and its text. */
export type SpecFile = { path: string; text: string };

const idOf = (path: string) => (path.split('/').pop() ?? '').replace(/\.ya?ml$/, '');
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * The files to add to `models` (every model file of the catalog) so that it holds exactly
 * `target` models. Copy round r (2, 3, …) gives each original, in path order, the id
 * `<id>-x<r>`, the name `<name> (copy r)` and aliases `<alias>-x<r>`; a copy's successor is
 * the same round's copy of the original successor when there is one, else the original.
 * Throws when `target` is below the number of models already there.
 */
export function scaleModels(models: readonly SpecFile[], target: number): SpecFile[] {
  if (!Number.isInteger(target) || target < models.length)
    throw new Error(`cannot scale ${models.length} models to ${target}`);
  if (target > models.length && models.length === 0) throw new Error('no model files to copy');
  const originals = [...models].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const docs = originals.map((f) => ({ file: f, id: idOf(f.path), doc: parseDocument(f.text) }));
  // Every name in use, ids and aliases alike: a copy's new names must clash with none.
  const taken = new Set<string>();
  for (const { id, doc } of docs) {
    taken.add(id);
    for (const alias of aliasesOf(doc.toJS())) taken.add(alias);
  }
  const fresh = (base: string, round: number) => {
    let name = `${base}-x${round}`;
    for (let n = 2; taken.has(name); n++) name = `${base}-x${round}-${n}`;
    taken.add(name);
    return name;
  };

  // Plan every copy first, so a successor copied later in the same round is still found.
  const plan: { source: (typeof docs)[number]; round: number; id: string }[] = [];
  for (let round = 2; plan.length < target - models.length; round++)
    for (const source of docs) {
      if (plan.length === target - models.length) break;
      plan.push({ source, round, id: fresh(source.id, round) });
    }
  const copyOf = new Map(plan.map((p) => [`${p.source.id} ${p.round}`, p.id]));

  return plan.map(({ source, round, id }) => {
    const doc = source.doc.clone();
    const data = doc.toJS() as { name?: unknown; lifecycle?: { successor?: unknown } };
    if (typeof data.name === 'string') doc.set('name', `${data.name} (copy ${round})`);
    const aliases = aliasesOf(data);
    if (aliases.length > 0)
      doc.set(
        'aliases',
        aliases.map((a) => fresh(a, round)),
      );
    const successor = data.lifecycle?.successor;
    if (typeof successor === 'string')
      doc.setIn(['lifecycle', 'successor'], copyOf.get(`${successor} ${round}`) ?? successor);
    return { path: `${folderOf(source.file.path)}${id}.yaml`, text: doc.toString() };
  });
}

function aliasesOf(data: unknown): string[] {
  const aliases = (data as { aliases?: unknown } | null)?.aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
}
