import { describe, expect, test } from 'vitest';
import { columnOn } from '../../../src/lib/compare/column';
import { allModelsView } from '../../../src/lib/views/all-models';
import { benchmarksView } from '../../../src/lib/views/benchmarks';
import { calculatorView } from '../../../src/lib/views/calculator';
import { compareIndexView, matchupView, modelFiles } from '../../../src/lib/views/compare';
import { counterRows } from '../../../src/lib/views/counter-rows';
import { dataFiles } from '../../../src/lib/views/data-files';
import type { PricingFile } from '../../../src/lib/views/data-types';
import { judgedOn, readerDay } from '../../../src/lib/views/reader-day';
import { withoutRetired } from '../../../src/lib/views/retired';
import { tokensView } from '../../../src/lib/views/tokens';
import { factoryCatalog } from './factory-catalog';

const day = '2025-03-01';
const catalog = factoryCatalog();

describe('the indexed catalog', () => {
  test('finds a model, provider and source by id, beside the arrays', () => {
    expect(catalog.byId.models.get('old-model')?.name).toBe('Old Model');
    expect(catalog.byId.providers.get('host')?.name).toBe('Host');
    expect(catalog.byId.sources.get('acme-docs')?.publisher).toBe('Acme');
    expect(catalog.models).toHaveLength(2);
  });
});

describe('page views pass URLs, not the catalog', () => {
  const urls = dataFiles(catalog, day).urls;
  test.each([
    { page: '/calculator/', url: calculatorView(catalog, day).pricingUrl, want: urls.pricing },
    { page: '/tokens/', url: tokensView(catalog, day).pricingUrl, want: urls.pricing },
    { page: '/benchmarks/', url: benchmarksView(catalog, day).chartsUrl, want: urls.charts },
    { page: '/compare/', url: compareIndexView(catalog, day).indexUrl, want: urls.index },
  ])('$page fetches its data from the build’s file', ({ url, want }) => {
    expect(url).toBe(want);
  });

  test('the calculator names each offering’s provider', () => {
    expect(calculatorView(catalog, day).providerNames).toMatchObject({
      acme: 'Acme',
      host: 'Host',
    });
  });

  test('a match-up carries only its own models, in its order; unknown ids are left out', () => {
    const view = matchupView(catalog, day, ['test-model', 'nope', 'old-model']);
    expect(view.entries.map((e) => e.compare.id)).toEqual(['test-model', 'old-model']);
    expect(view.title).toBe('Test Model vs Old Model');
    expect(modelFiles(catalog, day, ['old-model'])).toHaveLength(1);
  });
});

describe('the reader’s day', () => {
  test('is the date of the reader’s own calendar, not UTC’s', () => {
    expect(readerDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(readerDay(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });

  test.each([
    {
      name: 'a past asof reproduces its day',
      asOf: '2025-01-10',
      reader: '2026-01-01',
      want: '2025-01-10',
    },
    {
      name: 'no asof: the reader’s day',
      asOf: undefined,
      reader: '2026-01-01',
      want: '2026-01-01',
    },
    {
      name: 'asof of the build: the reader’s day',
      asOf: day,
      reader: '2026-01-01',
      want: '2026-01-01',
    },
    {
      name: 'a clock behind the build: the build’s day',
      asOf: undefined,
      reader: '2024-01-01',
      want: day,
    },
  ])('eligibility is judged on: $name', ({ asOf, reader, want }) => {
    expect(judgedOn(asOf, day, reader)).toBe(want);
  });

  test('a model whose shutdown passed after the build reads Retired on the reader’s day', () => {
    const [old] = modelFiles(catalog, day, ['old-model']);
    if (!old) throw new Error('old-model missing');
    expect(columnOn(old, '2025-05-31').cells['status']?.[0]?.text).toBe('Deprecated');
    expect(columnOn(old, '2025-06-01').cells['status']?.[0]?.text).toBe('Retired');
  });

  test('the counter marks a model retired from its shutdown day on', () => {
    const pricing = JSON.parse(dataFiles(catalog, day).pricing.body) as PricingFile;
    const retired = (d: string) =>
      counterRows(pricing.models, d)
        .filter((m) => m.retired)
        .map((m) => m.id);
    expect(retired('2025-05-31')).toEqual([]);
    expect(retired('2025-06-01')).toEqual(['old-model']);
  });
});

describe('retired models are hidden by default', () => {
  const models = catalog.models;
  test.each([
    {
      name: 'before the shutdown, nothing hidden',
      day: '2025-05-31',
      show: false,
      ids: ['old-model', 'test-model'],
      hidden: 0,
    },
    {
      name: 'from the shutdown day, hidden and counted',
      day: '2025-06-01',
      show: false,
      ids: ['test-model'],
      hidden: 1,
    },
    {
      name: 'retired=1 lists it again',
      day: '2025-06-01',
      show: true,
      ids: ['old-model', 'test-model'],
      hidden: 0,
    },
  ])('$name', ({ day: d, show, ids, hidden }) => {
    const r = withoutRetired(models, d, show);
    expect(r.shown.map((m) => m.id)).toEqual(ids);
    expect(r.hidden).toBe(hidden);
  });
});

describe('the page of every model', () => {
  test('groups models under their maker by name, with their status on the day', () => {
    const groups = allModelsView(catalog, '2025-07-01');
    expect(groups.map((g) => g.maker.name)).toEqual(['Acme']);
    expect(groups[0]?.models).toEqual([
      { id: 'old-model', name: 'Old Model', status: 'retired' },
      { id: 'test-model', name: 'Test Model', status: 'active' },
    ]);
    expect(allModelsView(catalog, day)[0]?.models[0]?.status).toBe('deprecated');
  });
});
