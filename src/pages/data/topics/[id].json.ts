/** /data/topics/<id>.json: one topic's open data, with its articles' ids; shape in src/schemas/open-data.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getArchive } from '../../../lib/pages/archive.ts';
import { topicFile } from '../../../lib/citing/open-data.ts';

export const getStaticPaths = (async () => (await getArchive()).topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: CollectionEntry<'topics'> }> = async ({ props, site }) => Response.json(topicFile(await getArchive(), props.topic, site!));
