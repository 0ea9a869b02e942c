/**
 * The <meta> tags reference managers and scholarly search read from an
 * article page: Highwire Press `citation_*` tags (Zotero's Embedded Metadata
 * translator, Google Scholar), PRISM and Zotero's own `z.*` tags (read by
 * Zotero's RDF translator) and Dublin Core (`DC.*`). Like the page's
 * citations they come from one CitationSource and cite the ORIGINAL: its
 * title, outlet, date at the precision known, confirmed authors and its own
 * URL; the archive and the copy's address are named as where it is kept.
 *
 * What Zotero needs, found by running its translation-server on the pages:
 * no `citation_journal_title` (it forces a journal article); the item type
 * in `z.itemType`; the outlet in `prism.publicationName` (or Zotero takes
 * DC.source or og:site_name); a short title given, since Zotero otherwise
 * cuts the title at its first colon. Dublin Core describes the copy (its
 * headline and language) with the original as its source.
 */
import { archiveNote, citedTitle, type CitationSource } from './citations.ts';
import type { PartialDate } from '../core/dates.ts';
import { languageName } from '../content/languages.ts';
import { sourceKindInfo } from './source-kinds.ts';

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

/**
 * What goes in Zotero's Extra field: the archive note, and for an item type
 * without archive fields (a web page, a forum post) the archive and the
 * copy's address as CSL variables, one a line, which Zotero keeps in Extra
 * and its citation styles read as the item's archive and location.
 */
export function zoteroExtra(source: CitationSource): string {
  const note = archiveNote(source);
  if (sourceKindInfo(source.kind).zoteroArchiveFields) return note;
  return `${note}\narchive: ${source.archiveName}\narchive_location: ${source.archiveUrl}`;
}

/** The tags for one article, in a stable order. */
export function citationMetaTags(source: CitationSource): MetaTag[] {
  const title = citedTitle(source).text;
  const originalLanguage = source.translation?.fromLanguage ?? source.language;
  const { authors } = source;
  const tags: MetaTag[] = [
    { name: 'citation_title', content: title },
    ...authors.map((author) => ({ name: 'citation_author', content: author })),
    { name: 'citation_publication_date', content: highwireDate(source.published) },
    { name: 'citation_publisher', content: source.publisher },
    { name: 'citation_language', content: originalLanguage },
    { name: 'citation_public_url', content: source.originalUrl },
    { name: 'prism.publicationName', content: source.publisher },
    { name: 'z.itemType', content: sourceKindInfo(source.kind).zoteroType },
    // The whole title: Zotero would otherwise cut it at its first colon.
    { name: 'z.shortTitle', content: title },
    { name: 'z.archive', content: source.archiveName },
    { name: 'z.archiveLocation', content: source.archiveUrl },
    { name: 'z.extra', content: zoteroExtra(source) },
    // Dublin Core describes the archive's copy: its headline and language, the original as its source.
    { name: 'DC.title', content: source.headline },
    ...authors.map((author) => ({ name: 'DC.creator', content: author })),
    // W3C-DTF, which allows "2019" and "2019-10".
    { name: 'DC.date', content: source.published.iso },
    { name: 'DC.publisher', content: source.publisher },
    { name: 'DC.language', content: source.language },
    { name: 'DC.source', content: source.originalUrl },
    // No DC.type: Zotero would make its "Text" a web page's website type.
    { name: 'DC.identifier', content: source.archiveUrl },
  ];
  if (source.translation) {
    tags.push({
      name: 'DC.description',
      content: `${languageName(source.language)} ${source.translation.method} translation of an article published in ${languageName(source.translation.fromLanguage)} by ${source.publisher}; the original is at ${source.originalUrl}.`,
    });
  }
  return tags;
}
