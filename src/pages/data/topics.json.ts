/** /data/topics.json: open data; shape in src/schemas/open-data.ts. */
import type { APIRoute } from 'astro';
import { topicsData } from '../../lib/pages/open-data-files.ts';

export const GET: APIRoute = async ({ site }) => Response.json(await topicsData(site!));
