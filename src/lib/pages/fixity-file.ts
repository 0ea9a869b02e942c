/**
 * /data/fixity.json, /data/fixity-2.json… (src/lib/citing/fixity.ts): each
 * article's recorded capture hash (the build refuses a capture that no
 * longer matches it), and the hash of its Markdown file as built.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { settings } from '../../settings.ts';
import { fixityEntries, fixityManifest, type FixityManifest } from '../citing/fixity.ts';
import { pageNumbers } from '../citing/open-data.ts';
import { sha256Of } from '../content/capture-check.ts';
import { absoluteUrl, articleUrl } from '../urls/urls.ts';
import { getArchive } from './archive.ts';

/** The SHA-256 of a file in the content folder, given relative to it. */
function hashOf(contentDir: string, file: string): string {
  return sha256Of(readFileSync(join(contentDir, file)));
}

/** Every page of the manifest of every published article, `size` articles a page, with absolute URLs on `site`. */
export async function fixityPages(site: URL | string, size: number): Promise<{ page: number; file: FixityManifest }[]> {
  const { articles } = await getArchive();
  const { contentDir } = settings();
  const entries = fixityEntries(
    articles.map(({ id, data, filePath }) => {
      const copyFile = relative(contentDir, filePath ?? join(contentDir, 'articles', `${id}.md`));
      const { capture } = data;
      return {
        id,
        url: absoluteUrl(articleUrl(id), site),
        archived: data.archived.iso,
        capture: { file: capture.file, sha256: capture.sha256 ?? hashOf(contentDir, capture.file) },
        page: capture.page && { file: capture.page.file, sha256: capture.page.sha256 },
        copy: { file: copyFile, sha256: hashOf(contentDir, copyFile) },
      };
    }),
  );
  return pageNumbers(entries.length, size).map((page) => ({ page, file: fixityManifest(entries, page, size, site) }));
}
