import { readModels } from './models-param';
import { readNumber, readOne, quote, type Notice } from './params';

/** The benchmarks page as it lives in its URL: `?benchmark=gpqa-diamond&models=a,b&mix=80`. */
export type BenchmarksState = { benchmark: string; models: string[]; mix: number };

export function parseBenchmarksState(
  search: string,
  resolve: ReadonlyMap<string, string>,
  benchmarks: readonly string[],
  fallback: BenchmarksState,
): { state: BenchmarksState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const b = readOne(params, 'benchmark', notices);
  if (b !== undefined && !benchmarks.includes(b))
    notices.push({
      param: 'benchmark',
      message: `unknown benchmark ${quote(b)}; showing ${fallback.benchmark}`,
    });
  const models = params.has('models') ? readModels(params, resolve, notices, 12) : fallback.models;
  const mix = readNumber(params, 'mix', notices, { min: 0, max: 100 });
  return {
    state: {
      benchmark: b !== undefined && benchmarks.includes(b) ? b : fallback.benchmark,
      models: models.length ? models : fallback.models,
      mix: mix === undefined ? fallback.mix : mix / 100,
    },
    notices,
  };
}

export function serializeBenchmarksState(s: BenchmarksState): string {
  const p = new URLSearchParams();
  p.set('benchmark', s.benchmark);
  p.set('models', s.models.join(','));
  if (s.mix !== 0.8) p.set('mix', String(Math.round(s.mix * 100)));
  return `?${p.toString().replaceAll('%2C', ',')}`;
}
