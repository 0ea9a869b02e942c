import { describe, expect, it } from 'vitest';
import type { Archive } from '../../src/lib/archive.ts';
import { toPartialDate } from '../../src/lib/dates.ts';
import { findMentions } from '../../src/lib/mentions.ts';
import { articlesFile, entitiesFile, eventsFile, timelineJsFile, topicsFile } from '../../src/lib/open-data.ts';
import { indexArchive } from '../../src/lib/selections.ts';
import { articlesFileSchema, entitiesFileSchema, eventsFileSchema, timelineJsFileSchema, topicsFileSchema } from '../../src/schemas/open-data.ts';

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
  const entities = [{ id: 'camp', data: { kind: 'place', name: 'camp', aliases: [], description: 'A camp.', coordinates: { lat: 36.4, lon: 38.9 } } }];
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
    expect(() => articlesFileSchema.parse(articlesFile(archive, SITE))).not.toThrow();
    expect(() => topicsFileSchema.parse(topicsFile(archive, SITE))).not.toThrow();
    expect(() => entitiesFileSchema.parse(entitiesFile(archive, SITE))).not.toThrow();
    expect(() => eventsFileSchema.parse(eventsFile(archive, SITE))).not.toThrow();
    expect(() => timelineJsFileSchema.parse(timelineJsFile(archive, SITE, 'An archive'))).not.toThrow();
  });

  it('give dates at their precision and absolute paragraph URLs', () => {
    const [day, month] = articlesFile(archive, SITE).articles;
    expect(day!.published).toEqual({ date: '2019-10-16', precision: 'day' });
    expect(month!.published).toEqual({ date: '2019-10', precision: 'month' });
    expect(day!.translation).toEqual({ method: 'machine', fromLanguage: 'es' });
    expect(month!.translation).toBeUndefined();
    expect(day!.paragraphs.map((paragraph) => paragraph.url)).toEqual([1, 2, 3].map((n) => `https://archive.example/articles/day-article/#p-${n}`));
  });

  it("list each topic's articles, and each entity's mentions paragraph by paragraph", () => {
    expect(topicsFile(archive, SITE).topics.map((topic) => [topic.id, topic.articles])).toEqual([
      ['camps', ['day-article', 'month-article']],
      ['offensive', ['month-article']],
    ]);
    const [camp] = entitiesFile(archive, SITE).entities;
    expect(camp!.url).toBe('https://archive.example/places/camp/');
    expect(camp!.mentions.map((mention) => mention.paragraph)).toEqual([1, 3]);
  });

  it('give TimelineJS only the date parts that are known, ids of the timeline page and escaped text', () => {
    const timeline = timelineJsFile(archive, SITE, 'An <archive>');
    expect(timeline.title.text.headline).toBe('An &lt;archive&gt;');
    expect(timeline.events.map((entry) => [entry.unique_id, entry.start_date])).toEqual([
      ['event-emptied', { year: 2019, month: 10 }],
      ['article-day-article', { year: 2019, month: 10, day: 16 }],
      ['article-month-article', { year: 2019, month: 10 }],
    ]);
    expect(timeline.events[0]!.display_date).toBe('about October 2019');
    expect(timeline.events[1]!.text.headline).toBe('Headline of day-article &lt;with markup&gt;');
  });
});
