import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';

// Runs the importer twice on the real snapshot (../shared/data, present beside the repository
// in CI) and compares the outputs; skipped where the snapshot is absent.
const data = resolve('../shared/data/models.dev');
const prices = resolve('../shared/data/genai-prices');
const tree = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .sort()
      .filter((f) => statSync(join(dir, f)).isFile())
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe.runIf(existsSync(data) && existsSync(prices))('the importer on the real snapshot', () => {
  test('two runs give byte-identical output equal to the committed content/imported/', () => {
    const committed = tree('content/imported');
    const outs = [0, 1].map(() => {
      const out = mkdtempSync(join(tmpdir(), 'import-'));
      execFileSync(
        'npm',
        [
          'run',
          '--silent',
          'import',
          '--',
          '--models-dev',
          data,
          '--genai-prices',
          prices,
          '--out',
          out,
        ],
        {
          encoding: 'utf8',
        },
      );
      return tree(out);
    });
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[0]).toEqual(committed);
    const models = Object.keys(committed).filter((f) => f.startsWith('models/'));
    expect(models.length).toBeGreaterThanOrEqual(200);
    expect(new Set(models.map((f) => f.split('/')[1])).size).toBeGreaterThanOrEqual(25);
    // genai-prices' dated history reaches the offering: Claude Sonnet 5's introductory price
    // until 31 August 2026, the standard one from 1 September.
    const sonnet = parseYaml(committed['models/anthropic/claude-sonnet-5.yaml']!) as {
      offerings: {
        provider: string;
        prices?: { effective: string; input: number; output: number }[];
      }[];
    };
    const own = sonnet.offerings.find((o) => o.provider === 'anthropic')!;
    expect(own.prices?.map((s) => [s.input, s.output])).toEqual([
      [2, 10],
      [3, 15],
    ]);
    expect(own.prices?.[1]?.effective).toBe('2026-09-01');
    expect(committed['LICENSE-genai-prices']).toMatch(/MIT License/);
  }, 120_000);
});
