import type { CompareModel, RowDef } from './cells';

/**
 * The models with the best value in a row: lowest or highest of each model's first value.
 * Ties all win; models without a value are never best; a row where fewer than two models
 * have a value, or every value is equal, has no best.
 */
export function bestIn(row: RowDef, models: readonly CompareModel[]): string[] {
  if (!row.better) return [];
  const values = models
    .map((m) => ({ id: m.id, v: m.cells[row.id]?.[0]?.value }))
    .filter((x): x is { id: string; v: number } => x.v !== undefined);
  if (values.length < 2) return [];
  const best =
    row.better === 'lower'
      ? Math.min(...values.map((x) => x.v))
      : Math.max(...values.map((x) => x.v));
  if (values.every((x) => x.v === best)) return [];
  return values.filter((x) => x.v === best).map((x) => x.id);
}

/** Whether a row's cells differ between models (a missing value differs from a present one). */
export function rowDiffers(row: RowDef, models: readonly CompareModel[]): boolean {
  const texts = models.map((m) => (m.cells[row.id] ?? []).map((c) => c.text).join(' | '));
  return new Set(texts).size > 1;
}

/** Rows to show: rows some model has a value for, optionally only those that differ. */
export function visibleRows(
  rows: readonly RowDef[],
  models: readonly CompareModel[],
  differencesOnly: boolean,
): RowDef[] {
  return rows.filter(
    (r) => models.some((m) => m.cells[r.id]) && (!differencesOnly || rowDiffers(r, models)),
  );
}
