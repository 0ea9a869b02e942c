/** The fixity manifest: every article's capture and copy hashed, in a stable order, with no build time in it. */
import { describe, expect, it } from 'vitest';
import { fixityManifest, type ArticleFixity } from '../../../src/lib/citing/fixity.ts';

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
    const forwards = JSON.stringify(fixityManifest([entry('2019-10-a'), entry('2019-10-16-b')]));
    const backwards = JSON.stringify(fixityManifest([entry('2019-10-16-b'), entry('2019-10-a')]));
    expect(forwards).toBe(backwards);
    expect(fixityManifest([entry('b'), entry('a')]).articles.map((article) => article.id)).toEqual(['a', 'b']);
  });

  it('gives the saved page only where there is one, and the capture, copy and archive date always', () => {
    const page = { file: 'captures/b.html', sha256: 'c'.repeat(64) };
    const [withPage, without] = fixityManifest([entry('a', page), entry('b')]).articles;
    expect(withPage).toEqual({ ...entry('a'), page });
    expect(without).not.toHaveProperty('page');
    expect(Object.keys(without!)).toEqual(['id', 'url', 'archived', 'capture', 'copy']);
  });
});
