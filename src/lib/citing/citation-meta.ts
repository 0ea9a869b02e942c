/**
 * The <meta> tags reference managers and scholarly search read from an
 * article page: Highwire Press `citation_*` tags (Zotero's embedded-metadata
 * translator, Google Scholar) and Dublin Core (`DC.*`). Like the page's
 * ready-made citations (citations.ts), they cite the ORIGINAL publication:
 * its title, publisher, date at the precision known and authors where the
 * source names them, with the archive's page as the public URL. Dublin Core
 * describes the copy (its headline and language) with the original as its
 * source. A translation says so in DC.description.
 */
import { citedTitle, type CitationSource } from './citations.ts';
import type { PartialDate } from '../content/dates.ts';
import { languageName } from '../content/languages.ts';

/** One <meta name content> pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * Highwire's date form, at the precision known: "2019/10/16", "2019/10" or
 * "2019" (Google Scholar reads "YYYY/MM/DD" or the year alone).
 */
export function highwireDate(date: PartialDate): string {
  return date.iso.replaceAll('-', '/');
}

/** The tags for one article, in a stable order. */
export function citationMetaTags(source: CitationSource): MetaTag[] {
  const title = citedTitle(source).text;
  const originalLanguage = source.translation?.fromLanguage ?? source.language;
  const authors = source.translation?.originalAuthors ?? [];
  const tags: MetaTag[] = [
    { name: 'citation_title', content: title },
    ...authors.map((author) => ({ name: 'citation_author', content: author })),
    { name: 'citation_publication_date', content: highwireDate(source.published) },
    // A news article's "journal" is the paper or site that published it.
    { name: 'citation_journal_title', content: source.publisher },
    { name: 'citation_publisher', content: source.publisher },
    { name: 'citation_language', content: originalLanguage },
    { name: 'citation_public_url', content: source.archiveUrl },
    // Dublin Core describes the archive's copy: its headline and language, the original as its source.
    { name: 'DC.title', content: source.headline },
    ...authors.map((author) => ({ name: 'DC.creator', content: author })),
    // W3C-DTF, which allows "2019" and "2019-10".
    { name: 'DC.date', content: source.published.iso },
    { name: 'DC.publisher', content: source.publisher },
    { name: 'DC.language', content: source.language },
    { name: 'DC.source', content: source.originalUrl },
    { name: 'DC.identifier', content: source.archiveUrl },
    { name: 'DC.type', content: 'Text' },
  ];
  if (source.translation) {
    tags.push({
      name: 'DC.description',
      content: `${languageName(source.language)} ${source.translation.method} translation of an article published in ${languageName(source.translation.fromLanguage)} by ${source.publisher}; the original is at ${source.originalUrl}.`,
    });
  }
  return tags;
}
