/**
 * /search/filters.json: the former names of filter values (a renamed topic),
 * by filter: { "topic": { "old name": "current name" } }. The search page
 * fetches it only when a URL gives a filter value the index does not hold,
 * so that old links keep working (src/lib/search/search-state.ts, `reconcileFilters`).
 */
import type { APIRoute } from 'astro';
import { formerFilterNames } from '../../lib/pages/indexes.ts';

export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(await formerFilterNames()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
