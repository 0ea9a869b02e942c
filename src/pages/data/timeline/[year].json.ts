/** /data/timeline/<year>.json: one year's events and publications in Knight Lab TimelineJS's JSON format. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { SITE_TITLE } from '../../../consts.ts';
import { timelineYearFileData, timelineYearFilePaths } from '../../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => timelineYearFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) =>
  Response.json(await timelineYearFileData(props.year, site!, SITE_TITLE));
