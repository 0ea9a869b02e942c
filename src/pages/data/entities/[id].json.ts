/** /data/entities/<id>.json: one entity's open data, with the first page of its mentions (later pages: entities/[id]/[page].json.ts); shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { entityFilePaths } from '../../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => entityFilePaths(false)) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => Response.json(props.file);
