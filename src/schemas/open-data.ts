/**
 * The shape of the archive's open data files under /data/. Reusers can rely
 * on these; the tests validate every file the build writes against them.
 * Dates are objects { date, precision } where `date` is ISO 8601 at the
 * precision known ("2019", "2019-10", "2019-10-16").
 */
import { z } from 'astro/zod';

/** Version of the open data format; raised on any incompatible change. */
export const OPEN_DATA_VERSION = 1;

/** A date at its precision. */
const datedSchema = z.strictObject({
  /** ISO 8601 date at the precision known. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** "year", "month" or "day". */
  precision: z.enum(['year', 'month', 'day']),
});

/** /data/articles.json: every article with its provenance and text. */
export const articlesFileSchema = z.strictObject({
  version: z.literal(OPEN_DATA_VERSION),
  articles: z.array(
    z.strictObject({
      /** Stable id (also the last URL segment). */
      id: z.string(),
      /** Absolute URL of the archive's page. */
      url: z.url(),
      /** Headline as shown; see headlineSupplied. */
      headline: z.string(),
      /** True when the archive wrote the headline. */
      headlineSupplied: z.boolean(),
      /** The original's publisher. */
      publisher: z.strictObject({ name: z.string(), url: z.url() }),
      /** URL of the original article. */
      originalUrl: z.url(),
      /** Language of the archived text (BCP 47). */
      language: z.string(),
      /** Present for translations. */
      translation: z.strictObject({ method: z.enum(['machine', 'human']), fromLanguage: z.string() }).optional(),
      /** Publication date of the original. */
      published: datedSchema,
      /** How the date is known, in the archive's words. */
      publishedNote: z.string().optional(),
      /** The day the archive made its copy. */
      archived: datedSchema,
      /** The archive's summary (the archive's words). */
      summary: z.string(),
      /** Topic ids. */
      topics: z.array(z.string()),
      /** Entity ids. */
      entities: z.array(z.string()),
      /** The text, paragraph by paragraph, as published. */
      paragraphs: z.array(z.strictObject({ number: z.number().int().positive(), url: z.url(), text: z.string() })),
    }),
  ),
});

/** /data/topics.json: every topic and its articles. */
export const topicsFileSchema = z.strictObject({
  version: z.literal(OPEN_DATA_VERSION),
  topics: z.array(
    z.strictObject({
      id: z.string(),
      url: z.url(),
      name: z.string(),
      description: z.string(),
      /** Ids of its articles, newest first. */
      articles: z.array(z.string()),
    }),
  ),
});

/** /data/entities.json: people, places and organisations with every alias and mention. */
export const entitiesFileSchema = z.strictObject({
  version: z.literal(OPEN_DATA_VERSION),
  entities: z.array(
    z.strictObject({
      id: z.string(),
      url: z.url(),
      kind: z.enum(['person', 'place', 'organisation']),
      name: z.string(),
      /** Every other spelling, from the sources and from readers. */
      aliases: z.array(z.string()),
      description: z.string(),
      /** WGS84 degrees, places only. */
      coordinates: z.strictObject({ lat: z.number(), lon: z.number() }).optional(),
      /** Paragraphs that mention it. */
      mentions: z.array(z.strictObject({ article: z.string(), paragraph: z.number().int().positive(), url: z.url() })),
    }),
  ),
});

/** /data/events.json: dated events, each traced to its sources. */
export const eventsFileSchema = z.strictObject({
  version: z.literal(OPEN_DATA_VERSION),
  events: z.array(
    z.strictObject({
      id: z.string(),
      url: z.url(),
      /** One line in the archive's words. */
      title: z.string(),
      date: datedSchema,
      endDate: datedSchema.optional(),
      /** True when the date is uncertain or approximate. */
      approximate: z.boolean(),
      /** How the date was arrived at, in the archive's words. */
      dateBasis: z.string().optional(),
      places: z.array(z.string()),
      actors: z.array(z.string()),
      topics: z.array(z.string()),
      sources: z.array(z.strictObject({ article: z.string(), paragraph: z.number().int().positive(), quote: z.string(), url: z.url() })),
    }),
  ),
});

/** A TimelineJS date: year, with month and day only when known. */
const timelineJsDateSchema = z.strictObject({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
});

/** /data/timeline.json in Knight Lab TimelineJS's JSON format (https://timeline.knightlab.com/docs/json-format.html). */
export const timelineJsFileSchema = z.strictObject({
  title: z.strictObject({ text: z.strictObject({ headline: z.string(), text: z.string() }) }),
  events: z.array(
    z.strictObject({
      unique_id: z.string(),
      start_date: timelineJsDateSchema,
      end_date: timelineJsDateSchema.optional(),
      /** "approximate" marks dates the archive could not pin down. */
      display_date: z.string(),
      text: z.strictObject({ headline: z.string(), text: z.string() }),
      group: z.enum(['Events', 'Articles']),
    }),
  ),
});
