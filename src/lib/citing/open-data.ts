/**
 * Builds the open data files from the loaded archive, in the shapes declared
 * in src/schemas/open-data.ts: a catalogue, paged indexes and one file per
 * article, entity, topic and year, each list in them paged too (a page size
 * from the settings), so no file grows with the archive. Every URL is
 * absolute and respects the base path; nothing time-dependent goes in, so
 * rebuilds give identical files.
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
import { OPEN_DATA_VERSION } from '../../schemas/open-data.ts';
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

/** Files published a page at a time under a fixed name: the indexes and the fixity manifest (src/lib/citing/fixity.ts). */
export type PagedFileName = OpenDataIndex | 'fixity';

/** Path under /data/ of page `page` of a paged file: "articles.json", then "articles-2.json"… */
export function indexFilePath(index: PagedFileName, page: number): string {
  return page === 1 ? `${index}.json` : `${index}-${page}.json`;
}

/** The folders of files kept one per entity, topic or year, each paged when its list grows long. */
export type ItemFolder = 'entities' | 'topics' | 'timeline';

/**
 * Path under /data/ of page `page` of one entity's, topic's or year's file:
 * "entities/camp.json", then "entities/camp/2.json"… Later pages go in a
 * folder named after the item, so no id ("camp-2") can take another's page.
 */
export function itemFilePath(folder: ItemFolder, id: string, page: number): string {
  return page === 1 ? `${folder}/${id}.json` : `${folder}/${id}/${page}.json`;
}

/** Absolute URL of an open data file from its path under /data/. */
function dataUrl(path: string, site: URL | string): string {
  return absoluteUrl(openDataUrl(path), site);
}

/** How many entries each index has. */
function indexLength(archive: Archive, index: OpenDataIndex): number {
  return archive[index].length;
}

/** The page numbers of a list of `total` entries, `size` a page: [1] for an empty list. */
export function pageNumbers(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) }, (_, offset) => offset + 1);
}

/** Every page of every index, as { index, page } pairs, for the endpoint's static paths. */
export function indexPages(archive: Archive, size: number): { index: OpenDataIndex; page: number }[] {
  return (['articles', 'entities', 'events'] as const).flatMap((index) =>
    pageNumbers(indexLength(archive, index), size).map((page) => ({ index, page })),
  );
}

/**
 * Page `page` of `items`, `size` a page: the paging fields (where the page
 * sits, with the absolute URLs of its neighbours, `pathOf` giving a page's
 * path under /data/) and the page's slice. `name` names the list in the
 * error for a page that does not exist.
 */
export function pageOf<T>(
  name: string,
  items: readonly T[],
  page: number,
  size: number,
  pathOf: (page: number) => string,
  site: URL | string,
) {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new Error(`the ${name} has ${pages} page(s); there is no page ${page}`);
  return {
    fields: {
      page,
      pageCount: pages,
      total: items.length,
      ...(page > 1 ? { prev: dataUrl(pathOf(page - 1), site) } : {}),
      ...(page < pages ? { next: dataUrl(pathOf(page + 1), site) } : {}),
    },
    slice: items.slice((page - 1) * size, page * size),
  };
}

/** The paging fields of page `page` of an index, with the format version, and that page's slice of `items`. */
function indexPage<T>(index: OpenDataIndex, items: readonly T[], page: number, size: number, site: URL) {
  const { fields, slice } = pageOf(`${index} index`, items, page, size, (n) => indexFilePath(index, n), site);
  return { fields: { version: OPEN_DATA_VERSION as typeof OPEN_DATA_VERSION, ...fields }, slice };
}

/** Absolute URLs of every page of a list of `total` entries, `size` a page, `pathOf` giving a page's path. */
function pageUrls(total: number, size: number, pathOf: (page: number) => string, site: URL): string[] {
  return pageNumbers(total, size).map((page) => dataUrl(pathOf(page), site));
}

/**
 * /data/index.json: every page of every index and of the fixity manifest,
 * and every other file a reuser needs to fetch the whole archive; `size` is
 * the entries a page (settings' `pageSizes.openData`).
 */
export function catalogueFile(archive: Archive, site: URL, size: number): z.infer<typeof catalogueFileSchema> {
  const listed = (index: PagedFileName, total: number) => ({
    total,
    pages: pageUrls(total, size, (page) => indexFilePath(index, page), site),
  });
  return {
    version: OPEN_DATA_VERSION,
    articles: listed('articles', archive.articles.length),
    entities: listed('entities', archive.entities.length),
    events: listed('events', archive.events.length),
    topics: dataUrl('topics.json', site),
    timeline: {
      events: dataUrl('timeline.json', site),
      years: timelineYears(archive).map((year) => ({
        year,
        pages: pageUrls(timelineYearEntries(archive, year).length, size, (page) => itemFilePath('timeline', String(year), page), site),
      })),
    },
    // The manifest lists every published article, as the article index does.
    fixity: listed('fixity', archive.articles.length),
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

/** /data/articles.json, /data/articles-2.json…: one page of the article index, newest first, `size` a page. */
export function articleIndexFile(archive: Archive, site: URL, page: number, size: number): z.infer<typeof articleIndexFileSchema> {
  const { fields, slice } = indexPage('articles', archive.articles, page, size, site);
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

/** Every page of a topic's file, for the endpoints' static paths. */
export function topicFilePages(archive: Archive, topic: CollectionEntry<'topics'>, size: number): number[] {
  return pageNumbers(topicArticleIds(archive, topic.id).length, size);
}

/** /data/topics/<id>.json, then /data/topics/<id>/2.json…: one topic and a page of its articles' ids, `size` a page. */
export function topicFile(
  archive: Archive,
  topic: CollectionEntry<'topics'>,
  site: URL,
  page: number,
  size: number,
): z.infer<typeof topicFileSchema> {
  const ids = topicArticleIds(archive, topic.id);
  const { fields, slice } = pageOf(`topic ${topic.id}'s file`, ids, page, size, (n) => itemFilePath('topics', topic.id, n), site);
  return {
    version: OPEN_DATA_VERSION,
    ...fields,
    topic: {
      id: topic.id,
      url: absoluteUrl(topicUrl(topic.id), site),
      name: topic.data.name,
      description: topic.data.description,
      articles: slice,
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

/** Every page of an entity's file, for the endpoints' static paths. */
export function entityFilePages(archive: Archive, entity: CollectionEntry<'entities'>, size: number): number[] {
  return pageNumbers(archive.mentionsByEntity.get(entity.id)?.length ?? 0, size);
}

/** /data/entities/<id>.json, then /data/entities/<id>/2.json…: one entity with a page of the paragraphs that mention it, `size` a page. */
export function entityFile(
  archive: Archive,
  entity: CollectionEntry<'entities'>,
  site: URL,
  page: number,
  size: number,
): z.infer<typeof entityFileSchema> {
  const mentions = archive.mentionsByEntity.get(entity.id) ?? [];
  const { fields, slice } = pageOf(`entity ${entity.id}'s file`, mentions, page, size, (n) => itemFilePath('entities', entity.id, n), site);
  return {
    version: OPEN_DATA_VERSION,
    ...fields,
    entity: {
      ...entityFields(entity, site),
      mentions: slice.map((mention) => ({
        article: mention.articleId,
        paragraph: mention.paragraph,
        url: absoluteUrl(paragraphUrl(mention.articleId, mention.paragraph), site),
      })),
    },
  };
}

/** /data/entities.json, /data/entities-2.json…: one page of the entity index, by name, `size` a page. */
export function entityIndexFile(archive: Archive, site: URL, page: number, size: number): z.infer<typeof entityIndexFileSchema> {
  const { fields, slice } = indexPage('entities', archive.entities, page, size, site);
  return {
    ...fields,
    entities: slice.map((entity) => ({
      ...entityFields(entity, site),
      data: dataUrl(`entities/${entity.id}.json`, site),
      mentionCount: archive.mentionsByEntity.get(entity.id)?.length ?? 0,
    })),
  };
}

/** /data/events.json, /data/events-2.json…: one page of the events, in date order, `size` a page. */
export function eventIndexFile(archive: Archive, site: URL, page: number, size: number): z.infer<typeof eventIndexFileSchema> {
  const { fields, slice } = indexPage('events', archive.events, page, size, site);
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

/** A year's entries for its TimelineJS files: its events, then its articles' publications. */
function timelineYearEntries(archive: Archive, year: number) {
  return [
    ...archive.events.filter((event) => event.data.date.year === year).map((event) => ({ event })),
    ...archive.articles.filter((article) => article.data.published.year === year).map((article) => ({ article })),
  ];
}

/** Every page of a year's TimelineJS file, for the endpoints' static paths. */
export function timelineYearPages(archive: Archive, year: number, size: number): number[] {
  return pageNumbers(timelineYearEntries(archive, year).length, size);
}

/**
 * /data/timeline/<year>.json, then /data/timeline/<year>/2.json…, in
 * TimelineJS's format: a page of that year's events and article
 * publications, `size` a page (the catalogue lists every page: TimelineJS's
 * format has no field for the next one).
 */
export function timelineYearFile(
  archive: Archive,
  site: URL,
  title: string,
  year: number,
  page: number,
  size: number,
): z.infer<typeof timelineJsFileSchema> {
  const entries = timelineYearEntries(archive, year);
  const { fields, slice } = pageOf(`timeline of ${year}`, entries, page, size, (n) => itemFilePath('timeline', String(year), n), site);
  return {
    title: timelineTitle(fields.pageCount === 1 ? `${title}: ${year}` : `${title}: ${year}, part ${page} of ${fields.pageCount}`, site),
    events: slice.map((entry) => ('event' in entry ? timelineEvent(archive, entry.event, site) : timelineArticle(entry.article, site))),
  };
}
