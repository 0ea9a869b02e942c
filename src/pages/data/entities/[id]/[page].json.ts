/** /data/entities/<id>/<page>.json: a later page of one entity's mentions; shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { entityFilePaths } from '../../../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => entityFilePaths(true)) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => Response.json(props.file);
