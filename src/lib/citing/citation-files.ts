/**
 * The downloadable citation files of an article, CSL-JSON, BibTeX and RIS,
 * and the BibTeX its "Cite this" block shows: all made from one CSL-JSON
 * item (the format reference managers convert through), by citation-js
 * where it maps the fields right. Each names the ORIGINAL as the work, its
 * URL as the URL, and the archive and the copy's address as where it is
 * kept: CSL `archive` and `archive_location`, RIS `DB` and `AN` (the tags
 * Zotero reads as archive and archive location), and a BibTeX note.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { PartialDate } from '../core/dates.ts';
import {
  apaCitation,
  archiveNote,
  chicagoCitation,
  citedTitle,
  copyDescription,
  originalLanguage,
  type CitationSource,
  type Citations,
} from './citations.ts';
import { sourceKindInfo } from './source-kinds.ts';

// Keys are article ids ("2019-10-16-el-mundo-…"): BibTeX allows their hyphens, citation-js's label check does not.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/** A CSL-JSON name: "Surname, Given" split in two, anything else (an organisation) kept whole. */
type CslName = { family: string; given: string } | { literal: string };

/** The CSL-JSON item of an article, with the fields the archive fills in. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: string;
  genre?: string;
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher: string;
  issued: { 'date-parts': [number[]] };
  URL: string;
  language: string;
  archive: string;
  archive_location: string;
  note: string;
}

/** A date at its precision as CSL date parts: [[2019, 10, 16]], [[2019, 10]] or [[2019]]. */
function cslDate(date: PartialDate): { 'date-parts': [number[]] } {
  return { 'date-parts': [[date.year, ...(date.month ? [date.month] : []), ...(date.day ? [date.day] : [])]] };
}

/** "Surname, Given" as CSL's family and given; a name without a comma as a literal. */
export function cslName(recorded: string): CslName {
  const comma = recorded.indexOf(',');
  if (comma < 0) return { literal: recorded.trim() };
  return { family: recorded.slice(0, comma).trim(), given: recorded.slice(comma + 1).trim() };
}

/**
 * The CSL-JSON item. A report or press release has a publisher but no
 * container; every other kind's container is the outlet (the newspaper, the
 * website, the platform, the broadcaster).
 */
export function cslItem(source: CitationSource): CslItem {
  const kind = sourceKindInfo(source.kind);
  return {
    id: source.id,
    'citation-key': source.id,
    type: kind.cslType,
    ...(kind.genre ? { genre: kind.genre } : {}),
    title: citedTitle(source).text,
    ...(source.authors.length > 0 ? { author: source.authors.map(cslName) } : {}),
    ...(kind.cslType === 'report' ? {} : { 'container-title': source.publisher }),
    publisher: source.publisher,
    issued: cslDate(source.published),
    URL: source.originalUrl,
    language: originalLanguage(source),
    archive: source.archiveName,
    archive_location: source.archiveUrl,
    note: archiveNote(source),
  };
}

/** The CSL-JSON file: a list of one item, as reference managers import it. */
export function cslJsonFile(source: CitationSource): string {
  return `${JSON.stringify([cslItem(source)], null, 2)}\n`;
}

/**
 * The note of a file format without archive fields: the copy, the archive,
 * the day and the address ("Archived English machine translation in
 * <archive>, 2026-11-21: <URL>"), and a supplied headline said so.
 */
function whereKeptNote(source: CitationSource): string {
  const where = `${copyDescription(source)} in ${source.archiveName}, ${source.archived.iso}: ${source.archiveUrl}`;
  return source.headlineSupplied ? `${where}. Headline supplied by the archive.` : where;
}

/** The BibTeX entry, keyed by the article's id; BibTeX has no archive fields, so its note names the copy and the archive. */
export function bibtexFile(source: CitationSource): string {
  return String(new Cite([{ ...cslItem(source), note: whereKeptNote(source) }]).format('bibtex')).trim();
}

/** "2019/10/16/", "2019/10//" or "2019///": RIS's date at the precision known. */
function risDate(date: PartialDate): string {
  return `${date.year}/${date.month ? String(date.month).padStart(2, '0') : ''}/${date.day ? String(date.day).padStart(2, '0') : ''}/`;
}

/**
 * The RIS record. citation-js maps the type, title, outlet, publisher, URL
 * and language; the archive adds what its mapping leaves out for some types
 * (authors, the full date of a newspaper article, a web page's site) and the
 * archive fields, DB and AN, with a note naming them too (Zotero's web page
 * type has no archive fields), and writes each tag on one line: citation-js
 * wraps values at 70 characters, which breaks a long URL in two.
 */
export function risFile(source: CitationSource): string {
  const item = cslItem(source);
  const [record] = new Cite([item]).format('ris', { format: 'object', spec: 'new' }) as Record<string, string | string[]>[];
  const tags: Record<string, string | string[]> = {
    ...(item['container-title'] ? { T2: item['container-title'] } : {}),
    ...record!,
    ...(source.authors.length > 0 ? { AU: [...source.authors] } : {}),
    PY: String(source.published.year),
    DA: risDate(source.published),
    DB: source.archiveName,
    AN: source.archiveUrl,
    N1: whereKeptNote(source),
  };
  const { TY: type, ...rest } = tags;
  const lines = [`TY  - ${String(type)}`];
  for (const [tag, value] of Object.entries(rest)) for (const one of [value].flat()) lines.push(`${tag}  - ${one.replace(/\s+/g, ' ')}`);
  return `${[...lines, 'ER  - '].join('\n')}\n`;
}

/** The three citations "Cite this" shows; its BibTeX is the downloadable file's, so the two never differ. */
export function citationsFor(source: CitationSource): Citations {
  return { apa: apaCitation(source), chicago: chicagoCitation(source), bibtex: bibtexFile(source) };
}
