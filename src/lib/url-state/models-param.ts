import { quote, readOne, type Notice } from './params';

/** Most models one view takes (the comparison shows 2 to 8). */
export const MAX_MODELS = 8;

/**
 * Reads `models=a,b,c`: provider API ids and snapshots resolve to canonical ids, order is
 * kept, duplicates are dropped, unknown ids are named in a notice.
 */
export function readModels(
  params: URLSearchParams,
  resolve: ReadonlyMap<string, string>,
  notices: Notice[],
  max = MAX_MODELS,
): string[] {
  const raw = readOne(params, 'models', notices);
  if (!raw) return [];
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const item of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const id = resolve.get(item.toLowerCase());
    if (id === undefined) unknown.push(item);
    else if (!ids.includes(id)) ids.push(id);
  }
  if (unknown.length)
    notices.push({
      param: 'models',
      message: `unknown model${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).map(quote).join(', ')}; left out`,
    });
  if (ids.length > max) {
    notices.push({
      param: 'models',
      message: `${ids.length} models given; the first ${max} are shown`,
    });
    return ids.slice(0, max);
  }
  return ids;
}

/** id and every alias → canonical id. */
export function modelResolver(
  models: readonly { id: string; aliases: readonly string[] }[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of models) {
    map.set(m.id, m.id);
    for (const a of m.aliases) map.set(a.toLowerCase(), m.id);
  }
  return map;
}
