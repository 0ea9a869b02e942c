/** /data/entities/<id>.json: one entity's open data, with its mentions; shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { entityFilePaths } from '../../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => entityFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => Response.json(props.file);
