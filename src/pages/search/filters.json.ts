/**
 * /search/filters.json: the former names of filter values (a renamed topic),
 * by filter: { "topic": { "old name": "current name" } }. The search page
 * fetches it only when a URL gives a filter value the index does not hold,
 * so that old links keep working (src/lib/search-state.ts, `reconcileFilters`).
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/pages/archive.ts';

export const GET: APIRoute = async () => {
  const { topics } = await getArchive();
  const topic = Object.fromEntries(topics.flatMap((entry) => (entry.data.formerNames ?? []).map((former) => [former, entry.data.name] as const)));
  return new Response(JSON.stringify({ topic }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
