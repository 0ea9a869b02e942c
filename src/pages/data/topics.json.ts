/** /data/topics.json: open data; shape in src/schemas/open-data.ts. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/pages/archive.ts';
import { topicsFile } from '../../lib/citing/open-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(topicsFile(await getArchive(), site!));
