/**
 * /data/articles.json, /data/entities.json, /data/events.json and their
 * later pages (/data/articles-2.json…): the paged indexes of open data.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/pages/archive.ts';
import { articleIndexFile, entityIndexFile, eventIndexFile, indexFilePath, indexPages, type OpenDataIndex } from '../../lib/citing/open-data.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  return indexPages(archive).map(({ index, page }) => ({ params: { index: indexFilePath(index, page).replace(/\.json$/, '') }, props: { index, page } }));
}) satisfies GetStaticPaths;

const FILES = { articles: articleIndexFile, entities: entityIndexFile, events: eventIndexFile } as const;

export const GET: APIRoute<{ index: OpenDataIndex; page: number }> = async ({ props, site }) =>
  Response.json(FILES[props.index](await getArchive(), site!, props.page));
