/**
 * Ready-made citations of an archived article in APA (7th edition), Chicago
 * (17th, bibliography style); BibTeX, RIS and CSL-JSON are in citation-files.ts. They cite the ORIGINAL publication,
 * with its date at the precision known, and add the archive's copy as
 * "archived at". A headline the archive supplied is cited as a bracketed
 * description, never as if the publisher had written it.
 */
import { SITE_TITLE } from '../../consts.ts';
import type { PublishedArticle, SourceKind } from '../../schemas/article.ts';
import { monthName, type PartialDate } from '../core/dates.ts';
import { languageName } from '../content/languages.ts';
import { sourceKindInfo } from './source-kinds.ts';

/** What a citation needs to know about an article: the one record every citation, tag and file is made from. */
export interface CitationSource {
  /** Entry id, used as the BibTeX key. */
  id: string;
  /** The headline shown on the page. */
  headline: string;
  /** True when the archive wrote the headline. */
  headlineSupplied: boolean;
  /** What kind of publication the original is. */
  kind: SourceKind;
  /** The confirmed authors of the original, each "Surname, Given"; empty when none is known. */
  authors: readonly string[];
  /** The publisher's name. */
  publisher: string;
  /** The original article's URL. */
  originalUrl: string;
  /** When the original was published. */
  published: PartialDate;
  /** Language of the archived text. */
  language: string;
  /** Present for translations. */
  translation?: { method: 'machine' | 'human'; fromLanguage: string; originalHeadline?: string | undefined } | undefined;
  /** The archive's name, as the place the copy is kept. */
  archiveName: string;
  /** Absolute URL of the archive's copy. */
  archiveUrl: string;
  /** When the archive made its copy. */
  archived: PartialDate;
}

/**
 * The citation record of a published article whose copy is at `archiveUrl`:
 * only confirmed authors are cited (an unconfirmed name is shown on the page,
 * marked, and nowhere else).
 */
export function citationSourceOf(id: string, data: PublishedArticle, archiveUrl: string): CitationSource {
  return {
    id,
    headline: data.headline,
    headlineSupplied: data.headlineSupplied,
    kind: data.sourceKind,
    authors: data.authors.filter((author) => author.confirmed).map((author) => author.name),
    publisher: data.publisher.name,
    originalUrl: data.originalUrl,
    published: data.published,
    language: data.language,
    translation: data.translation,
    archiveName: SITE_TITLE,
    archiveUrl,
    archived: data.archived,
  };
}

/** The three citation formats, as plain text ready to copy. */
export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

/** The language the original was published in. */
export function originalLanguage(source: CitationSource): string {
  return source.translation?.fromLanguage ?? source.language;
}

/** The title to cite: the original's own, or the publisher's headline, or a bracketed description of a supplied one. */
export function citedTitle(source: CitationSource): { text: string; isDescription: boolean } {
  if (source.translation?.originalHeadline) return { text: source.translation.originalHeadline, isDescription: false };
  if (!source.headlineSupplied) return { text: source.headline, isDescription: false };
  const language = languageName(originalLanguage(source));
  return {
    text: `[${sourceKindInfo(source.kind).noun} in ${language}; headline supplied by the archive: ${source.headline}]`,
    isDescription: true,
  };
}

/** What the archive's copy is, for the "archived at" note: "Archived copy", or "Archived English machine translation". */
export function copyDescription(source: CitationSource): string {
  if (!source.translation) return 'Archived copy';
  return `Archived ${languageName(source.language)} ${source.translation.method} translation`;
}

/** APA date: "(2019, October 16)", "(2019, October)" or "(2019)". */
function apaDate(date: PartialDate): string {
  if (date.precision === 'year') return `(${date.year})`;
  if (date.precision === 'month') return `(${date.year}, ${monthName(date.month!)})`;
  return `(${date.year}, ${monthName(date.month!)} ${date.day})`;
}

/** Chicago date: "October 16, 2019", "October 2019" or "2019". */
function chicagoDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${monthName(date.month!)} ${date.year}`;
  return `${monthName(date.month!)} ${date.day}, ${date.year}`;
}

/**
 * The author element of an APA 7 reference (Publication Manual §9.8), from
 * names written "Surname, I.": one as is; two to twenty all of them, the
 * last after ", & " ("García, A., López, B., & Ruiz, C."); from twenty-one,
 * the first nineteen, an ellipsis and the last. Null when none are known.
 */
export function apaAuthors(authors: readonly string[] | undefined): string | null {
  if (!authors || authors.length === 0) return null;
  if (authors.length === 1) return authors[0]!;
  if (authors.length > 20) return `${authors.slice(0, 19).join(', ')}, . . . ${authors.at(-1)}`;
  return `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
}

/** "Surname, Given" as "Given Surname"; a name without a comma is left as it is. */
function uninverted(name: string): string {
  const comma = name.indexOf(',');
  return comma < 0 ? name : `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`;
}

/**
 * The author element of a Chicago 17 bibliography entry (§14.76), from
 * names written "Surname, Given": the first inverted, the others in normal
 * order, the last after ", and" ("García, Ana, Bruno López, and Carla
 * Ruiz"); from eleven authors, the first seven and "et al.". Null when none
 * are known.
 */
export function chicagoAuthors(authors: readonly string[] | undefined): string | null {
  if (!authors || authors.length === 0) return null;
  const [first, ...others] = authors;
  if (others.length === 0) return first!;
  if (authors.length > 10) return `${[first!, ...others.slice(0, 6).map(uninverted)].join(', ')}, et al.`;
  return `${[first!, ...others.slice(0, -1).map(uninverted)].join(', ')}, and ${uninverted(others.at(-1)!)}`;
}

/** Ends an element with a period, unless it ends with one already (an initial, "et al."). */
function withPeriod(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** The APA 7 reference. Without authors, the title takes the author position. */
export function apaCitation(source: CitationSource): string {
  const title = citedTitle(source);
  const authors = apaAuthors(source.authors);
  const head = authors ? `${authors} ${apaDate(source.published)}. ${title.text}.` : `${title.text}. ${apaDate(source.published)}.`;
  return `${head} ${source.publisher}. ${source.originalUrl} ${copyDescription(source)}: ${source.archiveUrl}`;
}

/** The Chicago bibliography entry. */
export function chicagoCitation(source: CitationSource): string {
  const title = citedTitle(source);
  const quoted = title.isDescription ? title.text : `“${title.text}.”`;
  const authors = chicagoAuthors(source.authors);
  const language = source.translation ? ` In ${languageName(originalLanguage(source))}.` : '';
  return `${authors ? `${withPeriod(authors)} ` : ''}${quoted}${language} ${source.publisher}, ${chicagoDate(source.published)}. ${source.originalUrl}. ${copyDescription(source)} at ${source.archiveUrl}, ${chicagoDate(source.archived)}.`;
}

/**
 * The short note reference managers keep with the item (Zotero's Extra, CSL
 * and RIS notes): when the archive copied it, whether the copy is a
 * translation, and whether the headline is the archive's.
 */
export function archiveNote(source: CitationSource): string {
  const parts = [`Archived ${source.archived.iso}.`];
  if (source.translation) {
    parts.push(
      `${languageName(source.language)} ${source.translation.method} translation of the ${languageName(source.translation.fromLanguage)} original.`,
    );
  }
  if (source.headlineSupplied) parts.push('Headline supplied by the archive.');
  return parts.join(' ');
}
