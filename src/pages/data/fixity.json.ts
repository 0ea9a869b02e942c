/** /data/fixity.json: the SHA-256 of every article's capture and Markdown copy (src/lib/citing/fixity.ts). */
import type { APIRoute } from 'astro';
import { fixityData } from '../../lib/pages/fixity-file.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(await fixityData(site!), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
