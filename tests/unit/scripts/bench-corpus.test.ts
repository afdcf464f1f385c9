import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../scripts/bench-corpus';

const digest = (root: string, budget = 20_000) =>
  createHash('sha256')
    .update(JSON.stringify(buildCorpus(root, budget, budget, budget)))
    .digest('hex');

describe('the benchmark corpus is the same on every run', () => {
  test('caches that tools write into node_modules after install change nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'pkg', 'README.md'), '# pkg\n\nSome prose.\n');
    writeFileSync(join(root, 'node_modules', 'pkg', 'index.js'), 'export const a = 1;\n');
    const before = digest(root);

    const after = mkdtempSync(join(tmpdir(), 'corpus-'));
    cpSync(root, after, { recursive: true });
    // What a build and the benchmark itself leave behind.
    mkdirSync(join(after, 'node_modules', '.vite', 'deps'), { recursive: true });
    writeFileSync(join(after, 'node_modules', '.vite', 'deps', 'chunk.js'), 'export {};\n');
    mkdirSync(join(after, 'node_modules', '.cache', 'bench'), { recursive: true });
    writeFileSync(join(after, 'node_modules', '.cache', 'bench', 'notes.md'), '# cache\n');
    writeFileSync(join(after, 'node_modules', 'pkg', '.eslintcache.js'), 'x();\n');
    expect(digest(after)).toBe(before);
  });

  test('two builds from this checkout are byte-identical', () => {
    expect(digest(process.cwd(), 2_200_000)).toBe(digest(process.cwd(), 2_200_000));
  });

  test('a file that is part of the corpus does change it (the check can fail)', () => {
    const root = mkdtempSync(join(tmpdir(), 'corpus-'));
    mkdirSync(join(root, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'pkg', 'README.md'), '# pkg\n');
    const before = digest(root);
    writeFileSync(join(root, 'node_modules', 'pkg', 'CHANGELOG.md'), '# 1.0.1\n');
    expect(digest(root)).not.toBe(before);
  });
});
