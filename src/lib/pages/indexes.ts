/**
 * The data of the site's single pages that list the whole archive: the topic
 * index, the timeline's index of years, the figures page and the search
 * page's name index. Each reads the archive once per build.
 */
import { encodeNames } from '../search/name-index.ts';
import { aliasKeywords } from '../search/search-terms.ts';
import { entityUrl } from '../urls/urls.ts';
import { getArchive, namesOf } from './archive.ts';
import { figuresPageData, timelinePages } from './page-data.ts';
import { topByCount, topicContents } from './selections.ts';

/** The topic index: every topic with how many articles it files. */
export async function topicIndexData() {
  const archive = await getArchive();
  return { topics: archive.topics.map((topic) => ({ topic, articleCount: topicContents(archive, topic.id).articles.length })) };
}

/** The timeline's index: each year with its counts, months and page count. */
export async function timelineIndexData() {
  return { years: timelinePages(await getArchive()).years };
}

/** The figures page: every figure looked up, and the search tokens of every entity a figure is about or quotes. */
export async function figuresIndexData() {
  const { figures, names } = figuresPageData(await getArchive());
  // Every entity a figure is about or quotes, so the page is found by any spelling of their names.
  return { figures, searchAliases: aliasKeywords(names) };
}

/** /search/names.json: every entity's names and page, encoded for the search page (src/lib/search/name-index.ts). */
export async function searchNameIndex() {
  const { entities } = await getArchive();
  return encodeNames(entities.map((entity) => ({ id: entity.id, kind: entity.data.kind, url: entityUrl(entity.data.kind, entity.id), names: namesOf(entity) })));
}

/** How many topics, places and people the search page offers as ways in, at any archive size. */
export const SEARCH_START_LINKS = 12;

/**
 * The search page's ways in, shown for an empty or failed search: the topics,
 * places and people filed under the most articles (a bounded number, so the
 * page stays one round trip at any size), in name order.
 */
export async function searchStartData(limit = SEARCH_START_LINKS) {
  const archive = await getArchive();
  const articlesPerEntity = new Map<string, number>();
  for (const article of archive.articles) for (const id of new Set(article.data.entities)) articlesPerEntity.set(id, (articlesPerEntity.get(id) ?? 0) + 1);
  const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' });
  const entitiesOfKind = (kind: string) =>
    topByCount(
      archive.entities.filter((entity) => entity.data.kind === kind),
      (entity) => articlesPerEntity.get(entity.id) ?? 0,
      limit,
    ).toSorted(byName);
  return {
    topics: topByCount(archive.topics, (topic) => topicContents(archive, topic.id).articles.length, limit).toSorted(byName),
    places: entitiesOfKind('place'),
    people: entitiesOfKind('person'),
  };
}

/** /search/filters.json: the former names of filter values, by filter ({ topic: { "old name": "current name" } }). */
export async function formerFilterNames() {
  const { topics } = await getArchive();
  return { topic: Object.fromEntries(topics.flatMap((entry) => (entry.data.formerNames ?? []).map((former) => [former, entry.data.name] as const))) };
}
