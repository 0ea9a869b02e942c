/**
 * The fixity manifest, /data/fixity.json: for every published article, the
 * SHA-256 of the capture its copy was checked against (and of the saved web
 * page, when there is one) and of the Markdown copy itself, with the day the
 * archive made the copy, so anyone holding the files can check that none was
 * changed since. The same content always gives the same bytes: articles in
 * id order, no build time. Its shape is `fixityFileSchema` in
 * src/schemas/open-data.ts.
 */
import type { z } from 'astro/zod';
import { OPEN_DATA_VERSION, type fixityFileSchema } from '../../schemas/open-data.ts';

/** The manifest, as its schema documents it. */
export type FixityManifest = z.infer<typeof fixityFileSchema>;

/** What the manifest records for one article. */
export type ArticleFixity = FixityManifest['articles'][number];

/** The manifest of `articles`, in id order. */
export function fixityManifest(articles: readonly ArticleFixity[]): FixityManifest {
  return {
    version: OPEN_DATA_VERSION,
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
