import { z } from 'astro/zod';
import { entryId, languageTag, partialDate, webUrl } from './shared.ts';

/** Who published the original article. */
const publisherSchema = z.strictObject({
  /** The publisher's name as readers know it, e.g. "El Mundo" or "Leiden University". */
  name: z.string().min(1),
  /** The publisher's home page. */
  url: webUrl,
});

/** Facts about the original when the archived text is a translation. */
const translationSchema = z.strictObject({
  /** How the translation was made. Machine translations keep their slips in the text and get notes. */
  method: z.enum(['machine', 'human']),
  /** Language of the original article (BCP 47), e.g. "es". */
  fromLanguage: languageTag,
  /** The original's headline in its own language, when known; omitted when unconfirmed. */
  originalHeadline: z.string().min(1).optional(),
  /** The original's author(s), when known, each written "Surname, Given" ("García, Ana"); omitted when unconfirmed. */
  originalAuthors: z.array(z.string().min(1)).optional(),
});

/** Another publication the article reports on, e.g. the NOS piece a university news item summarises. */
const reportedWorkSchema = z.strictObject({
  /** Its publisher, e.g. "NOS". */
  publisher: z.string().min(1),
  /** Its language (BCP 47). */
  language: languageTag,
  /** Its URL, when known. */
  url: webUrl.optional(),
  /** Its publication date at the precision known, when known. */
  published: partialDate.optional(),
  /** What is known and unknown about it, in the archive's words. */
  note: z.string().min(1).optional(),
});

/** Where the archive's copy came from: the raw capture and what was taken out of it. */
const captureSchema = z.strictObject({
  /** The raw page capture, relative to `content/` (e.g. "captures/000_4d335b945d79b59c.txt"). */
  file: z.string().regex(/^captures\/[^/]+\.txt$/, 'expected a file in content/captures/, e.g. "captures/name.txt"'),
  /**
   * Each paragraph of the capture that is page furniture, not article text
   * (menus, cookie notices, related links), exactly as captured. With the body,
   * these account for every paragraph of the capture; a test checks it.
   */
  furniture: z.array(z.string().min(1)).default([]),
});

/**
 * One archived article: a Markdown file in `content/articles/` whose body is
 * the article text word for word and whose front matter records provenance.
 */
export const articleSchema = z.strictObject({
  /** The headline: the publisher's own, or one the archive supplied (see `headlineSupplied`). */
  headline: z.string().min(1),
  /** True when the source has no headline of its own and the archive wrote this one; the page says so. */
  headlineSupplied: z.boolean().default(false),
  /** Who published the original. */
  publisher: publisherSchema,
  /** The address of the original article. Two articles may not share one. */
  originalUrl: webUrl,
  /** Language of the text archived here (BCP 47), e.g. "en". */
  language: languageTag,
  /** Present when the archived text is a translation: of what, and how made. */
  translation: translationSchema.optional(),
  /** Publication date of the original at the precision known: "2019-10" when only the month is known. */
  published: partialDate,
  /** How the publication date is known and what is unconfirmed, in the archive's words. */
  publishedNote: z.string().min(1).optional(),
  /** The day the archive made this copy. */
  archived: partialDate.refine((date) => date.precision === 'day', 'the archived date needs a day: YYYY-MM-DD'),
  /** A short summary written by the archive (not by the publisher); shown marked as the archive's. */
  summary: z.string().min(1),
  /** Ids of the topics the article is filed under (files in `content/topics/`). */
  topics: z.array(entryId).min(1, 'file the article under at least one topic'),
  /** Ids of the people, places and organisations it mentions (files in `content/entities/`); each must appear in the text under its name or an alias. */
  entities: z.array(entryId).default([]),
  /** Publications the article reports on, if any. */
  reports: z.array(reportedWorkSchema).default([]),
  /** The publisher's own subject tags, from the page around the article, as captured. */
  publisherTags: z.array(z.string().min(1)).default([]),
  /** The raw capture the copy was made from. */
  capture: captureSchema,
});

/** An article's front matter after validation. */
export type Article = z.infer<typeof articleSchema>;
