/**
 * Drafts an article from a raw capture: the file names, the front matter
 * (only what can be read, nothing invented), the body word for word, and the
 * review list of names, numbers, dates and fields still to write. Pure: it
 * reads nothing from disk and writes nothing; `scripts/new-article.ts` does
 * the reading, the checks on the arguments and the writing.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { getDomainWithoutSuffix } from 'tldts';
import { stringify } from 'yaml';
import { foldDiacritics } from '../../../src/lib/search/aliases.ts';
import { checkCapture } from '../../../src/lib/content/capture-check.ts';
import type { PartialDate } from '../../../src/lib/core/dates.ts';
import { canonicalUrlKey } from '../../../src/lib/content/checks/source-urls.ts';
import { bodyLineOffset, formatProblem, type ArchiveInput } from '../../../src/lib/content/problems.ts';
import { checkArchive } from '../../../src/lib/content/integrity.ts';
import { bodyParagraphs, parseMarkdown, type BodyParagraph } from '../../../src/lib/content/paragraphs.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { plainText } from '../../../src/schemas/shared.ts';
import { dateConflict, dateFromDateline, dateFromUrl, relativeDates, type FoundDate, type ResolvedDate } from './dates.ts';
import { detectLanguage, isStopword, type LanguageGuess } from './language.ts';
import { headlineSubject } from './file-subject.ts';
import { lineToParagraph } from './markdown.ts';
import { findKnownEntities, findUnknownNames, type FoundEntity, type KnownEntity, type UnknownName } from './names.ts';
import { findNumbers, placeFinder, suggestFigure, type FigureSuggestion, type FoundNumber } from './numbers.ts';
import { readsLikeProse, splitCapture, type SortedLine } from './split-capture.ts';
import { suggestTopics, type TopicSuggestion } from './topics.ts';
import { listReadings, pageLanguage, pagePublished } from './saved-page/fields.ts';
import type { SavedPage } from './saved-page/index.ts';

/** What the archivist gave on the command line, already checked, and the archive as it is. */
export interface DraftInput {
  /** The capture's text (decoded, UTF-8): for a saved page, its text rendering. */
  captureText: string;
  /** The SHA-256 of the text capture's bytes as they will be written (`capture.sha256`). */
  captureSha256: string;
  /** The saved page, when the capture is one: its sorted lines and metadata replace the text capture's split. */
  page?: SavedPage | undefined;
  /** The SHA-256 of the saved page's bytes as saved (`capture.page.sha256`); with `page`. */
  pageSha256?: string | undefined;
  /** The original article's URL (http or https). */
  url: string;
  /** --publisher: the publisher's name. */
  publisher?: string | undefined;
  /** --language: a canonical BCP 47 tag. */
  language?: string | undefined;
  /** --headline: the publisher's headline, as the original page gives it (in the capture or not). */
  headline?: string | undefined;
  /** --own-headline: a headline in the archive's own words, for a source without one (`headlineSupplied: true`). */
  ownHeadline?: string | undefined;
  /** --slug: the subject part of the file name, instead of one made from the headline. */
  slug?: string | undefined;
  /** --published: the publication date the archivist read on the original page, when the capture and URL give none. */
  published?: PartialDate | undefined;
  /** Today, as YYYY-MM-DD: the draft's `archived` date. */
  today: string;
  /** The archive's current content, for publishers, entities, topics, figures and duplicate URLs. */
  archive: ArchiveInput;
}

/** A number in the text, with where it is and the figure it may belong to. */
interface ReviewNumber extends FoundNumber {
  /** The paragraph it is in. */
  paragraph: number;
  /** The figure it may belong to, if one fits. */
  figure: FigureSuggestion | null;
}

/** Everything the archivist should look at before publishing. */
interface ReviewList {
  /** The file name and how each of its parts was made: it becomes the article's permanent URL. */
  fileName: { id: string; parts: string[] };
  /** Names and numbers in furniture lines that read like prose, for a second look: if they are article text, move them to the body. */
  furnitureProse: { line: number; names: UnknownName[]; numbers: FoundNumber[] }[];
  /** Why no unknown names could be listed (text in a script without capital letters), or null. */
  namesUnreadable: string | null;
  /** Capture lines kept out of the body (headline and furniture), with why. */
  outside: SortedLine[];
  /** Known entities found, as listed in `entities`. */
  entities: FoundEntity[];
  /** Unknown names that look like a known entity in another spelling. */
  lookalikes: UnknownName[];
  /** Names the archive does not know at all. */
  unknown: UnknownName[];
  /** Every number, with the figure it may belong to. */
  numbers: ReviewNumber[];
  /** Every relative date, resolved from the publication date. */
  dates: (ResolvedDate & { paragraph: number })[];
  /** Topics to consider. */
  topics: TopicSuggestion[];
  /** Fields still to write, each with what to do. */
  toWrite: { field: string; what: string }[];
  /** How each filled field was read, for checking. */
  readings: { field: string; how: string }[];
}

/** A draft ready to be written. */
export interface Draft {
  /** The article's id: its file name without `.md`, also the capture's. */
  id: string;
  /** Where the article goes, relative to the content folder: `articles/<id>.md`. */
  articleFile: string;
  /** Where the capture copy goes, relative to the content folder: `captures/<id>.txt`. */
  captureFile: string;
  /** Where the saved page goes, relative to the content folder (`captures/<id>.html`), for a saved page. */
  pageFile?: string | undefined;
  /** The article file's text: front matter and body. */
  markdown: string;
  /** The review list. */
  review: ReviewList;
}

/** The error for input the draft cannot be made from; its message is one line. */
export class DraftError extends Error {
  override name = 'DraftError';
}

/** A file-name part: folded to ASCII, lower case, words joined by hyphens. */
export function slugify(text: string, maxWords = 6): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** A host without "www." and in lower case, for comparing publishers. */
const hostOf = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, '');

/**
 * The publisher part of the file name when no publisher is named: the
 * registrable domain without its public suffix, read with the Public Suffix
 * List (`tldts`), so "www.thetimes.co.uk" gives "thetimes" and
 * "www.hurriyet.com.tr" "hurriyet", never "co" or "com".
 */
export function publisherFromHost(url: string): string {
  const host = new URL(url).hostname;
  return getDomainWithoutSuffix(host) || host.replace(/^www\./, '').split('.')[0] || 'unknown';
}

/** The publisher: --publisher (with the home page of an existing article's publisher of that name or host), or an existing article's publisher on the same host. */
function findPublisher(input: DraftInput): { publisher?: { name: string; url: string }; how: string } {
  const host = hostOf(input.url);
  const sameHost = input.archive.articles.find((article) => article.data.publisher && hostOf(article.data.originalUrl) === host)?.data
    .publisher;
  if (input.publisher) {
    const sameName = input.archive.articles.find((article) => article.data.publisher?.name.toLowerCase() === input.publisher!.toLowerCase())
      ?.data.publisher;
    const url = sameName?.url ?? sameHost?.url ?? `${new URL(input.url).origin}/`;
    return {
      publisher: { name: input.publisher, url },
      how: `from --publisher; home page ${url}${sameName || sameHost ? ' as an existing article gives it' : ', the URL’s origin'}`,
    };
  }
  if (sameHost) return { publisher: sameHost, how: `from an existing article on ${host}` };
  const named = input.page?.metadata.publisher[0];
  if (named) {
    const url = `${new URL(input.url).origin}/`;
    return { publisher: { name: named.value, url }, how: `from the page's metadata (${named.source}); home page ${url}, the URL’s origin` };
  }
  return { how: '' };
}

/**
 * The subject part of the file name: the headline's first content words
 * (never a kicker, an agency credit or a "continue reading" link:
 * `headlineSubject`), else the URL's last wordy path segment. A headline in
 * a script the file name cannot spell (Arabic, Persian…) with no wordy URL
 * gives null: the archivist then names it with --slug.
 */
function subjectSlug(captured: string | undefined, url: string): { slug: string; how: string } | null {
  const headline = captured === undefined ? undefined : (headlineSubject(captured) ?? undefined);
  const fromWords = (text: string) =>
    slugify(text, 20)
      .split('-')
      .filter((word) => !isStopword(word) && !/^\d+$/.test(word))
      .slice(0, 4)
      .join('-');
  if (headline) {
    const slug = fromWords(headline);
    if (slug) return { slug, how: 'the headline’s first words' };
  }
  const segment = new URL(url).pathname
    .split('/')
    .filter(Boolean)
    .reverse()
    .find((part) => /[a-z]{3,}-[a-z]{3,}/i.test(part));
  const fromUrl = segment && fromWords(segment.replace(/\.\w+$/, '').replace(/-/g, ' '));
  const furniture =
    captured !== undefined && headline === undefined ? ` (the headline "${captured}" is a kicker, an agency line or a link)` : '';
  if (fromUrl) return { slug: fromUrl, how: `the URL’s words "${segment}"${furniture}` };
  if (headline) return null;
  return {
    slug: 'article',
    how: `${furniture ? 'a headline that is furniture' : 'no headline'} and no words in the URL: pass --slug for a better one`,
  };
}

/** The publication date: a day in the URL, else a day in a dateline, else whatever precision either gives. */
function choosePublished(url: string, lines: SortedLine[]): { found: FoundDate | null; other: FoundDate | null } {
  // The dateline may stand below a standfirst: look down to the first paragraph of the text itself.
  const firstBody = lines.findIndex((line) => line.kind === 'body' && line.reason.startsWith('article text'));
  const fromUrl = dateFromUrl(url);
  const fromDateline = dateFromDateline(lines.slice(0, firstBody < 0 ? lines.length : firstBody + 1));
  const ranked = [fromUrl, fromDateline].filter((date): date is FoundDate => date !== null).sort((a, b) => rank(b.date) - rank(a.date));
  return { found: ranked[0] ?? null, other: ranked[1] && ranked[1].date.iso !== ranked[0]!.date.iso ? ranked[1] : null };
}
const rank = (date: PartialDate) => ({ day: 3, month: 2, year: 1 })[date.precision];

/** The share of a text's letters that are Latin, to tell whether capitalisation can find names in it. */
function latinShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length === 0 ? 1 : letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length / letters.length;
}

/**
 * The draft's language: --language, else the page's own tag (detection shown
 * beside it, and a disagreement noted), else franc's sure guess; throws when
 * neither the page nor franc can say.
 */
function chooseLanguage(
  input: DraftInput,
  text: string,
  pageLang: { tag: string; source: string } | null,
  notes: string[],
): { guess: LanguageGuess | null; language: string | undefined } {
  const guess: LanguageGuess | null = input.language ? null : detectLanguage(text);
  if (pageLang && guess?.tag && guess.tag.split('-')[0] !== pageLang.tag.split('-')[0])
    notes.push(`language: the page says ${pageLang.tag} (${pageLang.source}) but the body reads as ${guess.tag}: check`);
  if (guess && !guess.tag && !pageLang) {
    const scores = guess.scores.map((score) => `${score.tag} ${score.score.toFixed(2)}`).join(', ');
    throw new DraftError(
      `the language is unsure (${scores || 'too little text'}); nothing was written: pass --language with its BCP 47 tag (e.g. --language ${guess.scores[0]?.tag ?? 'en'})`,
    );
  }
  return { guess, language: input.language ?? pageLang?.tag ?? guess?.tag ?? undefined };
}

/** The publication date (--published, else the page's metadata, else URL or dateline) and another source's date that disagrees. */
function publishedDate(
  input: DraftInput,
  lines: SortedLine[],
  notes: string[],
): { published: FoundDate | null; otherDate: FoundDate | null } {
  const fromPage = input.page ? pagePublished(input.page, notes) : null;
  const read = fromPage ? { found: fromPage, other: dateFromUrl(input.url) } : choosePublished(input.url, lines);
  // A URL's month agrees with a metadata day in that month.
  if (fromPage && read.other && fromPage.date.iso.startsWith(read.other.date.iso)) read.other = null;
  const published: FoundDate | null = input.published
    ? { date: input.published, basis: 'the original page, as the archivist read it (--published)' }
    : read.found;
  const otherDate = input.published ? (read.found && read.found.date.iso !== input.published.iso ? read.found : null) : read.other;
  return { published, otherDate };
}

/** The fields the archivist still has to write, each with what to do. */
function fieldsToWrite(
  url: string,
  found: { headline: string | undefined; publisher: unknown; language: string | undefined; published: FoundDate | null },
): { field: string; what: string }[] {
  const toWrite: { field: string; what: string }[] = [
    { field: 'summary', what: 'write the archive’s summary of the article' },
    { field: 'topics', what: 'file it under at least one topic (see the suggestions)' },
  ];
  if (!found.headline)
    toWrite.push({
      field: 'headline',
      what: 'no capture line looks like a headline: write one and set headlineSupplied: true, or pass --headline',
    });
  if (!found.publisher)
    toWrite.push({ field: 'publisher', what: `no existing article is on ${hostOf(url)}: write name and url, or pass --publisher` });
  if (!found.language)
    toWrite.push({ field: 'language', what: 'the language could not be detected: write its BCP 47 tag, or pass --language' });
  if (!found.published)
    toWrite.push({
      field: 'published',
      what: 'neither the URL nor a dateline gives a date: better, run again with --published; else write it with publishedNote and rename the files from undated- (check-content says to what)',
    });
  toWrite.push({ field: 'translation', what: 'if the text is a translation, say of what and how it was made' });
  toWrite.push({ field: 'draft', what: 'remove the line to publish' });
  return toWrite;
}

/** What {@link fieldReadings} says how each field was read from. */
interface ReadFields {
  headline: string | undefined;
  capturedHeadline: string | undefined;
  capturedLine: number | undefined;
  publisherHow: string;
  pageLang: { tag: string; source: string } | null;
  guess: LanguageGuess | null;
  published: FoundDate | null;
  otherDate: FoundDate | null;
  notes: readonly string[];
}

/** How each filled field was read, for checking; fields not filled are left out. */
function fieldReadings(input: DraftInput, read: ReadFields): { field: string; how: string }[] {
  const { headline, capturedHeadline, capturedLine, pageLang, guess, published, otherDate } = read;
  const francReads = guess?.scores.map((score) => `${score.tag} ${score.score.toFixed(2)}`).join(', ') ?? '';
  return [
    {
      field: 'headline',
      how: !headline
        ? ''
        : input.ownHeadline
          ? 'from --own-headline: the archive’s words, so headlineSupplied: true'
          : input.headline
            ? capturedHeadline
              ? 'from --headline, a line of the capture'
              : 'from --headline, the publisher’s words; no capture line has it: check it against the original page'
            : input.page
              ? `${input.page.headline?.source ?? 'the page'}${capturedHeadline ? ` (line ${capturedLine!} of the text capture)` : ''}`
              : `capture line ${capturedLine!}, which looks like a headline: check it`,
    },
    { field: 'publisher', how: read.publisherHow },
    {
      field: 'language',
      how: input.language
        ? 'from --language'
        : pageLang
          ? `${pageLang.tag} from the page (${pageLang.source})${guess?.scores.length ? `; franc reads ${francReads}` : ''}`
          : guess?.tag
            ? `detected by franc (${francReads})`
            : '',
    },
    {
      field: 'published',
      how: published
        ? `${published.date.iso} from ${published.basis}${otherDate ? `; but ${otherDate.basis} gives ${otherDate.date.iso}: check` : ''}`
        : '',
    },
    ...(input.page ? pageReadings(input.page, read.notes) : []),
  ].filter((reading) => reading.how !== '');
}

/** Every number of the text, each with the figure of the archive it may belong to. */
function reviewNumbers(
  paragraphs: readonly BodyParagraph[],
  language: string,
  found: readonly FoundEntity[],
  entities: readonly KnownEntity[],
  archive: ArchiveInput,
): ReviewNumber[] {
  const paragraphEntities = (number: number) =>
    found.filter((entity) => entity.mentions.some((mention) => mention.paragraph === number)).map((entity) => entity.id);
  const placeIds = new Set(entities.filter((entity) => entity.kind === 'place').map((entity) => entity.id));
  const placesIn = placeFinder(entities);
  const figures = archive.figures.map((figure) => ({
    id: figure.id,
    label: figure.data.label,
    unit: figure.data.unit,
    entities: figure.data.entities,
    claims: figure.data.claims.map((claim) => ({ min: claim.normalised.min, max: claim.normalised.max, article: claim.source.article })),
  }));
  return paragraphs.flatMap((paragraph) =>
    findNumbers(paragraph.text, language).map((number) => ({
      ...number,
      paragraph: paragraph.number,
      figure: suggestFigure(
        number,
        {
          articleEntities: found.map((entity) => entity.id),
          paragraphEntities: paragraphEntities(paragraph.number),
          sentencePlaces: placesIn(number.sentence),
          placeIds,
        },
        figures,
      ),
    })),
  );
}

/** Every relative date of the text, resolved, with an existing event about the paragraph's places whose date disagrees. */
function reviewDates(
  paragraphs: readonly BodyParagraph[],
  language: string,
  found: readonly FoundEntity[],
  published: FoundDate | null,
  archive: ArchiveInput,
): ReviewList['dates'] {
  const events = archive.events.map((event) => ({ id: event.id, date: event.data.date, places: event.data.places }));
  return paragraphs.flatMap((paragraph) => {
    const places = found
      .filter((entity) => entity.kind === 'place' && entity.mentions.some((mention) => mention.paragraph === paragraph.number))
      .map((entity) => entity.id);
    return relativeDates(paragraph.text, language, published?.date).map((date) => {
      const conflict = dateConflict(date.iso, places, events);
      return { ...date, paragraph: paragraph.number, ...(conflict ? { conflict } : {}) };
    });
  });
}

/** The draft's file name (its permanent URL): publication date, publisher, subject, and how each part was made. */
function fileNameOf(
  input: DraftInput,
  published: FoundDate | null,
  publisher: { name: string } | undefined,
  publishersHeadline: string | undefined,
  headline: string | undefined,
): ReviewList['fileName'] {
  const datePart = published?.date.iso ?? 'undated';
  // A name in a script the file name cannot spell (a page's "صحيفة المثال") falls back to the site's domain.
  const publisherSlug = publisher ? slugify(publisher.name, 3) : '';
  const publisherPart = publisherSlug || slugify(publisherFromHost(input.url), 3) || 'unknown';
  const subject = input.slug ? { slug: input.slug, how: 'from --slug' } : subjectSlug(publishersHeadline, input.url);
  if (!subject)
    throw new DraftError(
      `the headline "${headline}" has no words in Latin letters for the file name, nor has the URL; nothing was written: pass --slug (e.g. --slug camp-escape)`,
    );
  const id = `${datePart}-${publisherPart}-${subject.slug}`;
  return {
    id,
    parts: [
      `${datePart}: ${published ? `the publication date (${published.basis})` : 'no date in the URL or a dateline: if the original page gives one, remove both files and run again with --published YYYY-MM-DD'}`,
      `${publisherPart}: ${publisherSlug ? `the publisher “${publisher!.name}”` : `the site's registrable domain (${new URL(input.url).hostname})`}`,
      `${subject.slug}: ${subject.how}`,
    ],
  };
}

/** Names and numbers in furniture lines that read like prose, for a second look. */
function furnitureProse(lines: readonly SortedLine[], entities: readonly KnownEntity[], language: string): ReviewList['furnitureProse'] {
  return lines
    .filter((line) => line.kind === 'furniture' && readsLikeProse(line.text))
    .map((line) => ({
      line: line.line,
      names: findUnknownNames([{ number: 0, line: 0, text: line.text }], entities, language),
      numbers: findNumbers(line.text, language),
    }))
    .filter((prose) => prose.names.length > 0 || prose.numbers.length > 0);
}

/** Drafts an article from a capture; throws a DraftError when the result would not pass the archive's own checks. */
export function draftArticle(input: DraftInput): Draft {
  const urlKey = canonicalUrlKey(input.url);
  const already = input.archive.articles.find((article) => canonicalUrlKey(article.data.originalUrl) === urlKey);
  if (already) throw new DraftError(`${input.url} is already archived by ${already.file}`);

  const givenHeadline = (input.headline ?? input.ownHeadline)?.replace(/\s+/g, ' ').trim() || undefined;
  const lines = input.page ? input.page.lines : splitCapture(input.captureText, { headline: givenHeadline });
  const bodyLines = lines.filter((line) => line.kind === 'body');
  if (bodyLines.length === 0)
    throw new DraftError(
      input.page
        ? 'no line of the saved page is article text (Readability found no article, or the archive’s rules set all of it aside)'
        : 'no line of the capture reads as article text (whole sentences of six words or more)',
    );
  refuseMarkupFurniture(lines);
  const capturedHeadline = lines.find((line) => line.kind === 'headline')?.text;
  const pageHeadline = input.page?.headline;
  const headline = givenHeadline || capturedHeadline || pageHeadline?.value;
  // Only the archive's own words are "supplied": a publisher's headline missing from the capture is still the publisher's.
  const headlineSupplied =
    input.ownHeadline !== undefined ||
    (headline !== undefined && capturedHeadline === undefined && input.headline === undefined && pageHeadline === undefined);
  const notes = input.page ? [...input.page.notes] : [];
  const pageLang = input.page && !input.language ? pageLanguage(input.page, notes) : null;

  const body = bodyLines.map((line) => lineToParagraph(line.text)).join('\n\n');
  const paragraphs: BodyParagraph[] = bodyParagraphs(body);
  const text = paragraphs.map((paragraph) => paragraph.text).join('\n');

  const { guess, language } = chooseLanguage(input, text, pageLang, notes);
  const { published, otherDate } = publishedDate(input, lines, notes);
  const { publisher, how: publisherHow } = findPublisher(input);

  const entities: KnownEntity[] = input.archive.entities.map((entity) => ({
    id: entity.id,
    kind: entity.data.kind,
    names: [entity.data.name, ...entity.data.aliases],
  }));
  const textLanguage = language ?? 'en';
  const found = findKnownEntities(paragraphs, entities, headlineSupplied ? undefined : headline);
  const names = findUnknownNames(paragraphs, entities, textLanguage);
  const namesUnreadable =
    latinShare(text) < 0.5
      ? 'the text is not in Latin script, which has no capital letters to tell names by: read it for names of people, places and organisations'
      : null;

  const fileName = fileNameOf(input, published, publisher, headlineSupplied ? undefined : headline, headline);
  const { id } = fileName;
  const captureFile = `captures/${id}.txt`;
  const pageFile = input.page ? `captures/${id}.html` : undefined;

  const frontMatter: Record<string, unknown> = {
    draft: true,
    ...(headline ? { headline } : {}),
    ...(headlineSupplied ? { headlineSupplied: true } : {}),
    ...(publisher ? { publisher } : {}),
    originalUrl: input.url,
    ...(language ? { language } : {}),
    ...(published ? { published: published.date.iso, publishedNote: `The date comes from ${published.basis}.` } : {}),
    archived: input.today,
    topics: [],
    entities: found.map((entity) => entity.id),
    capture: {
      file: captureFile,
      sha256: input.captureSha256,
      ...(pageFile ? { page: { file: pageFile, sha256: input.pageSha256 } } : {}),
      furniture: lines.filter((line) => line.kind === 'furniture').map((line) => line.text),
    },
  };
  const yaml = stringify(frontMatter, { lineWidth: 0, defaultKeyType: 'PLAIN' })
    // Dates stay quoted, so no YAML reader takes them for timestamps.
    .replace(/^(published|archived): (\d{4}(?:-\d{2}){0,2})$/gm, '$1: "$2"');
  const markdown = `---\n${yaml}---\n\n${body}\n`;

  selfCheck(markdown, id, input, captureFile);

  const toWrite = fieldsToWrite(input.url, { headline, publisher, language, published });
  const readings = fieldReadings(input, {
    headline,
    capturedHeadline,
    capturedLine: lines.find((line) => line.kind === 'headline')?.line,
    publisherHow,
    pageLang,
    guess,
    published,
    otherDate,
    notes,
  });

  return {
    id,
    articleFile: `articles/${id}.md`,
    captureFile,
    pageFile,
    markdown,
    review: {
      fileName,
      furnitureProse: furnitureProse(lines, entities, textLanguage),
      namesUnreadable,
      outside: lines.filter((line) => line.kind !== 'body'),
      entities: found,
      lookalikes: names.filter((name) => name.lookalike),
      unknown: names.filter((name) => !name.lookalike),
      numbers: reviewNumbers(paragraphs, textLanguage, found, entities, input.archive),
      dates: reviewDates(paragraphs, textLanguage, found, published, input.archive),
      topics: suggestTopics(
        found.map((entity) => entity.id),
        input.archive.articles.map((article) => ({ id: article.id, topics: article.data.topics, entities: article.data.entities })),
      ),
      toWrite,
      readings,
    },
  };
}

/**
 * Stops on capture lines that are markup (a tag, a character reference):
 * they are never the headline or the body, and `capture.furniture` holds
 * plain text only (the schema refuses markup there), so the capture cannot
 * account for them. The message names each line and the two ways on.
 */
function refuseMarkupFurniture(lines: readonly SortedLine[]): void {
  const markup = lines.filter((line) => line.kind === 'furniture' && !plainText.safeParse(line.text).success);
  if (markup.length === 0) return;
  const named = markup
    .map((line) => `line ${line.line} ("${line.text.length > 40 ? `${line.text.slice(0, 37)}…` : line.text}")`)
    .join(', ');
  throw new DraftError(
    `${named} of the capture ${markup.length === 1 ? 'is markup or code, not text a reader saw' : 'are markup or code, not text a reader saw'}, and capture.furniture keeps plain text only; nothing was written: delete ${markup.length === 1 ? 'that line' : 'those lines'} from the capture, or save the page as HTML and run new-article on the saved page`,
  );
}

/** The saved page's other metadata, each with its sources, and the notes on it, for the review. */
function pageReadings(page: SavedPage, notes: readonly string[]): { field: string; how: string }[] {
  const { metadata } = page;
  return [
    { field: 'modified (not in the front matter)', how: listReadings(metadata.modified) },
    { field: 'authors (not in the front matter)', how: listReadings(metadata.authors) },
    { field: 'publisher named by the page', how: listReadings(metadata.publisher) },
    { field: 'section (not in the front matter)', how: listReadings(metadata.section) },
    { field: 'canonical URL', how: listReadings(metadata.canonical) },
    ...notes.map((note) => ({ field: 'note', how: note })),
  ];
}

/**
 * Runs the archive's own checks on the draft as it will be written: the
 * schema, the word-for-word rule against the capture, and the
 * cross-collection checks with the rest of the archive. Any problem is a bug
 * in the drafting, so it stops before anything is written.
 */
function selfCheck(markdown: string, id: string, input: DraftInput, captureFile: string): void {
  const file = `content/articles/${id}.md`;
  const { frontmatter, content } = parseFrontmatter(markdown);
  const parsed = articleSchema.safeParse(frontmatter);
  if (!parsed.success)
    throw new DraftError(
      `the draft would not pass its schema: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  const tree = parseMarkdown(content);
  const article = {
    id,
    file,
    data: parsed.data,
    body: content,
    bodyLineOffset: bodyLineOffset(markdown, content),
    tree,
    paragraphs: bodyParagraphs(tree),
  };
  const problems = [
    ...checkCapture({ ...article, data: { ...parsed.data, capture: { ...parsed.data.capture, file: captureFile } } }, input.captureText),
    ...checkArchive({ ...input.archive, articles: [...input.archive.articles, article] }).filter((problem) => problem.file === file),
  ];
  if (problems.length > 0) throw new DraftError(`the draft would not pass the archive's checks: ${formatProblem(problems[0]!)}`);
}
