/** /data/index.json: the open data catalogue, listing every file to fetch; shapes in src/schemas/open-data.ts. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/pages/archive.ts';
import { catalogueFile } from '../../lib/citing/open-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(catalogueFile(await getArchive(), site!));
