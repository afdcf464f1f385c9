/** What the comparison pages render, from the catalog and the build's day. */
import { visibleRows } from '../compare/best';
import { benchmarkRows, fixedRows, type RowDef } from '../compare/cells';
import { MATCHUPS, matchupSlug } from '../compare/matchups';
import { statements, type Statement } from '../compare/statements';
import { modelCost } from '../pricing/engine';
import { toUsd } from '../pricing/money';
import { defaultWorkload } from '../pricing/workload';
import { dataFiles } from './data-files';
import type { ModelFile } from './data-types';
import type { IndexedCatalog } from './indexed-catalog';

/** Every row a comparison can show: the fixed rows, then one per benchmark. */
export const compareRows = (catalog: IndexedCatalog): RowDef[] => [
  ...fixedRows,
  ...benchmarkRows(catalog),
];

/** /compare/: no model of its own; the island fetches the index and the linked models. */
export function compareIndexView(catalog: IndexedCatalog, day: string) {
  const name = (id: string) => catalog.byId.models.get(id)?.name ?? id;
  return {
    rows: compareRows(catalog),
    indexUrl: dataFiles(catalog, day).urls.index,
    matchups: MATCHUPS.map((ids) => ({
      href: `/compare/${matchupSlug(ids)}/`,
      label: ids.map(name).join(' vs '),
    })),
  };
}

/** The files of the models `ids` names (unknown ids left out), as the browser would fetch them. */
export function modelFiles(catalog: IndexedCatalog, day: string, ids: string[]): ModelFile[] {
  const files = dataFiles(catalog, day).models;
  return ids.flatMap((id) => {
    const f = files.get(id);
    return f ? [JSON.parse(f.body) as ModelFile] : [];
  });
}

/** A pre-rendered match-up: its own models only, their statements and the default workload's cost. */
export function matchupView(catalog: IndexedCatalog, day: string, ids: string[]) {
  const entries = modelFiles(catalog, day, ids);
  const rows = compareRows(catalog);
  const models = entries.map((e) => e.compare);
  const costs = new Map(
    entries.flatMap((e) => {
      const r = modelCost(e.priced, defaultWorkload, day);
      return r.ok ? [[e.priced.id, toUsd(r.perRequest)] as const] : [];
    }),
  );
  const said: Statement[] = statements(models, visibleRows(rows, models, false), costs);
  return {
    title: models.map((m) => m.name).join(' vs '),
    entries,
    rows,
    said,
    indexUrl: dataFiles(catalog, day).urls.index,
  };
}
