/** /data/timeline.json: every event in Knight Lab TimelineJS's JSON format (publications are in /data/timeline/<year>.json). */
import type { APIRoute } from 'astro';
import { SITE_TITLE } from '../../consts.ts';
import { timelineFileData } from '../../lib/pages/open-data-files.ts';

export const GET: APIRoute = async ({ site }) => Response.json(await timelineFileData(site!, SITE_TITLE));
