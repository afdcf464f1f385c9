import { defaultWorkload, type Workload } from '../pricing/workload';
import { readModels } from './models-param';
import { readNumber, readOne, type Notice } from './params';

/** The calculator's whole state, as it lives in its URL. The pasted text never does. */
export type CalculatorState = {
  workload: Workload;
  /** Models to show; empty means every model. */
  models: string[];
  /** The date of the prices used (`asof=YYYY-MM-DD`); undefined means today. */
  asOf?: string | undefined;
  /** Input share of the monthly token volume in the cost-at-scale view (0.8 = 80/20). */
  mix: number;
  /** `retired=1`: list retired models too (they are hidden by default). */
  showRetired?: boolean | undefined;
};

export const defaultCalculatorState: CalculatorState = {
  workload: defaultWorkload,
  models: [],
  mix: 0.8,
};

const MAX_TOKENS = 100_000_000;

/** `retired=1` lists retired models too; absent (or 0) hides them. Shared by every view. */
export function readRetired(params: URLSearchParams, notices: Notice[]): boolean {
  const raw = readOne(params, 'retired', notices);
  if (raw !== undefined && raw !== '1' && raw !== '0')
    notices.push({ param: 'retired', message: 'must be 1 (or absent); retired models hidden' });
  return raw === '1';
}

/** Reads the calculator state; each bad parameter becomes a notice and keeps its default. */
export function parseCalculatorState(
  search: string,
  resolve: ReadonlyMap<string, string>,
  today: string,
): { state: CalculatorState; notices: Notice[] } {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const d = defaultWorkload;
  const int = (key: string, fallback: number, max = MAX_TOKENS) => {
    const n = readNumber(params, key, notices, { min: 0, max });
    if (n !== undefined && !Number.isInteger(n)) {
      notices.push({ param: key, message: 'must be a whole number; rounded' });
      return Math.round(n);
    }
    return n ?? fallback;
  };
  const batchRaw = readOne(params, 'batch', notices);
  if (batchRaw !== undefined && batchRaw !== '1' && batchRaw !== '0')
    notices.push({ param: 'batch', message: 'must be 1 (or absent)' });
  const ttlRaw = readOne(params, 'ttl', notices);
  if (ttlRaw !== undefined && ttlRaw !== '5m' && ttlRaw !== '1h')
    notices.push({ param: 'ttl', message: 'must be 5m or 1h' });
  const asOfRaw = readOne(params, 'asof', notices);
  let asOf: string | undefined;
  if (asOfRaw !== undefined) {
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(asOfRaw) && !Number.isNaN(Date.parse(`${asOfRaw}T00:00:00Z`));
    if (!valid)
      notices.push({ param: 'asof', message: 'must be a date written YYYY-MM-DD; using today' });
    else if (asOfRaw > today)
      notices.push({ param: 'asof', message: `${asOfRaw} is in the future; using today` });
    else asOf = asOfRaw;
  }
  const mixPct = readNumber(params, 'mix', notices, { min: 0, max: 100 });
  const sizeRaw = readOne(params, 'size', notices);
  const size = sizeRaw === undefined ? undefined : /^(\d{1,5})x(\d{1,5})$/.exec(sizeRaw);
  if (sizeRaw !== undefined && (!size || Number(size[1]) === 0 || Number(size[2]) === 0))
    notices.push({ param: 'size', message: 'must be WIDTHxHEIGHT in pixels, such as 1024x768' });
  const detailRaw = readOne(params, 'detail', notices);
  if (detailRaw !== undefined && detailRaw !== 'high' && detailRaw !== 'low')
    notices.push({ param: 'detail', message: 'must be high or low' });
  const sized = size && Number(size[1]) > 0 && Number(size[2]) > 0;
  const workload: Workload = {
    inputTokens: int('input', d.inputTokens),
    outputTokens: int('output', d.outputTokens),
    reasoningTokens: int('reasoning', d.reasoningTokens),
    cachedShare: readNumber(params, 'cached', notices, { min: 0, max: 1 }) ?? d.cachedShare,
    cacheWriteShare: readNumber(params, 'write', notices, { min: 0, max: 1 }) ?? d.cacheWriteShare,
    cacheTtl: ttlRaw === '1h' ? '1h' : '5m',
    batch: batchRaw === '1',
    requestsPerMonth: int('requests', d.requestsPerMonth, 1e12),
    images: int('images', d.images, 1000),
    imageWidth: sized ? Number(size[1]) : d.imageWidth,
    imageHeight: sized ? Number(size[2]) : d.imageHeight,
    imageDetail: detailRaw === 'low' ? 'low' : 'high',
  };
  if (workload.cachedShare + workload.cacheWriteShare > 1) {
    notices.push({
      param: 'write',
      message: 'cached and written shares add up to more than 1; writes reduced',
    });
    workload.cacheWriteShare = 1 - workload.cachedShare;
  }
  return {
    state: {
      workload,
      models: readModels(params, resolve, notices, 64),
      asOf,
      mix: mixPct === undefined ? 0.8 : mixPct / 100,
      ...(readRetired(params, notices) ? { showRetired: true } : {}),
    },
    notices,
  };
}

/** Writes the state as a short, readable query string; defaults are left out. */
export function serializeCalculatorState(s: CalculatorState): string {
  const p = new URLSearchParams();
  const w = s.workload;
  const d = defaultWorkload;
  if (s.models.length) p.set('models', s.models.join(','));
  p.set('input', String(w.inputTokens));
  p.set('output', String(w.outputTokens));
  if (w.reasoningTokens !== d.reasoningTokens) p.set('reasoning', String(w.reasoningTokens));
  if (w.cachedShare !== d.cachedShare) p.set('cached', String(w.cachedShare));
  if (w.cacheWriteShare !== d.cacheWriteShare) p.set('write', String(w.cacheWriteShare));
  if (w.cacheTtl !== d.cacheTtl) p.set('ttl', w.cacheTtl);
  if (w.batch) p.set('batch', '1');
  p.set('requests', String(w.requestsPerMonth));
  if (w.images !== d.images) p.set('images', String(w.images));
  if (w.images > 0 || w.imageWidth !== d.imageWidth || w.imageHeight !== d.imageHeight)
    if (w.imageWidth !== d.imageWidth || w.imageHeight !== d.imageHeight)
      p.set('size', `${w.imageWidth}x${w.imageHeight}`);
  if (w.imageDetail !== d.imageDetail) p.set('detail', w.imageDetail);
  if (s.mix !== 0.8) p.set('mix', String(Math.round(s.mix * 100)));
  if (s.asOf) p.set('asof', s.asOf);
  if (s.showRetired) p.set('retired', '1');
  return `?${p.toString().replaceAll('%2C', ',')}`;
}
