/** /models/: every model by maker, as plain links: the whole catalog without JavaScript. */
import { effectiveStatus, type EffectiveStatus } from '../models/status';
import type { IndexedCatalog } from './indexed-catalog';

export type AllModelsGroup = {
  maker: { id: string; name: string };
  models: { id: string; name: string; status: EffectiveStatus['status'] }[];
};

/** Makers by name, each with its models by name and their status on `day`. */
export function allModelsView(catalog: IndexedCatalog, day: string): AllModelsGroup[] {
  const groups = new Map<string, AllModelsGroup>();
  for (const m of catalog.models) {
    const group = groups.get(m.maker) ?? {
      maker: { id: m.maker, name: catalog.byId.providers.get(m.maker)?.name ?? m.maker },
      models: [],
    };
    group.models.push({ id: m.id, name: m.name, status: effectiveStatus(m, day).status });
    groups.set(m.maker, group);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return [...groups.values()]
    .map((g) => ({ ...g, models: g.models.sort(byName) }))
    .sort((a, b) => byName(a.maker, b.maker));
}
