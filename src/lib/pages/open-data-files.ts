/**
 * The open data files under /data/, as their endpoints serve them: each
 * reads the archive and hands it to the shapes in src/lib/citing/open-data.ts.
 * `site` is the origin absolute URLs use (the endpoint's `site`).
 */
import type { CollectionEntry } from 'astro:content';
import {
  articleFile,
  articleIndexFile,
  catalogueFile,
  entityFile,
  entityIndexFile,
  eventIndexFile,
  indexFilePath,
  indexPages,
  timelineJsFile,
  timelineYearFile,
  timelineYears,
  topicFile,
  topicsFile,
  type OpenDataIndex,
} from '../citing/open-data.ts';
import { getArchive, type ArchiveArticle } from './archive.ts';

/** /data/index.json: the catalogue of every file. */
export async function catalogueData(site: URL) {
  return catalogueFile(await getArchive(), site);
}

/** The paged indexes' paths: /data/articles.json, /data/articles-2.json … */
export async function indexFilePaths() {
  return indexPages(await getArchive()).map(({ index, page }) => ({
    params: { index: indexFilePath(index, page).replace(/\.json$/, '') },
    props: { index, page },
  }));
}

const INDEX_FILES = { articles: articleIndexFile, entities: entityIndexFile, events: eventIndexFile } as const;

/** One page of one paged index. */
export async function indexFileData(index: OpenDataIndex, page: number, site: URL) {
  return INDEX_FILES[index](await getArchive(), site, page);
}

/** The paths of the article files, /data/articles/<id>.json. */
export async function articleFilePaths() {
  return (await getArchive()).articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}

/** One article's open data. */
export function articleFileData(article: ArchiveArticle, site: URL) {
  return articleFile(article, site);
}

/** The paths of the entity files, /data/entities/<id>.json. */
export async function entityFilePaths() {
  return (await getArchive()).entities.map((entity) => ({ params: { id: entity.id }, props: { entity } }));
}

/** One entity's open data, with its mentions. */
export async function entityFileData(entity: CollectionEntry<'entities'>, site: URL) {
  return entityFile(await getArchive(), entity, site);
}

/** /data/topics.json. */
export async function topicsData(site: URL) {
  return topicsFile(await getArchive(), site);
}

/** The paths of the topic files, /data/topics/<id>.json. */
export async function topicFilePaths() {
  return (await getArchive()).topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}

/** One topic's open data, with its articles' ids. */
export async function topicFileData(topic: CollectionEntry<'topics'>, site: URL) {
  return topicFile(await getArchive(), topic, site);
}

/** /data/timeline.json: every event in TimelineJS's format. */
export async function timelineFileData(site: URL, title: string) {
  return timelineJsFile(await getArchive(), site, title);
}

/** The paths of the year files, /data/timeline/<year>.json. */
export async function timelineYearFilePaths() {
  return timelineYears(await getArchive()).map((year) => ({ params: { year: String(year) }, props: { year } }));
}

/** One year's events and publications in TimelineJS's format. */
export async function timelineYearFileData(year: number, site: URL, title: string) {
  return timelineYearFile(await getArchive(), site, title, year);
}
