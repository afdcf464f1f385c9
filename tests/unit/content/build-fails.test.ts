import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The real build on a copy of the project with one broken spec file: it must fail and its
 * output must name the file and the field, and nothing else.
 */
function buildWith(
  file: string,
  edit: (text: string) => string,
): { status: number; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'llm-build-'));
  for (const entry of [
    'src',
    'scripts',
    'content',
    'public',
    'package.json',
    'astro.config.mjs',
    'tsconfig.json',
  ])
    cpSync(resolve(entry), join(root, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  const target = join(root, file);
  writeFileSync(target, edit(readFileSync(target, 'utf8')));
  try {
    // `astro sync` runs the content loaders exactly as the build does, without rendering pages.
    const output = execFileSync(resolve('node_modules/.bin/astro'), ['sync'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
      encoding: 'utf8',
    });
    return { status: 0, output };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { status: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

describe('a bad spec file fails the build', () => {
  test.each([
    {
      name: 'a negative context window',
      edit: (t: string) => t.replace('value: 1047576', 'value: -1047576'),
      expected:
        'content/models/openai/gpt-4.1.yaml: limits.contextWindow[0].value: must be more than 0 tokens',
    },
    {
      name: 'an unknown field',
      edit: (t: string) => t.replace('name: GPT-4.1\n', 'name: GPT-4.1\ncontext: 5\n'),
      expected: 'content/models/openai/gpt-4.1.yaml: unknown field `context`',
    },
    {
      name: 'a price without a source',
      edit: (t: string) =>
        t.replace(/(prices:\n\s+- effective: '2025-04-14'\n\s+)source: openai-gpt-4-1\n\s+/, '$1'),
      expected:
        'content/models/openai/gpt-4.1.yaml: offerings[0].prices[0].source: is required but missing',
    },
  ])('$name', { timeout: 60_000 }, ({ edit, expected }) => {
    const { status, output } = buildWith('content/models/openai/gpt-4.1.yaml', edit);
    expect(status).not.toBe(0);
    expect(output).toContain(expected);
    expect(output).toContain('1 problem in the model specs');
  });
});
