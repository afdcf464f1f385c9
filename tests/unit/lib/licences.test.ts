import { expect, test } from 'vitest';
import { modelsJson } from '../../../src/lib/api/export';

test('the JSON export carries the MIT notice of the imported models.dev data', () => {
  const json = modelsJson(
    { models: [], sources: [], providers: [], families: [], benchmarks: [] },
    '2026-12-01',
  );
  const md = json.dataLicences.find((d) => d.name === 'models.dev');
  expect(md?.commit).toBe('f3fc692299671838c7c65fd8126bf84d81a2e817');
  expect(md?.notice).toContain('Copyright (c) 2025 models.dev');
  expect(md?.notice).toContain('The above copyright notice and this permission notice');
});

test('the JSON export carries the MIT notice of the imported genai-prices data', () => {
  const json = modelsJson(
    { models: [], sources: [], providers: [], families: [], benchmarks: [] },
    '2026-12-01',
  );
  const gp = json.dataLicences.find((d) => d.name === 'genai-prices');
  expect(gp?.commit).toBe('47df840a5ab10bbcffb8e5ac01b9899032245d1b');
  expect(gp?.notice).toContain('Copyright (c) Pydantic Services Inc. 2025 to present');
  expect(gp?.notice).toContain('The above copyright notice and this permission notice');
});
