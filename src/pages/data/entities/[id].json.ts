/** /data/entities/<id>.json: one entity's open data, with its mentions; shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { entityFileData, entityFilePaths } from '../../../lib/pages/open-data-files.ts';

export const getStaticPaths = (() => entityFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) =>
  Response.json(await entityFileData(props.entity, site!));
