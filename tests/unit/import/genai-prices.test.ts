import { describe, expect, test } from 'vitest';
import { matches, type GpProvider } from '../../../scripts/import/genai-prices';
import {
  importModelsDev,
  type BaseRecord,
  type ServedRecord,
} from '../../../scripts/import/models-dev';
import { modelSchema } from '../../../src/schemas';
import { scheduleAt } from '../../../src/lib/models/pricing';
import type { Offering } from '../../../src/schemas';
import md from '../../fixtures/import/models-dev.json';
import gpFixture from '../../fixtures/import/genai-prices.json';

const snap = {
  repo: 'anomalyco/models.dev',
  commit: 'f'.repeat(40),
  date: '2026-07-02',
  licence: 'MIT.',
};
const gp = {
  repo: 'pydantic/genai-prices',
  commit: 'a'.repeat(40),
  date: '2026-08-21',
  licence: 'MIT.',
  providers: gpFixture.providers as GpProvider[],
};

describe('genai-prices import', () => {
  const result = importModelsDev(
    md.bases as BaseRecord[],
    md.served as ServedRecord[],
    new Set(['hand-model']),
    snap,
    gp,
  );
  const acme = result.models.find((m) => m.id === 'acme-1')!;
  const offering = (acme.spec['offerings'] as Offering[]).find((o) => o.provider === 'acme')!;

  test('dated constraints become dated schedules; the undated launch price takes the release day', () => {
    expect(offering.prices?.map((s) => [s.effective, s.input, s.output])).toEqual([
      ['2025-01-01', 2, 8],
      ['2025-03-01', 1, 4],
    ]);
    expect(scheduleAt(offering, '2025-02-15')?.input).toBe(2);
    expect(scheduleAt(offering, '2025-03-01')?.input).toBe(1);
  });

  test('a tiered price becomes a whole-request long-context tier', () => {
    expect(offering.prices?.[1]?.tiers).toEqual([
      { above: 64000, counts: 'input', appliesTo: 'whole-request', input: 2 },
    ]);
  });

  test('models.dev disagreeing on the day it dates is kept beside genai-prices, each with its source', () => {
    const first = offering.prices![0]!;
    expect(first.source).toBe('gpr-acme');
    expect(first.alternatives).toEqual([
      expect.objectContaining({ source: 'mdv-p-acme-models-acme-1', input: 1, output: 4 }),
    ]);
  });

  test('the genai-prices file is a source record at its commit that speaks for no provider', () => {
    expect(result.sources['gpr-acme']).toMatchObject({
      kind: 'dataset',
      url: `https://github.com/pydantic/genai-prices/blob/${'a'.repeat(40)}/prices/providers/acme.yml`,
    });
    expect(result.sources['gpr-acme']).not.toHaveProperty('speaksFor');
  });

  test('a price by time of day is refused and logged; unmatched records are counted', () => {
    expect(result.rejections.map((r) => r.reason)).toContain(
      'a price by time of day (off-peak), which a dated schedule cannot hold',
    );
    expect(result.gpUnmatched).toEqual([
      'prices/providers/acme.yml#acme-lost',
      'prices/providers/openrouter.yml#ai21/jamba-embed',
      'prices/providers/openrouter.yml#unknownlab/model-x',
    ]);
  });

  test('the merged spec passes the site schema', () => {
    const parsed = modelSchema.safeParse(acme.spec);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  test('a text model of a listed maker only genai-prices knows becomes a model, its other figures unknown', () => {
    const jamba = result.models.find((m) => m.id === 'jamba-9')!;
    expect(jamba.maker).toBe('ai21');
    const spec = modelSchema.parse(jamba.spec);
    expect(spec.offerings[0]).toMatchObject({ provider: 'openrouter', apiId: 'ai21/jamba-9' });
    expect(spec.offerings[0]!.prices?.[0]).toMatchObject({
      effective: '2026-08-21',
      source: 'gpr-openrouter',
      input: 2,
      output: 8,
    });
    expect(spec.lifecycle.released).toEqual([expect.objectContaining({ state: 'unknown' })]);
    expect(result.models.map((m) => m.id)).not.toContain('jamba-embed');
    expect(result.models.map((m) => m.id)).not.toContain('model-x');
  });

  test('match clauses: equals, starts_with and or', () => {
    const clause = gpFixture.providers[0]!.data.models[0]!.match;
    expect(matches(clause, 'acme-1')).toBe(true);
    expect(matches(clause, 'acme-1-2025')).toBe(true);
    expect(matches(clause, 'acme-10')).toBe(false);
  });
});
