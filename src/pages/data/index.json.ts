/** /data/index.json: the open data catalogue, listing every file to fetch; shapes in src/schemas/open-data.ts. */
import type { APIRoute } from 'astro';
import { catalogueData } from '../../lib/pages/open-data-files.ts';

export const GET: APIRoute = async ({ site }) => Response.json(await catalogueData(site!));
