import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../data/models';
import { dataFiles } from '../../lib/views/data-files';
import { today } from '../../lib/site';

/** The data files islands fetch (src/lib/views/data-files.ts builds them). */
export const getStaticPaths = (async () => {
  const files = dataFiles(await getCatalog(), today());
  return files.all.map((f) => ({ params: { file: f.param }, props: { body: f.body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
