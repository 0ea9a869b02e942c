/** /data/timeline/<year>.json: one year's events and publications in Knight Lab TimelineJS's JSON format. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../../consts.ts';
import { getArchive } from '../../../lib/pages/archive.ts';
import { timelineYearFile, timelineYears } from '../../../lib/citing/open-data.ts';

export const getStaticPaths = (async () => timelineYears(await getArchive()).map((year) => ({ params: { year: String(year) }, props: { year } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number }> = async ({ props, site }) => Response.json(timelineYearFile(await getArchive(), site!, SITE_TITLE, props.year));
