/** /data/topics/<id>.json: one topic's open data, with the first page of its articles' ids (later pages: topics/[id]/[page].json.ts); shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { topicFilePaths } from '../../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => topicFilePaths(false)) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => Response.json(props.file);
