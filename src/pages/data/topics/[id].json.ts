/** /data/topics/<id>.json: one topic's open data, with its articles' ids; shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { topicFilePaths } from '../../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => topicFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => Response.json(props.file);
