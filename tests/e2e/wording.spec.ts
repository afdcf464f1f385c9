import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtFiles, makingOfHitsInBuild } from '../fixtures/reader-wording';

// The suite runs against dist/, so the build it serves is scanned file by file.
test('no built page or export says how the site was made', () => {
  const dist = resolve('dist');
  expect(builtFiles(dist).length).toBeGreaterThan(20);
  expect(makingOfHitsInBuild(dist)).toEqual([]);
});
