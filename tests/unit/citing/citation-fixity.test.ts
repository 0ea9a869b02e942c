/** The fixity manifest: every article's capture and copy hashed, in a stable order, with no build time in it. */
import { describe, expect, it } from 'vitest';
import { fixityEntries, fixityManifest, type ArticleFixity } from '../../../src/lib/citing/fixity.ts';
import { fixityFileSchema } from '../../../src/schemas/open-data.ts';

const SITE = 'https://archive.example/';

/** The whole manifest on one page. */
const manifest = (articles: ArticleFixity[]) => fixityManifest(fixityEntries(articles), 1, 1000, SITE);

const entry = (id: string, page?: ArticleFixity['page']): ArticleFixity => ({
  id,
  url: `https://archive.example/articles/${id}/`,
  archived: '2026-11-21',
  capture: { file: `captures/${id}.txt`, sha256: 'a'.repeat(64) },
  page,
  copy: { file: `articles/${id}.md`, sha256: 'b'.repeat(64) },
});

describe('fixityManifest', () => {
  it('lists articles by id, whatever order they come in, so the same content gives the same bytes', () => {
    const forwards = JSON.stringify(manifest([entry('2019-10-a'), entry('2019-10-16-b')]));
    const backwards = JSON.stringify(manifest([entry('2019-10-16-b'), entry('2019-10-a')]));
    expect(forwards).toBe(backwards);
    expect(manifest([entry('b'), entry('a')]).articles.map((article) => article.id)).toEqual(['a', 'b']);
  });

  it('gives the saved page only where there is one, and the capture, copy and archive date always', () => {
    const page = { file: 'captures/b.html', sha256: 'c'.repeat(64) };
    const [withPage, without] = manifest([entry('a', page), entry('b')]).articles;
    expect(withPage).toEqual({ ...entry('a'), page });
    expect(without).not.toHaveProperty('page');
    expect(Object.keys(without!)).toEqual(['id', 'url', 'archived', 'capture', 'copy']);
  });

  it('pages the articles in id order, each page valid and linked to the next', () => {
    const entries = fixityEntries([entry('c'), entry('a'), entry('b')]);
    const pages = [1, 2].map((page) => fixityManifest(entries, page, 2, SITE));
    expect(pages.map((file) => file.articles.map((article) => article.id))).toEqual([['a', 'b'], ['c']]);
    expect(pages[0]).toMatchObject({ page: 1, pageCount: 2, total: 3, next: 'https://archive.example/data/fixity-2.json' });
    expect(pages[1]).toMatchObject({ prev: 'https://archive.example/data/fixity.json' });
    for (const file of pages) expect(() => fixityFileSchema.parse(file)).not.toThrow();
  });
});
