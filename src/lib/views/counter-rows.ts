import { effectiveStatus } from '../models/status';
import type { CounterModel } from '../tokens/counter-model';
import type { PricingEntry } from './data-types';

/**
 * The counter's rows from the pricing table, with "retired" judged on `day` (in the browser,
 * the reader's): the same price and fit inputs the calculator ranks, plus the encoding.
 */
export const counterRows = (models: readonly PricingEntry[], day: string): CounterModel[] =>
  models.map((m) => ({ ...m, retired: effectiveStatus(m, day).status === 'retired' }));
