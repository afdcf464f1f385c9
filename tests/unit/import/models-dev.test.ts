import { describe, expect, test } from 'vitest';
import {
  foldLatest,
  importModelsDev,
  inherit,
  type BaseRecord,
  type ServedRecord,
} from '../../../scripts/import/models-dev';
import { modelSchema } from '../../../src/schemas';
import fixture from '../../fixtures/import/models-dev.json';

const snap = {
  repo: 'anomalyco/models.dev',
  commit: 'f'.repeat(40),
  date: '2026-07-02',
  licence: 'MIT.',
};
const bases = fixture.bases as BaseRecord[];
const served = fixture.served as ServedRecord[];

describe('models.dev import', () => {
  const result = importModelsDev(bases, served, new Set(['hand-model']), snap);
  const acme = result.models.find((m) => m.id === 'acme-1')!;
  const offerings = acme.spec['offerings'] as Record<string, unknown>[];

  test('a model served by two providers is one model with one offering each', () => {
    expect(result.models.map((m) => m.id)).toEqual(['acme-1']);
    expect(offerings.map((o) => o['provider'])).toEqual(['acme', 'bedrock']);
  });

  test('provider model ids become aliases', () => {
    expect(acme.spec['aliases']).toEqual(['acme.acme-1']);
  });

  test('a base_model record inherits the model record, keeping its own prices', () => {
    expect(inherit({ cost: { input: 2 } }, { cost: { input: 1, output: 3 }, name: 'A' })).toEqual({
      cost: { input: 2, output: 3 },
      name: 'A',
    });
  });

  test('every imported figure cites the snapshot file, at its commit, and never speaks for the provider', () => {
    const src = result.sources['mdv-p-amazon-bedrock-models-acme.acme-1']!;
    expect(src['url']).toBe(
      `https://github.com/anomalyco/models.dev/blob/${'f'.repeat(40)}/providers/amazon-bedrock/models/acme.acme-1.toml`,
    );
    expect(src).not.toHaveProperty('speaksFor');
    expect(src['note']).toContain('MIT');
  });

  test('a model a hand-written file describes is left to that file', () => {
    expect(result.skippedHandWritten).toEqual(['models/acme/hand-model.toml']);
  });

  test('the embedding model is left out', () => {
    expect(result.models.some((m) => m.id.includes('embed'))).toBe(false);
  });

  test('the zero price is refused and logged, and the offering says its prices are unknown', () => {
    const bedrock = offerings.find((o) => o['provider'] === 'bedrock')!;
    expect(bedrock['pricesMissing']).toMatchObject({ state: 'unknown' });
    expect(result.rejections.map((r) => `${r.file} ${r.field}`)).toContain(
      'providers/amazon-bedrock/models/acme.acme-1.toml cost.input',
    );
  });

  test('the generated spec passes the site schema', () => {
    expect(modelSchema.safeParse(acme.spec).success).toBe(true);
  });
});

describe('moving "(latest)" aliases', () => {
  const text = { input: ['text'], output: ['text'] };
  const base = (id: string, name: string): BaseRecord => ({
    file: `models/acme/${id}.toml`,
    lab: 'acme',
    id,
    data: { name, limit: { context: 128000, output: 8000 }, modalities: text },
  });
  const offer = (provider: string, apiId: string): ServedRecord => ({
    file: `providers/${provider}/models/${apiId}.toml`,
    provider,
    apiId,
    data: { base_model: `acme/${apiId.replace(/^acme\./, '')}`, cost: { input: 1, output: 4 } },
  });
  const result = importModelsDev(
    [...bases, base('acme-1-latest', 'Acme 1 (latest)'), base('acme-2-latest', 'Acme 2 (latest)')],
    [
      ...served,
      offer('acme', 'acme-1-latest'),
      offer('openrouter', 'acme-1-latest'),
      offer('acme', 'acme-2-latest'),
    ],
    new Set(['hand-model']),
    snap,
  );
  const acme = result.models.find((m) => m.id === 'acme-1')!;

  test('an alias named for a model of the same maker resolves to it, and adds only new providers', () => {
    expect(result.folded).toEqual(['acme-1-latest → acme-1']);
    expect(result.models.map((m) => m.id)).not.toContain('acme-1-latest');
    expect(acme.spec['aliases']).toEqual(['acme-1-latest', 'acme.acme-1']);
    const offerings = acme.spec['offerings'] as Record<string, unknown>[];
    expect(offerings.map((o) => `${String(o['provider'])} ${String(o['apiId'])}`)).toEqual([
      'acme acme-1',
      'bedrock acme.acme-1',
      'openrouter acme-1-latest',
    ]);
    expect(modelSchema.safeParse(acme.spec).success).toBe(true);
  });

  test('an alias whose model no record names stays a model of its own', () => {
    expect(result.models.map((m) => m.id)).toContain('acme-2-latest');
  });

  test('two models bearing the name: the alias is left alone, as no one can say which', () => {
    const m = (id: string, name: string) => ({
      id,
      maker: 'acme',
      spec: { name, aliases: [], offerings: [{ provider: 'acme', apiId: id }] },
    });
    const models = [m('a', 'A'), m('a-2', 'A'), m('a-latest', 'A (latest)')];
    expect(foldLatest(models)).toEqual([]);
    expect(models).toHaveLength(3);
  });
});
