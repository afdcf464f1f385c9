import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// Runs the importer twice on the real snapshot (../shared/data, present beside the repository
// in CI) and compares the outputs; skipped where the snapshot is absent.
const data = resolve('../shared/data/models.dev');
const tree = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe.runIf(existsSync(data))('the importer on the real snapshot', () => {
  test('two runs give byte-identical output equal to the committed content/imported/', () => {
    const committed = tree('content/imported');
    const outs = [0, 1].map(() => {
      const out = mkdtempSync(join(tmpdir(), 'import-'));
      execFileSync('npm', ['run', '--silent', 'import', '--', '--models-dev', data, '--out', out], {
        encoding: 'utf8',
      });
      return tree(out);
    });
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[0]).toEqual(committed);
    const models = Object.keys(committed).filter((f) => f.startsWith('models/'));
    expect(models.length).toBeGreaterThanOrEqual(175);
  }, 120_000);
});
