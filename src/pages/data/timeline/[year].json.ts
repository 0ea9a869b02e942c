/** /data/timeline/<year>.json: the first page of one year's events and publications (later pages: timeline/[year]/[page].json.ts) in Knight Lab TimelineJS's JSON format. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { SITE_TITLE } from '../../../consts.ts';
import { timelineYearFilePaths } from '../../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => timelineYearFilePaths(SITE_TITLE, false)) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => Response.json(props.file);
