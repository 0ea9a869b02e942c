/** /data/timeline.json: every event in Knight Lab TimelineJS's JSON format (publications are in /data/timeline/<year>.json). */
import type { APIRoute } from 'astro';
import { SITE_TITLE } from '../../consts.ts';
import { getArchive } from '../../lib/pages/archive.ts';
import { timelineJsFile } from '../../lib/citing/open-data.ts';

export const GET: APIRoute = async ({ site }) => Response.json(timelineJsFile(await getArchive(), site!, SITE_TITLE));
