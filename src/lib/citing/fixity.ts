/**
 * The fixity manifest, /data/fixity.json, /data/fixity-2.json…: for every
 * published article, the SHA-256 of the capture its copy was checked against
 * (and of the saved web page, when there is one) and of the Markdown copy
 * itself, with the day the archive made the copy, so anyone holding the
 * files can check that none was changed since. It is paged like the indexes
 * (the catalogue lists every page), so no file grows with the archive. The
 * same content always gives the same bytes: articles in id order, no build
 * time. Its shape is `fixityFileSchema` in src/schemas/open-data.ts.
 */
import type { z } from 'astro/zod';
import { OPEN_DATA_VERSION, type fixityFileSchema } from '../../schemas/open-data.ts';
import { indexFilePath, pageOf } from './open-data.ts';

/** One page of the manifest, as its schema documents it. */
export type FixityManifest = z.infer<typeof fixityFileSchema>;

/** What the manifest records for one article. */
export type ArticleFixity = FixityManifest['articles'][number];

/** Every article's entry, in id order, with only the fields the schema has. */
export function fixityEntries(articles: readonly ArticleFixity[]): ArticleFixity[] {
  return [...articles]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ page, ...entry }) => ({
      id: entry.id,
      url: entry.url,
      archived: entry.archived,
      capture: entry.capture,
      ...(page ? { page } : {}),
      copy: entry.copy,
    }));
}

/** Page `page` of the manifest of `entries` (from `fixityEntries`), `size` articles a page, its neighbours' URLs on `site`. */
export function fixityManifest(entries: readonly ArticleFixity[], page: number, size: number, site: URL | string): FixityManifest {
  const { fields, slice } = pageOf('fixity manifest', entries, page, size, (n) => indexFilePath('fixity', n), site);
  return {
    version: OPEN_DATA_VERSION,
    ...fields,
    description:
      'SHA-256 of each archived article\'s capture (and saved page) and of its Markdown copy, as kept in the archive\'s content folder; check a file with "sha256sum FILE". /data/index.json lists every page of this manifest.',
    algorithm: 'SHA-256',
    articles: slice,
  };
}
