import { effectiveStatus, statusLabel } from '../models/status';
import type { ModelFile } from '../views/data-types';
import type { CompareModel } from './cells';

/**
 * A model's comparison column with its status judged on `day` (in the browser, the reader's
 * day): a model whose shutdown date has passed since the build reads "Retired".
 */
export function columnOn({ compare, priced }: ModelFile, day: string): CompareModel {
  const status = [{ text: statusLabel[effectiveStatus(priced, day).status] }];
  return { ...compare, cells: { ...compare.cells, status } };
}
