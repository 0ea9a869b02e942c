/**
 * The downloadable citation files of every article, /articles/<id>/citation.ris,
 * .bib and .json (src/lib/citing/citation-files.ts), each endpoint given its
 * text as props with a cache key over it.
 */
import { settings } from '../../settings.ts';
import { citationSourceOf } from '../citing/citations.ts';
import { bibtexFile, cslJsonFile, risFile } from '../citing/citation-files.ts';
import { absoluteUrl, articleUrl } from '../urls/urls.ts';
import { getArchive } from './archive.ts';
import { withCacheKeys } from './cache-keys.ts';

/** The formats, by file extension: the writer and the media type it is served as. */
const FORMATS = {
  ris: { write: risFile, type: 'application/x-research-info-systems' },
  bib: { write: bibtexFile, type: 'application/x-bibtex' },
  json: { write: cslJsonFile, type: 'application/vnd.citationstyles.csl+json' },
} as const;

/** A citation file's extension. */
export type CitationFormat = keyof typeof FORMATS;

/** The static paths of one format's files, each with its text and media type. */
export async function citationFilePaths(format: CitationFormat, site: string = settings().siteUrl) {
  const { articles } = await getArchive();
  return withCacheKeys(
    articles.map((article) => {
      const source = citationSourceOf(article.id, article.data, absoluteUrl(articleUrl(article.id), site));
      return { params: { id: article.id }, props: { text: FORMATS[format].write(source), type: FORMATS[format].type } };
    }),
  );
}

/** One downloadable citation file as "Cite this" links it. */
export interface CitationFileLink {
  /** The format's name, as readers know it. */
  label: string;
  /** The file's address under the base path. */
  href: string;
}

/** The links to an article's citation files, in the order "Cite this" lists them. */
export function citationFileLinks(id: string): CitationFileLink[] {
  const folder = articleUrl(id);
  return [
    { label: 'RIS', href: `${folder}citation.ris` },
    { label: 'BibTeX', href: `${folder}citation.bib` },
    { label: 'CSL-JSON', href: `${folder}citation.json` },
  ];
}
