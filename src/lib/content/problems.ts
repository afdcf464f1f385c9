import type { z } from 'zod';

/** One thing wrong with a spec file: where, which field, and what. */
export type Problem = { file: string; path: string; message: string };

/** Thrown when the content folder holds invalid specs; its message lists every problem. */
export class CatalogError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the model specs:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'CatalogError';
    this.problems = problems;
  }
}

/** `content/models/openai/gpt-4.1.yaml: limits.contextWindow.value: must be more than 0 tokens` */
export const formatProblem = (p: Problem): string =>
  `  ${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`;

/** Renders a zod path as `offerings[0].prices[1].input`. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');

type Issue = z.core.$ZodIssue;

/**
 * Flattens zod issues into problems. A figure accepts one claim or a list of claims; when
 * both shapes fail, only the errors of the shape the author wrote are reported.
 */
export const problemsFromIssues = (
  file: string,
  issues: readonly Issue[],
  input: unknown,
  base: readonly PropertyKey[] = [],
): Problem[] =>
  issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const value = valueAt(input, path);
      const branch = pickBranch(issue.errors, value);
      if (branch) return problemsFromIssues(file, branch, input, path);
    }
    if (issue.code === 'unrecognized_keys')
      return [
        {
          file,
          path: formatPath(path),
          message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')} (check the spelling; see /api/schema.json)`,
        },
      ];
    const message =
      issue.code === 'invalid_type' && valueAt(input, path) === undefined
        ? 'is required but missing'
        : issue.message;
    return [{ file, path: formatPath(path), message }];
  });

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object'
        ? (node as Record<PropertyKey, unknown>)[key]
        : undefined,
    input,
  );

/** The union branch matching the written shape: a list for a list, otherwise the first non-list branch. */
const pickBranch = (branches: Issue[][], value: unknown): Issue[] | undefined => {
  const wrongShape = (errs: Issue[]) =>
    errs.length === 1 && errs[0]?.code === 'invalid_type' && errs[0].path.length === 0;
  const fitting = branches.filter((errs) => !wrongShape(errs));
  if (fitting.length >= 1) return fitting[0];
  return Array.isArray(value) ? branches[branches.length - 1] : branches[0];
};
