/**
 * Ready-made citations of an archived article in APA (7th edition), Chicago
 * (17th, bibliography style) and BibTeX. They cite the ORIGINAL publication,
 * with its date at the precision known, and add the archive's copy as
 * "archived at". A headline the archive supplied is cited as a bracketed
 * description, never as if the publisher had written it.
 */
import { monthName, type PartialDate } from '../content/dates.ts';
import { languageName } from '../content/languages.ts';

/** What a citation needs to know about an article. */
export interface CitationSource {
  /** Entry id, used as the BibTeX key. */
  id: string;
  /** The headline shown on the page. */
  headline: string;
  /** True when the archive wrote the headline. */
  headlineSupplied: boolean;
  /** The publisher's name. */
  publisher: string;
  /** The original article's URL. */
  originalUrl: string;
  /** When the original was published. */
  published: PartialDate;
  /** Language of the archived text. */
  language: string;
  /** Present for translations. */
  translation?:
    | { method: 'machine' | 'human'; fromLanguage: string; originalHeadline?: string | undefined; originalAuthors?: string[] | undefined }
    | undefined;
  /** Absolute URL of the archive's copy. */
  archiveUrl: string;
  /** When the archive made its copy. */
  archived: PartialDate;
}

/** The three citation formats, as plain text ready to copy. */
export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

/** The language the original was published in. */
function originalLanguage(source: CitationSource): string {
  return source.translation?.fromLanguage ?? source.language;
}

/** The title to cite: the original's own, or the publisher's headline, or a bracketed description of a supplied one. */
export function citedTitle(source: CitationSource): { text: string; isDescription: boolean } {
  if (source.translation?.originalHeadline) return { text: source.translation.originalHeadline, isDescription: false };
  if (!source.headlineSupplied) return { text: source.headline, isDescription: false };
  const language = languageName(originalLanguage(source));
  return { text: `[News article in ${language}; headline supplied by the archive: ${source.headline}]`, isDescription: true };
}

/** What the archive's copy is, for the "archived at" note: "Archived copy", or "Archived English machine translation". */
function copyDescription(source: CitationSource): string {
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
  const authors = apaAuthors(source.translation?.originalAuthors);
  const head = authors ? `${authors} ${apaDate(source.published)}. ${title.text}.` : `${title.text}. ${apaDate(source.published)}.`;
  return `${head} ${source.publisher}. ${source.originalUrl} ${copyDescription(source)}: ${source.archiveUrl}`;
}

/** The Chicago bibliography entry. */
export function chicagoCitation(source: CitationSource): string {
  const title = citedTitle(source);
  const quoted = title.isDescription ? title.text : `“${title.text}.”`;
  const authors = chicagoAuthors(source.translation?.originalAuthors);
  const language = source.translation ? ` In ${languageName(originalLanguage(source))}.` : '';
  return `${authors ? `${withPeriod(authors)} ` : ''}${quoted}${language} ${source.publisher}, ${chicagoDate(source.published)}. ${source.originalUrl}. ${copyDescription(source)} at ${source.archiveUrl}, ${chicagoDate(source.archived)}.`;
}

/** Escapes the characters BibTeX treats specially. */
function bibtexEscape(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** The BibTeX entry (@misc, which every style understands), keyed by the article's id. */
export function bibtexCitation(source: CitationSource): string {
  const title = citedTitle(source);
  const fields: [string, string][] = [['title', `{${bibtexEscape(title.text)}}`]];
  const authors = source.translation?.originalAuthors;
  if (authors?.length) fields.push(['author', `{${authors.map(bibtexEscape).join(' and ')}}`]);
  fields.push(['howpublished', `{${bibtexEscape(source.publisher)}}`]);
  fields.push(['year', String(source.published.year)]);
  if (source.published.month) fields.push(['month', BIBTEX_MONTHS[source.published.month - 1]!]);
  if (source.published.day) fields.push(['day', String(source.published.day)]);
  fields.push(['url', `{${source.originalUrl}}`]);
  fields.push(['language', `{${languageName(originalLanguage(source)).toLowerCase()}}`]);
  fields.push(['note', `{${bibtexEscape(copyDescription(source))} at \\url{${source.archiveUrl}}, ${source.archived.iso}}`]);
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@misc{${source.id},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(',\n')}\n}`;
}

/** All three citations of an article. */
export function citationsFor(source: CitationSource): Citations {
  return { apa: apaCitation(source), chicago: chicagoCitation(source), bibtex: bibtexCitation(source) };
}
