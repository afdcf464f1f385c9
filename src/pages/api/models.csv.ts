import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/models';
import { modelsCsv } from '../../lib/api/export';
import { citedSources } from '../../lib/models/refs';
import { today } from '../../lib/site';

export const GET: APIRoute = async () =>
  new Response(modelsCsv(await getCatalog(), today(), citedSources), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
