import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { modelsCsv, modelsJson } from '../../../src/lib/api/export';
import { specJsonSchema } from '../../../src/lib/api/json-schema';
import { readCatalog } from '../../../src/lib/content/read';
import { citedSources } from '../../../src/lib/models/refs';
import { makingOfHits, makingOfWording } from '../../fixtures/reader-wording';

// Readers are told what a source says and how sure it is, never how the site was made.
const catalog = readCatalog(resolve('content'));
const day = '2026-12-02';

describe('reader-facing words', () => {
  test.each([
    'Seed document 001 of this project',
    'as in the seeds\' "cost at 3 scales"',
    'Comparisons from the seed articles',
    'page not found in archived material',
    'Read from an archived copy of the page.',
    'compiled from the reference file',
  ])('the check catches %j', (phrase) => {
    expect(makingOfWording.test(phrase)).toBe(true);
  });

  test.each(['ByteDance Seed 1.6', 'Binary files (images, archives) are skipped', 'a saved copy'])(
    'the check lets %j through',
    (phrase) => {
      expect(makingOfWording.test(phrase)).toBe(false);
    },
  );

  test('/api/models.json, /api/models.csv and /api/schema.json say nothing of how the site was made', () => {
    const hits = [
      ...makingOfHits(JSON.stringify(modelsJson(catalog, day)), 'models.json'),
      ...makingOfHits(modelsCsv(catalog, day, citedSources), 'models.csv'),
      ...makingOfHits(JSON.stringify(specJsonSchema()), 'schema.json'),
    ];
    expect(hits).toEqual([]);
  });
  // Built pages are scanned by tests/e2e/wording.spec.ts, after the build: a dist/ left from
  // an earlier build would be stale here.
});
