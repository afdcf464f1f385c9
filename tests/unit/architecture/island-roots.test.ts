import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * src/islands/ holds hydrated roots at its top level and nothing else: a file there is one a
 * page hydrates with a `client:` directive. Sub-components, hooks, data readers and the
 * worker client live in its sub-folders, so what ships as an island's entry point is plain.
 */
const astroFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? astroFiles(p) : n.endsWith('.astro') ? [p] : [];
  });

const hydrated = new Set(
  ['src/pages', 'src/components', 'src/layouts'].flatMap(astroFiles).flatMap((f) => {
    const code = readFileSync(f, 'utf8');
    const imported = new Map(
      [...code.matchAll(/import\s+(\w+)\s+from\s+['"][./]*\/islands\/(\w+)['"]/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    return [...code.matchAll(/<(\w+)\b[^>]*\sclient:\w+/g)].flatMap((m) =>
      imported.has(m[1]!) ? [imported.get(m[1]!)!] : [],
    );
  }),
);

test('every file at the top of src/islands/ is a root some page hydrates', () => {
  const top = readdirSync('src/islands').filter(
    (n) => !statSync(join('src/islands', n)).isDirectory(),
  );
  expect(top.length).toBeGreaterThan(0);
  for (const name of top) {
    expect(name, `${name} is a component file`).toMatch(/\.tsx$/);
    expect(hydrated, `src/islands/${name} is hydrated by a page`).toContain(
      name.replace(/\.tsx$/, ''),
    );
  }
});
