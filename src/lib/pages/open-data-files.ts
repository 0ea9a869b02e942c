/**
 * The open data files under /data/, as their endpoints serve them: each
 * reads the archive and hands it to the shapes in src/lib/citing/open-data.ts.
 * `site` is the origin absolute URLs use (the endpoint's `site`, the
 * configured SITE_URL). Files with static paths get their content as props,
 * with a cache key over it, so an incremental build writes again only the
 * files whose content changed (src/lib/pages/cache-keys.ts).
 */
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
} from '../citing/open-data.ts';
import { settings } from '../../settings.ts';
import { getArchive } from './archive.ts';
import { withCacheKeys } from './cache-keys.ts';

/** The origin absolute URLs use, as Astro hands it to endpoints (`site`). */
function configuredSite(): URL {
  return new URL(settings().siteUrl);
}

/** /data/index.json: the catalogue of every file. */
export async function catalogueData(site: URL) {
  return catalogueFile(await getArchive(), site);
}

/** The paged indexes' paths (/data/articles.json, /data/articles-2.json …), each with the page it serves. */
export async function indexFilePaths(site: URL = configuredSite()) {
  const archive = await getArchive();
  return withCacheKeys(
    indexPages(archive).map(({ index, page }) => ({
      params: { index: indexFilePath(index, page).replace(/\.json$/, '') },
      props: { file: INDEX_FILES[index](archive, site, page) },
    })),
  );
}

const INDEX_FILES = { articles: articleIndexFile, entities: entityIndexFile, events: eventIndexFile } as const;

/** The paths of the article files, /data/articles/<id>.json, each with the file it serves. */
export async function articleFilePaths(site: URL = configuredSite()) {
  const archive = await getArchive();
  return withCacheKeys(archive.articles.map((article) => ({ params: { id: article.id }, props: { file: articleFile(article, site) } })));
}

/** The paths of the entity files, /data/entities/<id>.json, each with the file it serves (the entity and its mentions). */
export async function entityFilePaths(site: URL = configuredSite()) {
  const archive = await getArchive();
  return withCacheKeys(
    archive.entities.map((entity) => ({ params: { id: entity.id }, props: { file: entityFile(archive, entity, site) } })),
  );
}

/** /data/topics.json. */
export async function topicsData(site: URL) {
  return topicsFile(await getArchive(), site);
}

/** The paths of the topic files, /data/topics/<id>.json, each with the file it serves (the topic and its articles' ids). */
export async function topicFilePaths(site: URL = configuredSite()) {
  const archive = await getArchive();
  return withCacheKeys(archive.topics.map((topic) => ({ params: { id: topic.id }, props: { file: topicFile(archive, topic, site) } })));
}

/** /data/timeline.json: every event in TimelineJS's format. */
export async function timelineFileData(site: URL, title: string) {
  return timelineJsFile(await getArchive(), site, title);
}

/** The paths of the year files, /data/timeline/<year>.json, each with the file it serves (TimelineJS's format). */
export async function timelineYearFilePaths(title: string, site: URL = configuredSite()) {
  const archive = await getArchive();
  return withCacheKeys(
    timelineYears(archive).map((year) => ({
      params: { year: String(year) },
      props: { file: timelineYearFile(archive, site, title, year) },
    })),
  );
}
