/**
 * The fixity manifest, /data/fixity.json: for every published article, the
 * SHA-256 of the capture its copy was checked against (and of the saved web
 * page, when there is one) and of the Markdown copy itself, with the day the
 * archive made the copy, so anyone holding the files can check that none was
 * changed since. The same content always gives the same bytes: articles in
 * id order, no build time.
 */

/** One file and its SHA-256. */
interface FileFixity {
  /** The file, relative to the archive's content folder ("captures/….txt", "articles/….md"). */
  file: string;
  /** Its SHA-256, lowercase hexadecimal. */
  sha256: string;
}

/** What the manifest records for one article. */
export interface ArticleFixity {
  /** The article's id. */
  id: string;
  /** The absolute URL of its page. */
  url: string;
  /** The day the archive made its copy (ISO 8601). */
  archived: string;
  /** The text capture the copy was checked against. */
  capture: FileFixity;
  /** The saved web page the capture was rendered from, when one was saved. */
  page?: FileFixity | undefined;
  /** The Markdown copy: front matter and text. */
  copy: FileFixity;
}

/** The manifest: what it is, how to check it, and one entry per article. */
export interface FixityManifest {
  description: string;
  algorithm: 'SHA-256';
  articles: ArticleFixity[];
}

/** The manifest of `articles`, in id order. */
export function fixityManifest(articles: readonly ArticleFixity[]): FixityManifest {
  return {
    description:
      'SHA-256 of each archived article\'s capture (and saved page) and of its Markdown copy, as kept in the archive\'s content folder; check a file with "sha256sum FILE".',
    algorithm: 'SHA-256',
    articles: [...articles]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(({ page, ...entry }) => ({
        id: entry.id,
        url: entry.url,
        archived: entry.archived,
        capture: entry.capture,
        ...(page ? { page } : {}),
        copy: entry.copy,
      })),
  };
}
