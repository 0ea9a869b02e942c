import { z } from 'astro/zod';
import { entryIdList, languageTag, partialDate, plainText, webUrl } from './shared.ts';

/** Who published the original article. */
const publisherSchema = z.strictObject({
  /** The publisher's name as readers know it, e.g. "El Mundo" or "Leiden University". */
  name: plainText,
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
  originalHeadline: plainText.optional(),
});

/**
 * What kind of publication the original is. It decides how the archive cites
 * it: the item type reference managers get (Zotero, RIS, BibTeX, CSL), the
 * JSON-LD type and the citations' wording (src/lib/citing/source-kinds.ts).
 */
export const SOURCE_KINDS = ['news-article', 'web-page', 'press-release', 'report', 'broadcast-transcript', 'social-media-post'] as const;

/** One of {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One author of the original, as its byline (or a reliable record of it) names them. */
const authorSchema = z.strictObject({
  /**
   * The name as "Surname, Given" ("García, Ana"), the form citations invert
   * and reference managers split; an organisation or a single name is written
   * whole, without a comma.
   */
  name: plainText,
  /**
   * False when the attribution is not confirmed (no byline in the capture, a
   * secondary record only): the page shows the name marked unconfirmed, and
   * no citation, tag or data file gives it, since a citation states its
   * author as a fact.
   */
  confirmed: z.boolean().default(true),
});

/** A copy of the original in a public web archive (a memento), for Robust Links. */
const snapshotSchema = z.strictObject({
  /** The snapshot's address, e.g. a Wayback Machine URL with its 14-digit timestamp. */
  url: webUrl,
  /** The day the public archive captured it, as that archive records it. */
  date: partialDate.refine((date) => date.precision === 'day', 'a snapshot date needs a day: YYYY-MM-DD'),
});

/** Another publication the article reports on, e.g. the NOS piece a university news item summarises. */
const reportedWorkSchema = z.strictObject({
  /** Its publisher, e.g. "NOS". */
  publisher: plainText,
  /** Its language (BCP 47). */
  language: languageTag,
  /** Its URL, when known. */
  url: webUrl.optional(),
  /** Its publication date at the precision known, when known. */
  published: partialDate.optional(),
  /** What is known and unknown about it, in the archive's words. */
  note: plainText.optional(),
});

/**
 * A file's fixity: the SHA-256 of its bytes as kept, in lowercase hexadecimal.
 * Recorded when the capture is taken, so anyone can check that the file the
 * copy was checked against is still the one that was saved.
 */
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 written as 64 lowercase hexadecimal digits');

/** The web page an archivist saved (a browser's "Save page as", SingleFile), which the text capture was rendered from. */
const savedPageSchema = z.strictObject({
  /** The saved page, relative to `content/` (e.g. "captures/name.html"), kept byte for byte as saved. */
  file: z.string().regex(/^captures\/[^/]+\.html?$/, 'expected a saved page in content/captures/, e.g. "captures/name.html"'),
  /** The saved page's SHA-256; `npm run check-content` and the build refuse a page that no longer matches it. */
  sha256,
});

/** Where the archive's copy came from: the raw capture and what was taken out of it. */
const captureSchema = z.strictObject({
  /**
   * The text capture the word-for-word rule reads, relative to `content/`
   * (e.g. "captures/000_4d335b945d79b59c.txt"): a page's text as copied, or
   * the text rendering of the saved page in `page`.
   */
  file: z.string().regex(/^captures\/[^/]+\.txt$/, 'expected a file in content/captures/, e.g. "captures/name.txt"'),
  /**
   * The text capture's SHA-256. `npm run check-content` and the build refuse
   * a capture that no longer matches it. Required to publish; a draft may
   * leave it out.
   */
  sha256: sha256.optional(),
  /** The saved web page the text capture was rendered from, when the archivist saved one. */
  page: savedPageSchema.optional(),
  /**
   * Each paragraph of the capture that is page furniture, not article text
   * (menus, cookie notices, related links), exactly as captured. With the body,
   * these account for every paragraph of the capture; a test checks it.
   * Plain text, as the pages show it: a capture line's control and bidi
   * characters are not part of it.
   */
  furniture: z.array(plainText).default([]),
});

/**
 * Fields an article needs before it is published, which a draft may leave
 * out: `npm run new-article` writes only what it can read from the capture,
 * and the archivist fills in the rest. (`topics` too: a draft may have none.)
 */
const REQUIRED_TO_PUBLISH = ['headline', 'publisher', 'language', 'published', 'summary'] as const;

/** The article's fields, before the rule that a published article has them all. */
const articleFields = z.strictObject({
  /**
   * True while the article is being prepared: it is validated like any other
   * (schema and cross-collection checks) but not published, so it gets no page,
   * search entry, feed item, sitemap line or open data, and no mentions, timeline
   * or topic entries. It may leave out the fields in REQUIRED_TO_PUBLISH.
   * Remove the line (or write `false`) to publish it.
   */
  draft: z.boolean().default(false),
  /** The headline: the publisher's own, or one the archive supplied (see `headlineSupplied`). */
  headline: plainText.optional(),
  /** True when the source has no headline of its own and the archive wrote this one; the page says so. */
  headlineSupplied: z.boolean().default(false),
  /** Who published the original. */
  publisher: publisherSchema.optional(),
  /** What kind of publication the original is; most of the archive is news coverage, so a news article unless said otherwise. */
  sourceKind: z.enum(SOURCE_KINDS).default('news-article'),
  /**
   * Who wrote the original, in byline order, when the source names them.
   * Leave it out when no author is known: an unsigned item is cited by its
   * title, never under an invented name.
   */
  authors: z.array(authorSchema).default([]),
  /** The address of the original article. Two articles may not share one. */
  originalUrl: webUrl,
  /**
   * Known copies of the original in public web archives, each with its date;
   * links to the original then carry the one nearest the `archived` day as
   * their Robust Link `data-versionurl`. Only snapshots someone has seen:
   * none is ever guessed.
   */
  snapshots: z.array(snapshotSchema).default([]),
  /** Language of the text archived here (BCP 47), e.g. "en". */
  language: languageTag.optional(),
  /** Present when the archived text is a translation: of what, and how made. */
  translation: translationSchema.optional(),
  /** Publication date of the original at the precision known: "2019-10" when only the month is known. */
  published: partialDate.optional(),
  /** How the publication date is known and what is unconfirmed, in the archive's words. */
  publishedNote: plainText.optional(),
  /** The day the archive made this copy. */
  archived: partialDate.refine((date) => date.precision === 'day', 'the archived date needs a day: YYYY-MM-DD'),
  /** A short summary written by the archive (not by the publisher); shown marked as the archive's. */
  summary: plainText.optional(),
  /** Ids of the topics the article is filed under (files in `content/topics/`); at least one once published. */
  topics: entryIdList,
  /** Ids of the people, places and organisations it mentions (files in `content/entities/`); each must appear in the text under its name or an alias. */
  entities: entryIdList,
  /** Publications the article reports on, if any. */
  reports: z.array(reportedWorkSchema).default([]),
  /** The publisher's own subject tags, from the page around the article, as captured. */
  publisherTags: z.array(plainText).default([]),
  /** The raw capture the copy was made from. */
  capture: captureSchema,
});

type ArticleFields = z.infer<typeof articleFields>;
type RequiredToPublish = (typeof REQUIRED_TO_PUBLISH)[number];

/** A published article's front matter: every field in REQUIRED_TO_PUBLISH is there. */
export type PublishedArticle = Omit<ArticleFields, RequiredToPublish | 'draft'> & {
  [K in RequiredToPublish]-?: NonNullable<ArticleFields[K]>;
} & { draft: false };

/** A draft's front matter: validated, never published, possibly without the fields still to write. */
export type DraftArticle = ArticleFields & { draft: true };

/**
 * One archived article: a Markdown file in `content/articles/` whose body is
 * the article text word for word and whose front matter records provenance.
 * A published article (no `draft: true`) that lacks a field it needs stops the
 * build, naming the file and the field.
 */
export const articleSchema = articleFields
  .check(
    z.superRefine(
      (article: Partial<ArticleFields>, ctx) => {
        if (article.draft === true) return;
        for (const field of REQUIRED_TO_PUBLISH) {
          if (article[field] === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [field],
              message: `${field} is required to publish the article (only a draft, with draft: true, may leave it out)`,
            });
          }
        }
        if (article.capture && article.capture.sha256 === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['capture', 'sha256'],
            message:
              "the capture's SHA-256 is required to publish the article, so anyone can check the copy's source (only a draft may leave it out; `sha256sum` gives it, and new-article writes it)",
          });
        }
        if (Array.isArray(article.topics) && article.topics.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['topics'],
            message: 'file the article under at least one topic (only a draft, with draft: true, may have none)',
          });
        }
      },
      // Run even when other fields fail, so one build names every missing field (the value is then partly parsed).
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    ),
  )
  // The rule above is what makes this cast true; it lets code that only sees published articles rely on their fields.
  .transform((article) => article as PublishedArticle | DraftArticle);

/** An article's front matter after validation: published or draft. */
export type Article = z.infer<typeof articleSchema>;
