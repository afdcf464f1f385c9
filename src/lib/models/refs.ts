import { formatPath } from '../content/problems';

/**
 * Numbers a page's sources in the order a reader meets them, so "[3]" means the same
 * source everywhere on the page.
 */
export class SourceRefs {
  readonly #order: string[] = [];

  /** The 1-based number of a source, assigning the next number on first use. */
  n(sourceId: string): number {
    let i = this.#order.indexOf(sourceId);
    if (i === -1) i = this.#order.push(sourceId) - 1;
    return i + 1;
  }

  /** Sources in numbered order. */
  get ids(): readonly string[] {
    return this.#order;
  }
}

/** Every `source: <id>` inside a record, with the path to it (`limits.contextWindow[1].source`). */
export function sourceCitations(
  node: unknown,
  path: PropertyKey[] = [],
): { path: string; source: string }[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => sourceCitations(child, [...path, i]));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) =>
    key === 'source' && typeof child === 'string'
      ? [{ path: formatPath([...path, key]), source: child }]
      : sourceCitations(child, [...path, key]),
  );
}

/** Every source id cited anywhere inside a record, in document order, without repeats. */
export const citedSources = (node: unknown): string[] => [
  ...new Set(sourceCitations(node).map((c) => c.source)),
];
