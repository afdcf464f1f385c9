import type { Workload } from '../pricing/workload';
import { defaultWorkload } from '../pricing/workload';
import {
  parseCalculatorState,
  serializeCalculatorState,
  defaultCalculatorState,
} from './calculator';
import { readModels } from './models-param';
import { readOne, type Notice } from './params';

/** A comparison as it lives in its URL: the models in order, the workload, the price date. */
export type CompareState = {
  models: string[];
  workload: Workload;
  asOf?: string | undefined;
  differencesOnly: boolean;
  /** `retired=1`: the picker lists retired models too. */
  showRetired?: boolean | undefined;
};

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 8;

/** `?models=a,b,c&input=…&diff=1`: models resolve as in PRODUCT.md; the workload as in the calculator. */
export function parseCompareState(
  search: string,
  resolve: ReadonlyMap<string, string>,
  today: string,
): { state: CompareState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const models = readModels(params, resolve, notices, MAX_COMPARE);
  // The workload parameters are the calculator's; its own notices about them apply here too.
  const withoutModels = new URLSearchParams(params);
  withoutModels.delete('models');
  withoutModels.delete('diff');
  const calc = parseCalculatorState(`?${withoutModels.toString()}`, resolve, today);
  const diff = readOne(params, 'diff', notices);
  if (diff !== undefined && diff !== '1' && diff !== '0')
    notices.push({ param: 'diff', message: 'must be 1 (or absent)' });
  if (models.length < MIN_COMPARE)
    notices.push({ param: 'models', message: `name at least ${MIN_COMPARE} models to compare` });
  return {
    state: {
      models,
      workload: calc.state.workload,
      asOf: calc.state.asOf,
      differencesOnly: diff === '1',
      ...(calc.state.showRetired ? { showRetired: true } : {}),
    },
    notices: [...notices, ...calc.notices],
  };
}

export function serializeCompareState(s: CompareState): string {
  const calc = serializeCalculatorState({
    ...defaultCalculatorState,
    workload: s.workload,
    asOf: s.asOf,
  });
  const p = new URLSearchParams(calc);
  const out = new URLSearchParams();
  out.set('models', s.models.join(','));
  // Keep the workload out of the URL while it is the default, so a plain comparison stays short.
  const w = s.workload;
  const isDefault = JSON.stringify(w) === JSON.stringify(defaultWorkload);
  if (!isDefault) for (const [k, v] of p) out.set(k, v);
  else if (s.asOf) out.set('asof', s.asOf);
  if (s.differencesOnly) out.set('diff', '1');
  if (s.showRetired) out.set('retired', '1');
  return `?${out.toString().replaceAll('%2C', ',')}`;
}
