/**
 * Builds the open data files from the loaded archive, in the shapes declared
 * in src/schemas/open-data.ts. Every URL is absolute and respects the base
 * path; nothing time-dependent goes in, so rebuilds give identical files.
 */
import type { z } from 'astro/zod';
import type {
  articlesFileSchema,
  entitiesFileSchema,
  eventsFileSchema,
  timelineJsFileSchema,
  topicsFileSchema,
} from '../schemas/open-data.ts';
import { OPEN_DATA_VERSION } from '../schemas/open-data.ts';
import type { Archive } from './archive.ts';
import { formatPartialDate, type PartialDate } from './dates.ts';
import { topicContents } from './selections.ts';
import { timelineAnchor } from './timeline.ts';
import { absoluteUrl, articleUrl, entityUrl, eventUrl, paragraphUrl, timelineUrl, topicUrl } from './urls.ts';

/** A partial date as open data: { date, precision }. */
function dated(date: PartialDate) {
  return { date: date.iso, precision: date.precision };
}

/** /data/articles.json */
export function articlesFile(archive: Archive, site: URL): z.infer<typeof articlesFileSchema> {
  return {
    version: OPEN_DATA_VERSION,
    articles: archive.articles.map(({ id, data, paragraphs }) => ({
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
    })),
  };
}

/** /data/topics.json */
export function topicsFile(archive: Archive, site: URL): z.infer<typeof topicsFileSchema> {
  return {
    version: OPEN_DATA_VERSION,
    topics: archive.topics.map(({ id, data }) => ({
      id,
      url: absoluteUrl(topicUrl(id), site),
      name: data.name,
      description: data.description,
      articles: topicContents(archive, id).articles.map((article) => article.id),
    })),
  };
}

/** /data/entities.json */
export function entitiesFile(archive: Archive, site: URL): z.infer<typeof entitiesFileSchema> {
  return {
    version: OPEN_DATA_VERSION,
    entities: archive.entities.map(({ id, data }) => ({
      id,
      url: absoluteUrl(entityUrl(data.kind, id), site),
      kind: data.kind,
      name: data.name,
      aliases: data.aliases,
      description: data.description,
      ...(data.coordinates ? { coordinates: data.coordinates } : {}),
      mentions: (archive.mentionsByEntity.get(id) ?? []).map((mention) => ({
        article: mention.articleId,
        paragraph: mention.paragraph,
        url: absoluteUrl(paragraphUrl(mention.articleId, mention.paragraph), site),
      })),
    })),
  };
}

/** /data/events.json */
export function eventsFile(archive: Archive, site: URL): z.infer<typeof eventsFileSchema> {
  return {
    version: OPEN_DATA_VERSION,
    events: archive.events.map(({ id, data }) => ({
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

/** A partial date as a TimelineJS date: only the parts that are known. */
function timelineJsDate(date: PartialDate) {
  return { year: date.year, ...(date.month ? { month: date.month } : {}), ...(date.day ? { day: date.day } : {}) };
}

/** Escapes text for the HTML that TimelineJS renders from `text` fields. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** /data/timeline.json, in Knight Lab TimelineJS's format: events and article publications. */
export function timelineJsFile(archive: Archive, site: URL, title: string): z.infer<typeof timelineJsFileSchema> {
  const timeline = absoluteUrl(timelineUrl(), site);
  return {
    title: { text: { headline: escapeHtml(title), text: `Events reported in the archived articles. <a href="${timeline}">The archive's timeline</a>.` } },
    events: [
      ...archive.events.map(({ id, data }) => ({
        unique_id: timelineAnchor({ kind: 'event', id }),
        start_date: timelineJsDate(data.date),
        ...(data.endDate ? { end_date: timelineJsDate(data.endDate) } : {}),
        display_date: `${data.approximate ? 'about ' : ''}${formatPartialDate(data.date)}${data.endDate ? `–${formatPartialDate(data.endDate)}` : ''}`,
        text: {
          headline: escapeHtml(data.title),
          text: [
            ...(data.dateBasis ? [`<p>${escapeHtml(data.dateBasis)}</p>`] : []),
            `<p>Sources: ${data.sources
              .map((source) => `<a href="${absoluteUrl(paragraphUrl(source.article, source.paragraph), site)}">${escapeHtml(archive.articlesById.get(source.article)!.data.publisher.name)}, paragraph ${source.paragraph}</a>`)
              .join('; ')}</p>`,
          ].join(''),
        },
        group: 'Events' as const,
      })),
      ...archive.articles.map(({ id, data }) => ({
        unique_id: timelineAnchor({ kind: 'article', id }),
        start_date: timelineJsDate(data.published),
        display_date: formatPartialDate(data.published),
        text: {
          headline: escapeHtml(data.headline),
          text: `<p>Published by ${escapeHtml(data.publisher.name)}. <a href="${absoluteUrl(articleUrl(id), site)}">Read the archived copy</a>.</p>`,
        },
        group: 'Articles' as const,
      })),
    ],
  };
}
