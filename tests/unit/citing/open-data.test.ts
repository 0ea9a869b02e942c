import { describe, expect, it } from 'vitest';
import type { Archive } from '../../../src/lib/pages/archive.ts';
import { toPartialDate } from '../../../src/lib/core/dates.ts';
import { findMentions } from '../../../src/lib/content/mentions.ts';
import {
  articleFile,
  articleIndexFile,
  catalogueFile,
  entityFile,
  entityIndexFile,
  eventIndexFile,
  indexFilePath,
  timelineJsFile,
  timelineYearFile,
  topicFile,
  topicsFile,
} from '../../../src/lib/citing/open-data.ts';
import { indexArchive } from '../../../src/lib/pages/selections.ts';
import {
  articleFileSchema,
  articleIndexFileSchema,
  catalogueFileSchema,
  entityFileSchema,
  entityIndexFileSchema,
  eventIndexFileSchema,
  timelineJsFileSchema,
  topicFileSchema,
  topicsFileSchema,
} from '../../../src/schemas/open-data.ts';

const SITE = new URL('https://archive.example/');

/** A two-article archive written for this test, in the shape `getArchive` returns. */
function smallArchive(): Archive {
  const article = (id: string, published: string, topics: string[], entities: string[], paragraphs: string[], extra = {}) => ({
    id,
    data: {
      headline: `Headline of ${id} <with markup>`,
      headlineSupplied: false,
      publisher: { name: 'A Publisher', url: 'https://publisher.example/' },
      originalUrl: `https://publisher.example/${id}`,
      language: 'en',
      published: toPartialDate(published),
      archived: toPartialDate('2026-11-21'),
      summary: `What ${id} says.`,
      topics,
      entities,
      ...extra,
    },
    paragraphs: paragraphs.map((text, index) => ({ number: index + 1, text, line: index * 2 + 1 })),
  });
  const articles = [
    article('day-article', '2019-10-16', ['camps'], ['camp'], ['The camp was emptied.', 'Nothing else.', 'The Camp again.'], {
      translation: { method: 'machine', fromLanguage: 'es' },
    }),
    article('month-article', '2019-10', ['camps', 'offensive'], [], ['An offensive began.']),
  ];
  const topics = [
    { id: 'camps', data: { name: 'Camps', description: 'Camps.' } },
    { id: 'offensive', data: { name: 'Offensive', description: 'The offensive.' } },
  ];
  const entities = [
    { id: 'camp', data: { kind: 'place', name: 'camp', aliases: [], description: 'A camp.', coordinates: { lat: 36.4, lon: 38.9 } } },
  ];
  const events = [
    {
      id: 'emptied',
      data: {
        title: 'The camp is emptied',
        date: toPartialDate('2019-10'),
        approximate: true,
        dateBasis: 'The article says "this month".',
        places: ['camp'],
        actors: [],
        topics: ['camps'],
        sources: [{ article: 'day-article', paragraph: 1, quote: 'camp was emptied' }],
      },
    },
  ];
  const mentionsByEntity = findMentions(
    articles.map((entry) => ({ id: entry.id, entities: entry.data.entities, paragraphs: entry.paragraphs })),
    new Map([['camp', ['camp']]]),
  );
  return {
    articles,
    topics,
    entities,
    events,
    figures: [],
    topicsById: new Map(topics.map((entry) => [entry.id, entry])),
    entitiesById: new Map(entities.map((entry) => [entry.id, entry])),
    articlesById: new Map(articles.map((entry) => [entry.id, entry])),
    mentionsByEntity,
    ...indexArchive(articles, events, []),
  } as unknown as Archive;
}

describe('the open data files', () => {
  const archive = smallArchive();

  it('each match their published schema', () => {
    expect(() => catalogueFileSchema.parse(catalogueFile(archive, SITE))).not.toThrow();
    expect(() => articleIndexFileSchema.parse(articleIndexFile(archive, SITE, 1))).not.toThrow();
    for (const article of archive.articles) expect(() => articleFileSchema.parse(articleFile(article, SITE))).not.toThrow();
    expect(() => topicsFileSchema.parse(topicsFile(archive, SITE))).not.toThrow();
    for (const topic of archive.topics) expect(() => topicFileSchema.parse(topicFile(archive, topic, SITE))).not.toThrow();
    expect(() => entityIndexFileSchema.parse(entityIndexFile(archive, SITE, 1))).not.toThrow();
    expect(() => entityFileSchema.parse(entityFile(archive, archive.entities[0]!, SITE))).not.toThrow();
    expect(() => eventIndexFileSchema.parse(eventIndexFile(archive, SITE, 1))).not.toThrow();
    expect(() => timelineJsFileSchema.parse(timelineJsFile(archive, SITE, 'An archive'))).not.toThrow();
    expect(() => timelineJsFileSchema.parse(timelineYearFile(archive, SITE, 'An archive', 2019))).not.toThrow();
  });

  it('list every index page in the catalogue, and refuse a page that does not exist', () => {
    const catalogue = catalogueFile(archive, SITE);
    expect(catalogue.articles).toEqual({ total: 2, pages: ['https://archive.example/data/articles.json'] });
    expect(catalogue.timeline.years).toEqual([{ year: 2019, url: 'https://archive.example/data/timeline/2019.json' }]);
    expect(indexFilePath('articles', 3)).toBe('articles-3.json');
    expect(() => articleIndexFile(archive, SITE, 2)).toThrow('the articles index has 1 page(s); there is no page 2');
  });

  it('give dates at their precision and absolute paragraph URLs', () => {
    const [day, month] = archive.articles.map((article) => articleFile(article, SITE).article);
    expect(day!.published).toEqual({ date: '2019-10-16', precision: 'day' });
    expect(month!.published).toEqual({ date: '2019-10', precision: 'month' });
    expect(day!.translation).toEqual({ method: 'machine', fromLanguage: 'es' });
    expect(month!.translation).toBeUndefined();
    expect(day!.paragraphs.map((paragraph) => paragraph.url)).toEqual(
      [1, 2, 3].map((n) => `https://archive.example/articles/day-article/#p-${n}`),
    );
    expect(articleIndexFile(archive, SITE, 1).articles[0]!.data).toBe('https://archive.example/data/articles/day-article.json');
  });

  it("list each topic's articles, and each entity's mentions paragraph by paragraph", () => {
    expect(archive.topics.map((topic) => [topic.id, topicFile(archive, topic, SITE).topic.articles])).toEqual([
      ['camps', ['day-article', 'month-article']],
      ['offensive', ['month-article']],
    ]);
    expect(topicsFile(archive, SITE).topics.map((topic) => [topic.id, topic.articleCount])).toEqual([
      ['camps', 2],
      ['offensive', 1],
    ]);
    const camp = entityFile(archive, archive.entities[0]!, SITE).entity;
    expect(camp.url).toBe('https://archive.example/places/camp/');
    expect(camp.mentions.map((mention) => mention.paragraph)).toEqual([1, 3]);
    expect(entityIndexFile(archive, SITE, 1).entities[0]!.mentionCount).toBe(2);
  });

  it('give TimelineJS only the date parts that are known, ids of the timeline page and escaped text', () => {
    const timeline = timelineYearFile(archive, SITE, 'An <archive>', 2019);
    expect(timeline.title.text.headline).toBe('An &lt;archive&gt;: 2019');
    expect(timeline.events.map((entry) => [entry.unique_id, entry.start_date])).toEqual([
      ['event-emptied', { year: 2019, month: 10 }],
      ['article-day-article', { year: 2019, month: 10, day: 16 }],
      ['article-month-article', { year: 2019, month: 10 }],
    ]);
    expect(timeline.events[0]!.display_date).toBe('about October 2019');
    expect(timeline.events[1]!.text.headline).toBe('Headline of day-article &lt;with markup&gt;');
    expect(timelineJsFile(archive, SITE, 'An archive').events.map((entry) => entry.unique_id)).toEqual(['event-emptied']);
  });
});
