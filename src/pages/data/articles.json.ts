/** /data/articles.json: open data; shape in src/schemas/open-data.ts. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { articlesFile } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(articlesFile(await getArchive(), site!));
