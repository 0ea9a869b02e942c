/**
 * Builds the open data files from the loaded archive, in the shapes declared
 * in src/schemas/open-data.ts: a catalogue, paged indexes and one file per
 * article, entity and topic, so no file grows with the archive unbounded. Every URL is absolute and respects the base
 * path; nothing time-dependent goes in, so rebuilds give identical files.
 */
import type { CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import type {
  articleFileSchema,
  articleIndexFileSchema,
  catalogueFileSchema,
  entityFileSchema,
  entityIndexFileSchema,
  eventIndexFileSchema,
  timelineJsFileSchema,
  topicFileSchema,
  topicsFileSchema,
} from '../../schemas/open-data.ts';
import { OPEN_DATA_INDEX_PAGE_SIZE, OPEN_DATA_VERSION } from '../../schemas/open-data.ts';
import type { Archive, ArchiveArticle } from '../pages/archive.ts';
import { pageCount } from '../pages/pagination.ts';
import { formatPartialDate, type PartialDate } from '../core/dates.ts';
import { topicContents } from '../pages/selections.ts';
import { timelineAnchor } from '../urls/anchors.ts';
import { absoluteUrl, articleUrl, entityUrl, eventUrl, openDataUrl, paragraphUrl, timelineUrl, topicUrl } from '../urls/urls.ts';
import { escapeHtml } from '../core/escapes.ts';

/** A partial date as open data: { date, precision }. */
function dated(date: PartialDate) {
  return { date: date.iso, precision: date.precision };
}

/** The open data indexes published a page at a time. */
export type OpenDataIndex = 'articles' | 'entities' | 'events';

/** Path under /data/ of page `page` of an index: "articles.json", then "articles-2.json"… */
export function indexFilePath(index: OpenDataIndex, page: number): string {
  return page === 1 ? `${index}.json` : `${index}-${page}.json`;
}

/** Absolute URL of an open data file from its path under /data/. */
function dataUrl(path: string, site: URL): string {
  return absoluteUrl(openDataUrl(path), site);
}

/** How many entries each index has. */
function indexLength(archive: Archive, index: OpenDataIndex): number {
  return archive[index].length;
}

/** Every page of every index, as { index, page } pairs, for the endpoint's static paths. */
export function indexPages(archive: Archive): { index: OpenDataIndex; page: number }[] {
  return (['articles', 'entities', 'events'] as const).flatMap((index) =>
    Array.from({ length: pageCount(indexLength(archive, index), OPEN_DATA_INDEX_PAGE_SIZE) }, (_, offset) => ({ index, page: offset + 1 })),
  );
}

/** The paging fields of page `page` of an index, and that page's slice of `items`. */
function indexPage<T>(index: OpenDataIndex, items: readonly T[], page: number, site: URL) {
  const pages = pageCount(items.length, OPEN_DATA_INDEX_PAGE_SIZE);
  if (!Number.isInteger(page) || page < 1 || page > pages)
    throw new Error(`the ${index} index has ${pages} page(s); there is no page ${page}`);
  return {
    fields: {
      version: OPEN_DATA_VERSION as typeof OPEN_DATA_VERSION,
      page,
      pageCount: pages,
      total: items.length,
      ...(page > 1 ? { prev: dataUrl(indexFilePath(index, page - 1), site) } : {}),
      ...(page < pages ? { next: dataUrl(indexFilePath(index, page + 1), site) } : {}),
    },
    slice: items.slice((page - 1) * OPEN_DATA_INDEX_PAGE_SIZE, page * OPEN_DATA_INDEX_PAGE_SIZE),
  };
}

/** /data/index.json: every index page and every other file a reuser needs to fetch the whole archive. */
export function catalogueFile(archive: Archive, site: URL): z.infer<typeof catalogueFileSchema> {
  const listed = (index: OpenDataIndex) => ({
    total: indexLength(archive, index),
    pages: indexPages(archive)
      .filter((entry) => entry.index === index)
      .map((entry) => dataUrl(indexFilePath(index, entry.page), site)),
  });
  return {
    version: OPEN_DATA_VERSION,
    articles: listed('articles'),
    entities: listed('entities'),
    events: listed('events'),
    topics: dataUrl('topics.json', site),
    timeline: {
      events: dataUrl('timeline.json', site),
      years: timelineYears(archive).map((year) => ({ year, url: dataUrl(`timeline/${year}.json`, site) })),
    },
  };
}

/** /data/articles/<id>.json: one article, with its text paragraph by paragraph. */
export function articleFile({ id, data, paragraphs }: ArchiveArticle, site: URL): z.infer<typeof articleFileSchema> {
  return {
    version: OPEN_DATA_VERSION,
    article: {
      id,
      url: absoluteUrl(articleUrl(id), site),
      headline: data.headline,
      headlineSupplied: data.headlineSupplied,
      publisher: data.publisher,
      originalUrl: data.originalUrl,
      language: data.language,
      ...(data.translation ? { translation: { method: data.translation.method, fromLanguage: data.translation.fromLanguage } } : {}),
      published: dated(data.published),
      ...(data.publishedNote ? { publishedNote: data.publishedNote } : {}),
      archived: dated(data.archived),
      summary: data.summary,
      topics: data.topics,
      entities: data.entities,
      paragraphs: paragraphs.map((paragraph) => ({
        number: paragraph.number,
        url: absoluteUrl(paragraphUrl(id, paragraph.number), site),
        text: paragraph.text,
      })),
    },
  };
}

/** /data/articles.json, /data/articles-2.json…: one page of the article index, newest first. */
export function articleIndexFile(archive: Archive, site: URL, page: number): z.infer<typeof articleIndexFileSchema> {
  const { fields, slice } = indexPage('articles', archive.articles, page, site);
  return {
    ...fields,
    articles: slice.map(({ id, data }) => ({
      id,
      url: absoluteUrl(articleUrl(id), site),
      data: dataUrl(`articles/${id}.json`, site),
      headline: data.headline,
      publisher: data.publisher.name,
      published: dated(data.published),
      topics: data.topics,
      entities: data.entities,
    })),
  };
}

/** Ids of a topic's articles, newest first. */
function topicArticleIds(archive: Archive, topicId: string): string[] {
  return topicContents(archive, topicId).articles.map((article) => article.id);
}

/** /data/topics.json: every topic, with how many articles it has and where its file is. */
export function topicsFile(archive: Archive, site: URL): z.infer<typeof topicsFileSchema> {
  const counts = new Map<string, number>();
  for (const article of archive.articles) for (const topicId of article.data.topics) counts.set(topicId, (counts.get(topicId) ?? 0) + 1);
  return {
    version: OPEN_DATA_VERSION,
    topics: archive.topics.map(({ id, data }) => ({
      id,
      url: absoluteUrl(topicUrl(id), site),
      data: dataUrl(`topics/${id}.json`, site),
      name: data.name,
      description: data.description,
      articleCount: counts.get(id) ?? 0,
    })),
  };
}

/** /data/topics/<id>.json: one topic and its articles' ids. */
export function topicFile(archive: Archive, topic: CollectionEntry<'topics'>, site: URL): z.infer<typeof topicFileSchema> {
  return {
    version: OPEN_DATA_VERSION,
    topic: {
      id: topic.id,
      url: absoluteUrl(topicUrl(topic.id), site),
      name: topic.data.name,
      description: topic.data.description,
      articles: topicArticleIds(archive, topic.id),
    },
  };
}

/** What an entity is, shared by its index entry and its own file. */
function entityFields({ id, data }: CollectionEntry<'entities'>, site: URL) {
  return {
    id,
    url: absoluteUrl(entityUrl(data.kind, id), site),
    kind: data.kind,
    name: data.name,
    aliases: data.aliases,
    description: data.description,
    ...(data.coordinates ? { coordinates: data.coordinates } : {}),
  };
}

/** /data/entities/<id>.json: one entity with every paragraph that mentions it. */
export function entityFile(archive: Archive, entity: CollectionEntry<'entities'>, site: URL): z.infer<typeof entityFileSchema> {
  return {
    version: OPEN_DATA_VERSION,
    entity: {
      ...entityFields(entity, site),
      mentions: (archive.mentionsByEntity.get(entity.id) ?? []).map((mention) => ({
        article: mention.articleId,
        paragraph: mention.paragraph,
        url: absoluteUrl(paragraphUrl(mention.articleId, mention.paragraph), site),
      })),
    },
  };
}

/** /data/entities.json, /data/entities-2.json…: one page of the entity index, by name. */
export function entityIndexFile(archive: Archive, site: URL, page: number): z.infer<typeof entityIndexFileSchema> {
  const { fields, slice } = indexPage('entities', archive.entities, page, site);
  return {
    ...fields,
    entities: slice.map((entity) => ({
      ...entityFields(entity, site),
      data: dataUrl(`entities/${entity.id}.json`, site),
      mentionCount: archive.mentionsByEntity.get(entity.id)?.length ?? 0,
    })),
  };
}

/** /data/events.json, /data/events-2.json…: one page of the events, in date order. */
export function eventIndexFile(archive: Archive, site: URL, page: number): z.infer<typeof eventIndexFileSchema> {
  const { fields, slice } = indexPage('events', archive.events, page, site);
  return {
    ...fields,
    events: slice.map(({ id, data }) => ({
      id,
      url: absoluteUrl(eventUrl(id), site),
      title: data.title,
      date: dated(data.date),
      ...(data.endDate ? { endDate: dated(data.endDate) } : {}),
      approximate: data.approximate,
      ...(data.dateBasis ? { dateBasis: data.dateBasis } : {}),
      places: data.places,
      actors: data.actors,
      topics: data.topics,
      sources: data.sources.map((source) => ({ ...source, url: absoluteUrl(paragraphUrl(source.article, source.paragraph), site) })),
    })),
  };
}

/** The years that have events or publications, in order: one TimelineJS file each. */
export function timelineYears(archive: Archive): number[] {
  const years = new Set([
    ...archive.events.map((event) => event.data.date.year),
    ...archive.articles.map((article) => article.data.published.year),
  ]);
  return [...years].sort((a, b) => a - b);
}

/** A partial date as a TimelineJS date: only the parts that are known. */
function timelineJsDate(date: PartialDate) {
  return { year: date.year, ...(date.month ? { month: date.month } : {}), ...(date.day ? { day: date.day } : {}) };
}

/** A TimelineJS title slide. */
function timelineTitle(title: string, site: URL) {
  const timeline = absoluteUrl(timelineUrl(), site);
  return {
    text: {
      headline: escapeHtml(title),
      text: `Events reported in the archived articles. <a href="${timeline}">The archive's timeline</a>.`,
    },
  };
}

/** An event as a TimelineJS slide. */
function timelineEvent(archive: Archive, { id, data }: CollectionEntry<'events'>, site: URL) {
  return {
    unique_id: timelineAnchor({ kind: 'event', id }),
    start_date: timelineJsDate(data.date),
    ...(data.endDate ? { end_date: timelineJsDate(data.endDate) } : {}),
    display_date: `${data.approximate ? 'about ' : ''}${formatPartialDate(data.date)}${data.endDate ? `–${formatPartialDate(data.endDate)}` : ''}`,
    text: {
      headline: escapeHtml(data.title),
      text: [
        ...(data.dateBasis ? [`<p>${escapeHtml(data.dateBasis)}</p>`] : []),
        `<p>Sources: ${data.sources
          .map(
            (source) =>
              `<a href="${absoluteUrl(paragraphUrl(source.article, source.paragraph), site)}">${escapeHtml(archive.articlesById.get(source.article)!.data.publisher.name)}, paragraph ${source.paragraph}</a>`,
          )
          .join('; ')}</p>`,
      ].join(''),
    },
    group: 'Events' as const,
  };
}

/** An article's publication as a TimelineJS slide. */
function timelineArticle({ id, data }: ArchiveArticle, site: URL) {
  return {
    unique_id: timelineAnchor({ kind: 'article', id }),
    start_date: timelineJsDate(data.published),
    display_date: formatPartialDate(data.published),
    text: {
      headline: escapeHtml(data.headline),
      text: `<p>Published by ${escapeHtml(data.publisher.name)}. <a href="${absoluteUrl(articleUrl(id), site)}">Read the archived copy</a>.</p>`,
    },
    group: 'Articles' as const,
  };
}

/**
 * /data/timeline.json, in Knight Lab TimelineJS's format: every event (the
 * publications, which grow with the archive, are in the per-year files).
 */
export function timelineJsFile(archive: Archive, site: URL, title: string): z.infer<typeof timelineJsFileSchema> {
  return { title: timelineTitle(title, site), events: archive.events.map((event) => timelineEvent(archive, event, site)) };
}

/** /data/timeline/<year>.json, in TimelineJS's format: that year's events and article publications. */
export function timelineYearFile(archive: Archive, site: URL, title: string, year: number): z.infer<typeof timelineJsFileSchema> {
  return {
    title: timelineTitle(`${title}: ${year}`, site),
    events: [
      ...archive.events.filter((event) => event.data.date.year === year).map((event) => timelineEvent(archive, event, site)),
      ...archive.articles.filter((article) => article.data.published.year === year).map((article) => timelineArticle(article, site)),
    ],
  };
}
