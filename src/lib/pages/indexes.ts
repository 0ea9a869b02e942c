/**
 * The data of the site's single pages that list the whole archive: the topic
 * index, the timeline's index of years, the figures page and the search
 * page's name index. Each reads the archive once per build.
 */
import type { CollectionEntry } from 'astro:content';
import { encodeNames } from '../search/name-index.ts';
import { aliasKeywords } from '../search/search-terms.ts';
import { getArchive, namesOf } from './archive.ts';
import { figuresPageData, timelinePages } from './page-data.ts';
import { topByCount, topicContents } from './selections.ts';

/** The topic index: every topic with how many articles it files. */
export async function topicIndexData() {
  const archive = await getArchive();
  return { topics: archive.topics.map((topic) => ({ topic, articleCount: topicContents(archive, topic.id).articles.length })) };
}

/** Up to this many events in all, the timeline's index lists every event under its year: a small archive's timeline on one page. */
const LIST_EVENTS_UP_TO = 40;

/**
 * The timeline's index: each year with its counts, months and page count, and
 * (for a small archive) each year's events. The most recent year comes first,
 * so a reader on a phone sees it without scrolling past the years before it.
 */
export async function timelineIndexData() {
  const timeline = timelinePages(await getArchive());
  const { years } = timeline;
  const eventCount = years.reduce((sum, year) => sum + year.events, 0);
  const eventsByYear = new Map<number, CollectionEntry<'events'>[]>();
  if (eventCount <= LIST_EVENTS_UP_TO) {
    for (const { year, page } of timeline.pages) {
      for (const entry of page.items) {
        if (entry.kind !== 'event') continue;
        if (!eventsByYear.has(year)) eventsByYear.set(year, []);
        eventsByYear.get(year)!.push(entry.event);
      }
    }
  }
  return { years: [...years].reverse(), eventsByYear };
}

/** The figures page: every figure looked up, and the search tokens of every entity a figure is about or quotes. */
export async function figuresIndexData() {
  const { figures, names } = figuresPageData(await getArchive());
  // Every entity a figure is about or quotes, so the page is found by any spelling of their names.
  return { figures, searchAliases: aliasKeywords(names) };
}

/** /search/names.json: every entity's names, kind and id, encoded for the search page (src/lib/search/name-index.ts). */
export async function searchNameIndex() {
  const { entities } = await getArchive();
  return encodeNames(
    entities.map((entity) => ({
      id: entity.id,
      kind: entity.data.kind,
      names: namesOf(entity),
    })),
  );
}

/** How many topics, places and people the search page offers as ways in, at any archive size. */
const SEARCH_START_LINKS = 12;

/**
 * The search page's ways in, shown for an empty or failed search: the topics,
 * places and people filed under the most articles (a bounded number, so the
 * page stays one round trip at any size), in name order.
 */
export async function searchStartData(limit = SEARCH_START_LINKS) {
  const archive = await getArchive();
  const articlesPerEntity = new Map<string, number>();
  for (const article of archive.articles)
    for (const id of new Set(article.data.entities)) articlesPerEntity.set(id, (articlesPerEntity.get(id) ?? 0) + 1);
  const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
    a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' });
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
  return {
    topic: Object.fromEntries(
      topics.flatMap((entry) => (entry.data.formerNames ?? []).map((former) => [former, entry.data.name] as const)),
    ),
  };
}
