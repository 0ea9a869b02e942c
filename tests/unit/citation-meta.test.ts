import { describe, expect, it } from 'vitest';
import type { CitationSource } from '../../src/lib/citing/citations.ts';
import { citationMetaTags, highwireDate } from '../../src/lib/citing/citation-meta.ts';
import { toPartialDate } from '../../src/lib/content/dates.ts';

const source: CitationSource = {
  id: 'a',
  headline: 'A headline',
  headlineSupplied: false,
  publisher: 'A Paper',
  originalUrl: 'https://paper.example/a',
  published: toPartialDate('2019-10-16'),
  language: 'en',
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

  it('cite the original: title, date, publisher, language, the archive page as the public URL, and Dublin Core likewise', () => {
    expect(byName(citationMetaTags(source))).toEqual({
      citation_title: ['A headline'],
      citation_publication_date: ['2019/10/16'],
      citation_journal_title: ['A Paper'],
      citation_publisher: ['A Paper'],
      citation_language: ['en'],
      citation_public_url: ['https://archive.example/articles/a/'],
      'DC.title': ['A headline'],
      'DC.date': ['2019-10-16'],
      'DC.publisher': ['A Paper'],
      'DC.language': ['en'],
      'DC.source': ['https://paper.example/a'],
      'DC.identifier': ['https://archive.example/articles/a/'],
      'DC.type': ['Text'],
    });
  });

  it('name authors only where the source does, and say a translation is one', () => {
    const translated = byName(
      citationMetaTags({
        ...source,
        headline: 'The English headline',
        published: toPartialDate('2019-10'),
        translation: {
          method: 'machine',
          fromLanguage: 'es',
          originalHeadline: 'El titular',
          originalAuthors: ['García, Ana', 'Ruiz, Luis'],
        },
      }),
    );
    expect(translated['citation_title']).toEqual(['El titular']);
    expect(translated['citation_author']).toEqual(['García, Ana', 'Ruiz, Luis']);
    expect(translated['DC.creator']).toEqual(['García, Ana', 'Ruiz, Luis']);
    expect(translated['citation_publication_date']).toEqual(['2019/10']);
    expect(translated['citation_language']).toEqual(['es']);
    expect(translated['DC.language']).toEqual(['en']);
    expect(translated['DC.title']).toEqual(['The English headline']);
    expect(translated['DC.description']).toEqual([
      'English machine translation of an article published in Spanish by A Paper; the original is at https://paper.example/a.',
    ]);
    expect(byName(citationMetaTags(source))).not.toHaveProperty('citation_author');
  });

  it("cite a headline the archive supplied as a description, never as the publisher's title", () => {
    const tags = byName(citationMetaTags({ ...source, headlineSupplied: true }));
    expect(tags['citation_title']![0]).toMatch(/^\[News article in English; headline supplied by the archive: A headline\]$/);
  });
});
