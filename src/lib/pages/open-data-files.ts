/**
 * The open data files under /data/, as their endpoints serve them: each
 * reads the archive and hands it to the shapes in src/lib/citing/open-data.ts.
 * `site` is the origin absolute URLs use (the endpoint's `site`, the
 * configured SITE_URL). Every list that grows with the archive is paged
 * (settings' `pageSizes.openData`): page 1 keeps the file's own path, later
 * pages have a route of their own. Files with static paths get their content as props,
 * with a cache key over it, so an incremental build writes again only the
 * files whose content changed (src/lib/pages/cache-keys.ts).
 */
import {
  articleFile,
  articleIndexFile,
  catalogueFile,
  entityFile,
  entityFilePages,
  entityIndexFile,
  eventIndexFile,
  indexFilePath,
  indexPages,
  timelineJsFile,
  timelineYearFile,
  timelineYearPages,
  timelineYears,
  topicFile,
  topicFilePages,
  topicsFile,
} from '../citing/open-data.ts';
import { settings } from '../../settings.ts';
import { getArchive } from './archive.ts';
import { withCacheKeys } from './cache-keys.ts';
import { fixityPages } from './fixity-file.ts';

/** The origin absolute URLs use, as Astro hands it to endpoints (`site`). */
function configuredSite(): URL {
  return new URL(settings().siteUrl);
}

/** Entries a page of every paged open data list. */
const pageSize = () => settings().pageSizes.openData;

/** Where a later page of a paged file goes: the `page` param, absent on page 1 (served by the file's own route). */
const later = (pages: number[]) => pages.filter((page) => page > 1);

/** /data/index.json: the catalogue of every file. */
export async function catalogueData(site: URL) {
  return catalogueFile(await getArchive(), site, pageSize());
}

/**
 * The paged files under a fixed name: the indexes (/data/articles.json,
 * /data/articles-2.json …) and the fixity manifest (/data/fixity.json …),
 * each with the file it serves and whether it is printed for reading (the
 * manifest is, so that a reader can check a hash by eye).
 */
export async function indexFilePaths(site: URL = configuredSite()) {
  const archive = await getArchive();
  const size = pageSize();
  const indexes = indexPages(archive, size).map(({ index, page }) => ({
    params: { index: indexFilePath(index, page).replace(/\.json$/, '') },
    props: { file: INDEX_FILES[index](archive, site, page, size) as object, readable: false },
  }));
  const fixity = (await fixityPages(site, size)).map(({ page, file }) => ({
    params: { index: indexFilePath('fixity', page).replace(/\.json$/, '') },
    props: { file: file as object, readable: true },
  }));
  return withCacheKeys([...indexes, ...fixity]);
}

const INDEX_FILES = { articles: articleIndexFile, entities: entityIndexFile, events: eventIndexFile } as const;

/** The paths of the article files, /data/articles/<id>.json, each with the file it serves. */
export async function articleFilePaths(site: URL = configuredSite()) {
  const archive = await getArchive();
  return withCacheKeys(archive.articles.map((article) => ({ params: { id: article.id }, props: { file: articleFile(article, site) } })));
}

/**
 * The paths of the entity files, /data/entities/<id>.json (`laterPages`
 * false) or their later pages /data/entities/<id>/<page>.json (true), each
 * with the file it serves (the entity and a page of its mentions).
 */
export async function entityFilePaths(laterPages: boolean, site: URL = configuredSite()) {
  const archive = await getArchive();
  const size = pageSize();
  return withCacheKeys(
    archive.entities.flatMap((entity) =>
      (laterPages ? later(entityFilePages(archive, entity, size)) : [1]).map((page) => ({
        params: { id: entity.id, ...(laterPages ? { page: String(page) } : {}) },
        props: { file: entityFile(archive, entity, site, page, size) },
      })),
    ),
  );
}

/** /data/topics.json. */
export async function topicsData(site: URL) {
  return topicsFile(await getArchive(), site);
}

/**
 * The paths of the topic files, /data/topics/<id>.json (`laterPages` false)
 * or their later pages /data/topics/<id>/<page>.json (true), each with the
 * file it serves (the topic and a page of its articles' ids).
 */
export async function topicFilePaths(laterPages: boolean, site: URL = configuredSite()) {
  const archive = await getArchive();
  const size = pageSize();
  return withCacheKeys(
    archive.topics.flatMap((topic) =>
      (laterPages ? later(topicFilePages(archive, topic, size)) : [1]).map((page) => ({
        params: { id: topic.id, ...(laterPages ? { page: String(page) } : {}) },
        props: { file: topicFile(archive, topic, site, page, size) },
      })),
    ),
  );
}

/** /data/timeline.json: every event in TimelineJS's format. */
export async function timelineFileData(site: URL, title: string) {
  return timelineJsFile(await getArchive(), site, title);
}

/**
 * The paths of the year files, /data/timeline/<year>.json (`laterPages`
 * false) or their later pages /data/timeline/<year>/<page>.json (true),
 * each with the file it serves (TimelineJS's format).
 */
export async function timelineYearFilePaths(title: string, laterPages: boolean, site: URL = configuredSite()) {
  const archive = await getArchive();
  const size = pageSize();
  return withCacheKeys(
    timelineYears(archive).flatMap((year) =>
      (laterPages ? later(timelineYearPages(archive, year, size)) : [1]).map((page) => ({
        params: { year: String(year), ...(laterPages ? { page: String(page) } : {}) },
        props: { file: timelineYearFile(archive, site, title, year, page, size) },
      })),
    ),
  );
}
