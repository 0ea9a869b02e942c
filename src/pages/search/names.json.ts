/**
 * /search/names.json: every entity's names and page, which the search page
 * reads with the first search to recognise a name in any romanisation and to
 * suggest names when nothing matches (src/lib/search/name-index.ts).
 */
import type { APIRoute } from 'astro';
import { getArchive, namesOf } from '../../lib/pages/archive.ts';
import { encodeNames } from '../../lib/search/name-index.ts';
import { entityUrl } from '../../lib/urls/urls.ts';

export const GET: APIRoute = async () => {
  const { entities } = await getArchive();
  const records = entities.map((entity) => ({ id: entity.id, kind: entity.data.kind, url: entityUrl(entity.data.kind, entity.id), names: namesOf(entity) }));
  return new Response(JSON.stringify(encodeNames(records)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
