/**
 * The shape of the archive's open data files under /data/. Reusers can rely
 * on these; the tests validate every file the build writes against them.
 * Dates are objects { date, precision } where `date` is ISO 8601 at the
 * precision known ("2019", "2019-10", "2019-10-16").
 *
 * The archive is published in parts so that no file grows without bound:
 * /data/index.json lists every index page; each index page lists its
 * entries with the URL of each entry's own file.
 */
import { z } from 'astro/zod';

/**
 * Version of the open data format; raised on any incompatible change.
 * Version 2 split the archive into parts (one file per article, entity and
 * topic, and paged indexes); version 3 pages every list that grows with the
 * archive (an entity's mentions, a topic's articles, a year's timeline, the
 * fixity manifest), so a file holds only its first page.
 */
export const OPEN_DATA_VERSION = 3;

/** No open data file may be larger than this, whatever the archive's size (the scale test checks it). */
export const OPEN_DATA_MAX_BYTES = 5_000_000;

/** A date at its precision. */
const datedSchema = z.strictObject({
  /** ISO 8601 date at the precision known. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** "year", "month" or "day". */
  precision: z.enum(['year', 'month', 'day']),
});

/** A paged file's format version and where it sits among its pages (the entries a page: settings' `pageSizes.openData`). */
const pagingFields = {
  /** The format version. */
  version: z.literal(OPEN_DATA_VERSION),
  /** This file's page number, from 1. */
  page: z.number().int().positive(),
  /** How many pages the file has. */
  pageCount: z.number().int().positive(),
  /** How many entries the whole list has, over all its pages. */
  total: z.number().int().nonnegative(),
  /** Absolute URL of the previous page; absent on page 1. */
  prev: z.url().optional(),
  /** Absolute URL of the next page; absent on the last. */
  next: z.url().optional(),
};

/** One article with its provenance and whole text. */
const articleSchema = z.strictObject({
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
});

/** /data/articles/<id>.json: one article. */
export const articleFileSchema = z.strictObject({
  /** The format version. */
  version: z.literal(OPEN_DATA_VERSION),
  /** The article. */
  article: articleSchema,
});

/** /data/articles.json, /data/articles-2.json…: the index of articles, newest first, a page at a time. */
export const articleIndexFileSchema = z.strictObject({
  ...pagingFields,
  /** The articles on this page: enough to choose, and where to fetch each whole. */
  articles: z.array(
    z.strictObject({
      /** Stable id. */
      id: z.string(),
      /** Absolute URL of the archive's page. */
      url: z.url(),
      /** Absolute URL of its open data file, /data/articles/<id>.json. */
      data: z.url(),
      /** Headline as shown. */
      headline: z.string(),
      /** The original's publisher's name. */
      publisher: z.string(),
      /** Publication date of the original. */
      published: datedSchema,
      /** Topic ids. */
      topics: z.array(z.string()),
      /** Entity ids. */
      entities: z.array(z.string()),
    }),
  ),
});

/** /data/topics.json: every topic (there are few), each with where to find its articles. */
export const topicsFileSchema = z.strictObject({
  /** The format version. */
  version: z.literal(OPEN_DATA_VERSION),
  /** Topics by name. */
  topics: z.array(
    z.strictObject({
      /** Stable id. */
      id: z.string(),
      /** Absolute URL of the topic's page. */
      url: z.url(),
      /** Absolute URL of its open data file, /data/topics/<id>.json. */
      data: z.url(),
      /** The topic's name. */
      name: z.string(),
      /** The archive's description. */
      description: z.string(),
      /** How many articles are filed under it. */
      articleCount: z.number().int().nonnegative(),
    }),
  ),
});

/** /data/topics/<id>.json, then /data/topics/<id>/2.json…: one topic and a page of the ids of its articles. */
export const topicFileSchema = z.strictObject({
  ...pagingFields,
  /** The topic. */
  topic: z.strictObject({
    /** Stable id. */
    id: z.string(),
    /** Absolute URL of the topic's page. */
    url: z.url(),
    /** The topic's name. */
    name: z.string(),
    /** The archive's description. */
    description: z.string(),
    /** Ids of its articles on this page, newest first. */
    articles: z.array(z.string()),
  }),
});

/** What an entity is, in the index and in its own file. */
const entityFields = {
  /** Stable id. */
  id: z.string(),
  /** Absolute URL of the entity's page. */
  url: z.url(),
  /** "person", "place" or "organisation". */
  kind: z.enum(['person', 'place', 'organisation']),
  /** The name the archive uses. */
  name: z.string(),
  /** Every other spelling, from the sources and from readers. */
  aliases: z.array(z.string()),
  /** The archive's description. */
  description: z.string(),
  /** WGS84 degrees, places only. */
  coordinates: z.strictObject({ lat: z.number(), lon: z.number() }).optional(),
};

/** /data/entities/<id>.json, then /data/entities/<id>/2.json…: one person, place or organisation with a page of the paragraphs that mention it. */
export const entityFileSchema = z.strictObject({
  ...pagingFields,
  /** The entity. */
  entity: z.strictObject({
    ...entityFields,
    /** Paragraphs on this page that mention it, newest article first. */
    mentions: z.array(
      z.strictObject({
        /** The article's id. */
        article: z.string(),
        /** The paragraph's number. */
        paragraph: z.number().int().positive(),
        /** Absolute URL of the paragraph. */
        url: z.url(),
      }),
    ),
  }),
});

/** /data/entities.json, /data/entities-2.json…: the index of entities by name, a page at a time. */
export const entityIndexFileSchema = z.strictObject({
  ...pagingFields,
  /** The entities on this page. */
  entities: z.array(
    z.strictObject({
      ...entityFields,
      /** Absolute URL of its open data file, /data/entities/<id>.json. */
      data: z.url(),
      /** How many paragraphs mention it. */
      mentionCount: z.number().int().nonnegative(),
    }),
  ),
});

/** One dated event, traced to its sources. */
const eventSchema = z.strictObject({
  /** Stable id. */
  id: z.string(),
  /** Absolute URL of the event's page. */
  url: z.url(),
  /** One line in the archive's words. */
  title: z.string(),
  /** When it happened (for spans, when it began). */
  date: datedSchema,
  /** When a span ended. */
  endDate: datedSchema.optional(),
  /** True when the date is uncertain or approximate. */
  approximate: z.boolean(),
  /** How the date was arrived at, in the archive's words. */
  dateBasis: z.string().optional(),
  /** Place ids. */
  places: z.array(z.string()),
  /** Person and organisation ids. */
  actors: z.array(z.string()),
  /** Topic ids. */
  topics: z.array(z.string()),
  /** The paragraphs it is drawn from, with the words quoted. */
  sources: z.array(z.strictObject({ article: z.string(), paragraph: z.number().int().positive(), quote: z.string(), url: z.url() })),
});

/** /data/events.json, /data/events-2.json…: the events in date order, a page at a time. */
export const eventIndexFileSchema = z.strictObject({
  ...pagingFields,
  /** The events on this page, whole (an event is small). */
  events: z.array(eventSchema),
});

/** A list published in pages: how many entries, and every page's URL in order. */
const pagedListSchema = z.strictObject({
  /** Entries over all pages. */
  total: z.number().int().nonnegative(),
  /** Absolute URLs of the pages, page 1 first. */
  pages: z.array(z.url()),
});

/** /data/index.json: the catalogue. Fetch it, every URL it lists, then each index entry's `data` URL, and you have the whole archive. */
export const catalogueFileSchema = z.strictObject({
  /** The format version. */
  version: z.literal(OPEN_DATA_VERSION),
  /** The pages of the article index. */
  articles: pagedListSchema,
  /** The pages of the entity index. */
  entities: pagedListSchema,
  /** The pages of the event index. */
  events: pagedListSchema,
  /** Absolute URL of /data/topics.json. */
  topics: z.url(),
  /** TimelineJS files: every event in one file, and each year's events and publications in its own. */
  timeline: z.strictObject({
    /** Absolute URL of /data/timeline.json. */
    events: z.url(),
    /** Each year, in year order, with the absolute URLs of its files' pages (/data/timeline/<year>.json, then /data/timeline/<year>/2.json…). */
    years: z.array(z.strictObject({ year: z.number().int(), pages: z.array(z.url()) })),
  }),
  /** The pages of the fixity manifest (/data/fixity.json, /data/fixity-2.json…). */
  fixity: pagedListSchema,
});

/** A TimelineJS date: year, with month and day only when known. */
const timelineJsDateSchema = z.strictObject({
  year: z.number().int(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
});

/**
 * /data/timeline.json (every event) and /data/timeline/<year>.json (one
 * year's events and article publications), in Knight Lab TimelineJS's JSON
 * format (https://timeline.knightlab.com/docs/json-format.html).
 */
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

/** One file and its SHA-256. */
const fileFixitySchema = z.strictObject({
  /** The file, relative to the archive's content folder ("captures/….txt", "articles/….md"). */
  file: z.string().min(1),
  /** Its SHA-256, lowercase hexadecimal. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** /data/fixity.json, /data/fixity-2.json…: the SHA-256 of every article's capture and Markdown copy, a page of articles at a time (src/lib/citing/fixity.ts). */
export const fixityFileSchema = z.strictObject({
  ...pagingFields,
  /** What the file is and how to check it. */
  description: z.string(),
  /** The hash function. */
  algorithm: z.literal('SHA-256'),
  /** One entry per published article on this page, in id order. */
  articles: z.array(
    z.strictObject({
      /** The article's id. */
      id: z.string(),
      /** The absolute URL of its page. */
      url: z.string().url(),
      /** The day the archive made its copy (ISO 8601). */
      archived: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      /** The text capture the copy was checked against. */
      capture: fileFixitySchema,
      /** The saved web page the capture was rendered from, when one was saved. */
      page: fileFixitySchema.optional(),
      /** The Markdown copy: front matter and text. */
      copy: fileFixitySchema,
    }),
  ),
});

/** Every file under /data/ and its schema, by what its path looks like. */
export function openDataSchemaFor(path: string): z.ZodType | undefined {
  if (path === 'index.json') return catalogueFileSchema;
  if (/^fixity(-\d+)?\.json$/.test(path)) return fixityFileSchema;
  if (path === 'topics.json') return topicsFileSchema;
  if (path === 'timeline.json' || /^timeline\/-?\d+(\/\d+)?\.json$/.test(path)) return timelineJsFileSchema;
  if (/^articles(-\d+)?\.json$/.test(path)) return articleIndexFileSchema;
  if (/^entities(-\d+)?\.json$/.test(path)) return entityIndexFileSchema;
  if (/^events(-\d+)?\.json$/.test(path)) return eventIndexFileSchema;
  if (/^articles\/[^/]+\.json$/.test(path)) return articleFileSchema;
  if (/^entities\/[^/]+(\/\d+)?\.json$/.test(path)) return entityFileSchema;
  if (/^topics\/[^/]+(\/\d+)?\.json$/.test(path)) return topicFileSchema;
  return undefined;
}
