import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../../src/lib/content/read';
import { scaleModels, type SpecFile } from '../../../scripts/scale-content.ts';
import { minimalModel, writeContent } from '../../fixtures/factories';

/** A catalog of four models: a family of two, a successor chain, an alias that a copy would take. */
function fixture(): string {
  const model = (name: string, extra: Record<string, unknown>) => ({
    ...minimalModel(),
    name,
    ...extra,
  });
  const lifecycle = (successor?: string) => ({
    ...minimalModel().lifecycle,
    ...(successor ? { successor } : {}),
  });
  return writeContent({
    'families/acme-1.yaml': {
      name: 'Acme 1 family',
      maker: 'acme',
      summary: 'Two sizes.',
      guidance: [
        { task: 'Cheap', choose: ['acme-1-mini'], why: 'It is cheap.', source: 'acme-docs' },
      ],
    },
    'models/acme/acme-1.yaml': model('Acme 1', {
      family: { id: 'acme-1', role: 'base' },
      aliases: ['acme-1-2025'],
    }),
    'models/acme/acme-1-mini.yaml': model('Acme 1 mini', {
      family: { id: 'acme-1', role: 'mini' },
      aliases: ['acme-1-mini-2025'],
      lifecycle: lifecycle('acme-1'),
    }),
    // Its alias is the id the multiplier would give acme-1's first copy.
    'models/acme/acme-0.yaml': model('Acme 0', {
      aliases: ['acme-1-x2'],
      lifecycle: lifecycle('acme-1-mini'),
    }),
    'imported/models/acme/acme-imported.yaml': model('Acme imported', {}),
  });
}

function modelFiles(content: string): SpecFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) =>
      statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
    );
  return ['models', 'imported/models'].flatMap((d) =>
    walk(join(content, d)).map((f) => ({
      path: relative(content, f),
      text: readFileSync(f, 'utf8'),
    })),
  );
}

describe('scaleModels: copies of the catalog that the build still accepts', () => {
  test.each([
    { target: 4, copies: 0 },
    { target: 6, copies: 2 },
    { target: 13, copies: 9 },
  ])('$target models: $copies copies, all valid', ({ target, copies }) => {
    const content = fixture();
    const added = scaleModels(modelFiles(content), target);
    expect(added).toHaveLength(copies);
    for (const f of added) {
      mkdirSync(dirname(join(content, f.path)), { recursive: true });
      writeFileSync(join(content, f.path), f.text);
    }
    // readCatalog runs the build's own rules and throws on a clash or a dangling id.
    const catalog = readCatalog(content);
    expect(catalog.models).toHaveLength(target);
    const names = catalog.models.flatMap((m) => [m.id, ...m.aliases]);
    expect(new Set(names).size).toBe(names.length);
    const ids = new Set(catalog.models.map((m) => m.id));
    for (const m of catalog.models) {
      if (m.lifecycle.successor) expect(ids).toContain(m.lifecycle.successor);
      expect(
        m.file.startsWith(`content/models/acme/`) ||
          m.file.startsWith('content/imported/models/acme/'),
      ).toBe(true);
    }
  });

  test('a copy keeps its family and points at the same round copy of its successor', () => {
    const content = fixture();
    const added = scaleModels(modelFiles(content), 8);
    const byPath = new Map(added.map((f) => [f.path, f.text]));
    const mini = byPath.get('models/acme/acme-1-mini-x2.yaml') ?? '';
    expect(mini).toMatch(/name: Acme 1 mini \(copy 2\)/);
    expect(mini).toMatch(/successor: acme-1-x2-2\b/);
    expect(mini).toMatch(/id: acme-1\b/);
    expect(mini).toMatch(/- acme-1-mini-2025-x2\b/);
    // acme-1-x2 was already an alias, so acme-1's copy took the next free id.
    expect([...byPath.keys()]).toContain('models/acme/acme-1-x2-2.yaml');
    expect([...byPath.keys()]).toContain('imported/models/acme/acme-imported-x2.yaml');
  });

  test('refuses a target below the models already there', () => {
    const content = fixture();
    expect(() => scaleModels(modelFiles(content), 3)).toThrow(/cannot scale 4 models to 3/);
  });
});
