/** A problem with one URL parameter, shown to the reader while the rest of the view works. */
export type Notice = { param: string; message: string };

const MAX_VALUE = 2000;

/** Quotes a bad value for a notice, shortened; it is only ever shown as text. */
export const quote = (value: string): string =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** The single value of a parameter. A repeated key keeps the first and says so. */
export function readOne(
  params: URLSearchParams,
  key: string,
  notices: Notice[],
): string | undefined {
  const all = params.getAll(key);
  if (all.length === 0) return undefined;
  if (all.length > 1)
    notices.push({ param: key, message: `given ${all.length} times; the first is used` });
  const value = all[0] ?? '';
  if (value.length > MAX_VALUE) {
    notices.push({ param: key, message: `is ${value.length} characters long; ignored` });
    return undefined;
  }
  return value;
}

/** A comma-separated list restricted to `allowed`; unknown items are named in a notice. */
export function readList<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  notices: Notice[],
): T[] {
  const raw = readOne(params, key, notices);
  if (raw === undefined || raw === '') return [];
  const out: T[] = [];
  const bad: string[] = [];
  for (const item of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const hit = allowed.find((a) => a === item.toLowerCase());
    if (hit === undefined) bad.push(item);
    else if (!out.includes(hit)) out.push(hit);
  }
  if (bad.length)
    notices.push({ param: key, message: `unknown ${bad.map(quote).join(', ')}; ignored` });
  return out;
}

/** A finite number within bounds; anything else is a notice and undefined. */
export function readNumber(
  params: URLSearchParams,
  key: string,
  notices: Notice[],
  { min, max }: { min: number; max: number },
): number | undefined {
  const raw = readOne(params, key, notices);
  if (raw === undefined || raw === '') return undefined;
  const n = /^[+]?(\d+\.?\d*|\.\d+)(e[+]?\d+)?$/i.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(n) || n < min || n > max) {
    notices.push({
      param: key,
      message: `${quote(raw)} is not a number from ${min} to ${max}; ignored`,
    });
    return undefined;
  }
  return n;
}
