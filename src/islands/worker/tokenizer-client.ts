import { TokenizerPool } from '../../lib/tokens/pool';

let pool: TokenizerPool | undefined;

/** The page's one tokenizer pool: up to four workers, created on first count. */
export function tokenizerPool(): TokenizerPool {
  pool ??= new TokenizerPool(
    () =>
      new Worker(new URL('../../workers/tokenizer.worker.ts', import.meta.url), { type: 'module' }),
    Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2)),
  );
  return pool;
}
