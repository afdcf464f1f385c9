import { describe, expect, test } from 'vitest';
import { formatPrice } from '../../../src/lib/format';
import { buildDataFiles, withoutNotes } from '../../../src/lib/views/data-files';
import type { IndexFile, ModelFile, PricingFile } from '../../../src/lib/views/data-types';
import { factoryCatalog } from './factory-catalog';

const day = '2025-03-01';
const parse = <T>(body: string) => JSON.parse(body) as T;

describe('the data files', () => {
  test('are named by a hash of their body: the same catalog, the same URLs', () => {
    const a = buildDataFiles(factoryCatalog(), day);
    const b = buildDataFiles(factoryCatalog(), day);
    expect(a.urls).toEqual(b.urls);
    expect(a.urls.index).toMatch(/^\/data\/index\.[0-9a-f]{12}\.json$/);
    expect(a.models.get('test-model')?.url).toMatch(
      /^\/data\/models\/test-model\.[0-9a-f]{12}\.json$/,
    );
  });

  test('a changed price gets new URLs for the files that hold it, so no stale copy is used', () => {
    const a = buildDataFiles(factoryCatalog(), day);
    const b = buildDataFiles(factoryCatalog({ input: 2 }), day);
    expect(b.urls.pricing).not.toBe(a.urls.pricing);
    expect(b.models.get('test-model')?.url).not.toBe(a.models.get('test-model')?.url);
    expect(b.models.get('old-model')?.url).toBe(a.models.get('old-model')?.url);
  });

  test('the index lists every model with its status dates and the URL of its own file', () => {
    const files = buildDataFiles(factoryCatalog(), day);
    const index = parse<IndexFile>(files.index.body);
    expect(index.models.map((m) => [m.id, m.name, m.file])).toEqual([
      ['old-model', 'Old Model', files.models.get('old-model')?.url],
      ['test-model', 'Test Model', files.models.get('test-model')?.url],
    ]);
    expect(index.models[0]?.lifecycle.shutdown?.[0]).toMatchObject({ value: '2025-06-01' });
  });

  test('the pricing table keeps the headline offering with its history, without wording', () => {
    const pricing = parse<PricingFile>(buildDataFiles(factoryCatalog(), day).pricing.body);
    const m = pricing.models.find((x) => x.id === 'test-model');
    expect(m?.offerings.map((o) => o.provider)).toEqual(['acme']);
    expect(m?.offerings[0]?.prices?.[0]).toMatchObject({ input: 1, output: 4 });
    expect(m?.encoding).toBe('o200k_base');
    expect(JSON.stringify(pricing)).not.toContain('List price.');
  });

  test('a model file holds its comparison column and prices', () => {
    const file = buildDataFiles(factoryCatalog(), day).models.get('test-model');
    const body = parse<ModelFile>(file?.body ?? '{}');
    expect(body.compare.cells['price:input']?.[0]?.text).toBe(formatPrice(1));
    expect(body.priced.id).toBe('test-model');
  });

  test.each([
    { name: 'nested notes', value: { a: [{ note: 'x', b: 1 }] }, out: { a: [{ b: 1 }] } },
    { name: 'plain values', value: [1, 'note', null], out: [1, 'note', null] },
  ])('withoutNotes drops $name only', ({ value, out }) => {
    expect(withoutNotes(value)).toEqual(out);
  });
});
