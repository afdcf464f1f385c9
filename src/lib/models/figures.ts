import type { Claim, Figure } from '../../schemas';

/** Known claims only, in the order the spec lists them. */
export const knownClaims = <T>(figure: Figure<T> | undefined): (Claim<T> & { value: T })[] =>
  (figure ?? []).filter(
    (c): c is Claim<T> & { value: T } => c.state === 'known' && c.value !== undefined,
  );

/** The value shown first: the first known claim's, or undefined. */
export const primaryValue = <T>(figure: Figure<T> | undefined): T | undefined =>
  knownClaims(figure)[0]?.value;

/** Whether known claims give different values (so the page must show them all). */
export function hasConflict<T>(figure: Figure<T> | undefined): boolean {
  const values = new Set(knownClaims(figure).map((c) => JSON.stringify(c.value)));
  return values.size > 1;
}

/** A plain-words label for a figure with no known value. */
export function stateLabel(figure: Figure<unknown> | undefined): string {
  const first = figure?.[0];
  if (!first) return 'Not documented';
  switch (first.state) {
    case 'not-disclosed':
      return 'Not disclosed by the provider';
    case 'unknown':
      return 'Unknown';
    case 'not-applicable':
      return 'Not applicable';
    default:
      return 'Not documented';
  }
}
