import { describe, expect, it } from 'vitest';
import type { CitationSource } from '../../../src/lib/citing/citations.ts';
import { citationMetaTags, highwireDate } from '../../../src/lib/citing/citation-meta.ts';
import { toPartialDate } from '../../../src/lib/core/dates.ts';

const source: CitationSource = {
  id: 'a',
  headline: 'A headline',
  headlineSupplied: false,
  kind: 'news-article',
  authors: [],
  publisher: 'A Paper',
  originalUrl: 'https://paper.example/a',
  published: toPartialDate('2019-10-16'),
  language: 'en',
  archiveName: 'The Archive',
  archiveUrl: 'https://archive.example/articles/a/',
  archived: toPartialDate('2024-05-02'),
};

/** The tags as name → every content given for it. */
function byName(tags: { name: string; content: string }[]): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const tag of tags) (result[tag.name] ??= []).push(tag.content);
  return result;
}

describe('citation meta tags', () => {
  it('date the original in Highwire form at the precision known', () => {
    expect(highwireDate(toPartialDate('2019-10-16'))).toBe('2019/10/16');
    expect(highwireDate(toPartialDate('2019-10'))).toBe('2019/10');
    expect(highwireDate(toPartialDate('2019'))).toBe('2019');
  });

  it('cite the original: title, date, publisher, language and its own URL, the archive and copy named, and Dublin Core for the copy', () => {
    expect(byName(citationMetaTags(source))).toEqual({
      citation_title: ['A headline'],
      citation_publication_date: ['2019/10/16'],
      citation_publisher: ['A Paper'],
      citation_language: ['en'],
      citation_public_url: ['https://paper.example/a'],
      'prism.publicationName': ['A Paper'],
      'z.itemType': ['newspaperArticle'],
      'z.shortTitle': ['A headline'],
      'z.archive': ['The Archive'],
      'z.archiveLocation': ['https://archive.example/articles/a/'],
      'z.extra': ['Archived 2024-05-02.'],
      'DC.title': ['A headline'],
      'DC.date': ['2019-10-16'],
      'DC.publisher': ['A Paper'],
      'DC.language': ['en'],
      'DC.source': ['https://paper.example/a'],
      'DC.identifier': ['https://archive.example/articles/a/'],
    });
  });

  it('never name a journal, which makes Zotero file any page as a journal article', () => {
    expect(citationMetaTags(source).map((tag) => tag.name)).not.toContain('citation_journal_title');
  });

  it('give Zotero the item type of each kind of source', () => {
    const types = (['news-article', 'web-page', 'press-release', 'report', 'broadcast-transcript', 'social-media-post'] as const).map(
      (kind) => byName(citationMetaTags({ ...source, kind }))['z.itemType']![0],
    );
    expect(types).toEqual(['newspaperArticle', 'webpage', 'report', 'report', 'document', 'forumPost']);
  });

  it("name the archive and copy in Extra where Zotero's item type has no archive fields", () => {
    expect(byName(citationMetaTags({ ...source, kind: 'web-page' }))['z.extra']).toEqual([
      'Archived 2024-05-02.\narchive: The Archive\narchive_location: https://archive.example/articles/a/',
    ]);
    expect(byName(citationMetaTags({ ...source, kind: 'report' }))['z.extra']).toEqual(['Archived 2024-05-02.']);
  });

  it("cite a headline the archive supplied as a description, never as the publisher's title", () => {
    const tags = byName(citationMetaTags({ ...source, headlineSupplied: true }));
    expect(tags['citation_title']![0]).toMatch(/^\[News article in English; headline supplied by the archive: A headline\]$/);
    // Zotero cuts a title at its first colon unless given a short title: the whole description is one.
    expect(tags['z.shortTitle']).toEqual(tags['citation_title']);
    expect(tags['z.extra']).toEqual(['Archived 2024-05-02. Headline supplied by the archive.']);
  });
});
