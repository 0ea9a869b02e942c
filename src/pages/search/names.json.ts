/**
 * /search/names.json: every entity's names, kind and id, which the search page
 * reads with the first search to recognise a name in any romanisation and to
 * suggest names when nothing matches (src/lib/search/name-index.ts).
 */
import type { APIRoute } from 'astro';
import { searchNameIndex } from '../../lib/pages/indexes.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchNameIndex()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
