import { expect, test } from './fixtures';

test('open data: JSON with sources, CSV with a row per model, and the JSON Schema', async ({
  request,
}) => {
  const json = await (await request.get('/api/models.json')).json();
  const gpt41 = json.models.find((m: { id: string }) => m.id === 'gpt-4.1');
  expect(gpt41.limits.contextWindow.map((c: { value: number }) => c.value)).toEqual(
    expect.arrayContaining([1047576, 1048576]),
  );
  expect(json.sources[gpt41.limits.contextWindow[0].source].url).toMatch(/^https:\/\//);

  const csv = await (await request.get('/api/models.csv')).text();
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toMatch(/^id,name,maker,/);
  expect(lines.length - 1).toBe(json.models.length);
  expect(lines.find((l) => l.startsWith('gpt-4.1,'))).toContain(',1047576,');

  const schema = await (await request.get('/api/schema.json')).json();
  expect(schema.$defs.model.required).toEqual(
    expect.arrayContaining(['name', 'maker', 'limits', 'offerings']),
  );
  expect(schema.$defs.model.additionalProperties).toBe(false);
});
