/** /data/entities/<id>.json: one entity's open data, with its mentions; shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getArchive } from '../../../lib/pages/archive.ts';
import { entityFile } from '../../../lib/citing/open-data.ts';

export const getStaticPaths = (async () => (await getArchive()).entities.map((entity) => ({ params: { id: entity.id }, props: { entity } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entity: CollectionEntry<'entities'> }> = async ({ props, site }) => Response.json(entityFile(await getArchive(), props.entity, site!));
