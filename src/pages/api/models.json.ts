import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/models';
import { modelsJson } from '../../lib/api/export';
import { today } from '../../lib/site';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(modelsJson(await getCatalog(), today()), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
