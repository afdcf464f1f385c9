import type { APIRoute } from 'astro';
import { specJsonSchema } from '../../lib/api/json-schema';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(specJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
