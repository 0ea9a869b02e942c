/** /data/topics/<id>/<page>.json: a later page of one topic's articles' ids; shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { topicFilePaths } from '../../../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => topicFilePaths(true)) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => Response.json(props.file);
