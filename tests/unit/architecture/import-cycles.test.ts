import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The import graph of src/, type-only imports included: a cycle makes a module's meaning
 * depend on load order, and in a type-only cycle two modules still own each other's words.
 * This walks the source files themselves, so it needs no plugin and no build.
 */
const SRC = resolve('src');
const EXTENSIONS = ['.ts', '.tsx', '.astro', '.mjs', '.js'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return EXTENSIONS.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative specifiers a file imports or re-exports (static and dynamic). */
export function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1] as string);
  return found.filter((s) => s.startsWith('.'));
}

function resolveImport(from: string, spec: string, files: Set<string>): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  const candidates = [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => join(base, `index${e}`)),
  ];
  // `./x.js` written for a `./x.ts` file, as TypeScript's node resolution allows.
  if (/\.js$/.test(base))
    candidates.push(base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'));
  return candidates.find((c) => files.has(c));
}

/** Every cycle in a graph, each as the list of files from its first member back to it. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('the import graph of src/', () => {
  test.each([
    { name: 'a chain with no way back', edges: { a: ['b'], b: ['c'], c: [] }, cycles: [] },
    {
      name: 'two modules importing each other',
      edges: { a: ['b'], b: ['a'] },
      cycles: [['a', 'b', 'a']],
    },
    {
      name: 'a three-module loop',
      edges: { a: ['b'], b: ['c'], c: ['a'] },
      cycles: [['a', 'b', 'c', 'a']],
    },
    { name: 'a module importing itself', edges: { a: ['a'] }, cycles: [['a', 'a']] },
  ])('the cycle finder sees $name', ({ edges, cycles: expected }) => {
    expect(cycles(new Map(Object.entries(edges)))).toEqual(expected);
  });

  test.each([
    { code: "import { a } from './a';", specs: ['./a'] },
    { code: "import type { B } from '../b';", specs: ['../b'] },
    { code: "export { c } from './c';\nexport * from './d';", specs: ['./c', './d'] },
    { code: "import './side-effect';", specs: ['./side-effect'] },
    { code: "const w = await import('./lazy');", specs: ['./lazy'] },
    { code: "import {\n  x,\n  y,\n} from './multi';", specs: ['./multi'] },
    { code: "import { z } from 'zod';", specs: [] },
  ])('reads the imports of `$code`', ({ code, specs }) => {
    expect(specifiers(code).sort()).toEqual(specs.sort());
  });

  test('has no cycles', () => {
    const files = sourceFiles(SRC);
    const known = new Set(files);
    const graph = new Map(
      files.map((f) => [
        f,
        specifiers(readFileSync(f, 'utf8'))
          .map((s) => resolveImport(f, s, known))
          .filter((x): x is string => x !== undefined),
      ]),
    );
    const found = cycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' → '));
    expect(found).toEqual([]);
  });
});
