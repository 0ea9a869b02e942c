import { describe, expect, it } from 'vitest';
import {
  apaAuthors,
  apaCitation,
  archiveNote,
  chicagoAuthors,
  chicagoCitation,
  citationSourceOf,
  citedTitle,
  type CitationSource,
} from '../../../src/lib/citing/citations.ts';
import { articleSchema, type PublishedArticle } from '../../../src/schemas/article.ts';
import { toPartialDate } from '../../../src/lib/core/dates.ts';

const leiden: CitationSource = {
  id: '2019-10-leiden-bakker',
  headline: 'Edwin Bakker discusses the possible IS prisoner breakouts on Dutch news website NOS.nl',
  headlineSupplied: false,
  kind: 'web-page',
  authors: [],
  publisher: 'Leiden University',
  originalUrl: 'https://www.universiteitleiden.nl/en/x',
  published: toPartialDate('2019-10'),
  language: 'en',
  archiveName: 'The Archive',
  archiveUrl: 'https://archive.example/articles/2019-10-leiden-bakker/',
  archived: toPartialDate('2026-11-21'),
};

const elMundo: CitationSource = {
  ...leiden,
  id: '2019-10-16-el-mundo',
  headline: 'Escape from Ayn Issa camp',
  headlineSupplied: true,
  kind: 'news-article',
  publisher: 'El Mundo',
  originalUrl: 'https://www.elmundo.es/x.html',
  published: toPartialDate('2019-10-16'),
  translation: { method: 'machine', fromLanguage: 'es' },
  archiveUrl: 'https://archive.example/articles/2019-10-16-el-mundo/',
};

describe('APA', () => {
  it('cites the publisher headline with the date at its precision, and the archive copy', () => {
    expect(apaCitation(leiden)).toBe(
      'Edwin Bakker discusses the possible IS prisoner breakouts on Dutch news website NOS.nl. (2019, October). Leiden University. https://www.universiteitleiden.nl/en/x Archived copy: https://archive.example/articles/2019-10-leiden-bakker/',
    );
  });

  it('cites a supplied headline as a bracketed description in the original language', () => {
    expect(apaCitation(elMundo)).toBe(
      '[News article in Spanish; headline supplied by the archive: Escape from Ayn Issa camp]. (2019, October 16). El Mundo. https://www.elmundo.es/x.html Archived English machine translation: https://archive.example/articles/2019-10-16-el-mundo/',
    );
  });

  it('uses the original headline and authors when they are known', () => {
    const known = {
      ...elMundo,
      authors: ['García, A.'],
      translation: { method: 'machine' as const, fromLanguage: 'es', originalHeadline: 'La fuga' },
    };
    expect(apaCitation(known)).toMatch(/^García, A\. \(2019, October 16\)\. La fuga\. El Mundo\./);
  });
});

describe('Chicago', () => {
  it('quotes the title and gives US-style dates', () => {
    expect(chicagoCitation(leiden)).toBe(
      '“Edwin Bakker discusses the possible IS prisoner breakouts on Dutch news website NOS.nl.” Leiden University, October 2019. https://www.universiteitleiden.nl/en/x. Archived copy at https://archive.example/articles/2019-10-leiden-bakker/, November 21, 2026.',
    );
  });

  it('names the original language of a translation', () => {
    expect(chicagoCitation(elMundo)).toContain('] In Spanish. El Mundo, October 16, 2019.');
  });
});

describe('the citation record and its note', () => {
  it('cites only confirmed authors, and names the kind in a supplied headline', () => {
    const data = articleSchema.parse({
      headline: 'A headline',
      headlineSupplied: true,
      sourceKind: 'press-release',
      authors: [{ name: 'García, Ana' }, { name: 'Ruiz, Luis', confirmed: false }],
      publisher: { name: 'A Ministry', url: 'https://ministry.example/' },
      originalUrl: 'https://ministry.example/a',
      language: 'en',
      published: '2019-10-16',
      archived: '2026-11-21',
      summary: 'A summary.',
      topics: ['t'],
      entities: [],
      capture: { file: 'captures/a.txt', sha256: 'a'.repeat(64) },
    }) as PublishedArticle;
    const source = citationSourceOf('a', data, 'https://archive.example/articles/a/');
    expect(source.authors).toEqual(['García, Ana']);
    expect(source.kind).toBe('press-release');
    expect(citedTitle(source).text).toBe('[Press release in English; headline supplied by the archive: A headline]');
  });

  it("says when the copy was made, that it is a translation and that the headline is the archive's", () => {
    expect(archiveNote(leiden)).toBe('Archived 2026-11-21.');
    expect(archiveNote(elMundo)).toBe(
      'Archived 2026-11-21. English machine translation of the Spanish original. Headline supplied by the archive.',
    );
  });
});

describe('author lists', () => {
  // Names as the schema asks for them, "Surname, Given"; the expected strings follow the
  // APA 7 Publication Manual §9.8 and the Chicago Manual of Style 17 §14.76, checked by hand.
  const names = ['García, Ana', 'López, Bruno', 'Ruiz, Carla'];
  const many = (count: number) => Array.from({ length: count }, (_, index) => `Author${index + 1}, A.`);

  it('APA: one name; two joined by ", &"; three or more with commas and ", &" before the last', () => {
    expect(apaAuthors(['García, A.'])).toBe('García, A.');
    expect(apaAuthors(['García, A.', 'López, B.'])).toBe('García, A., & López, B.');
    expect(apaAuthors(['García, A.', 'López, B.', 'Ruiz, C.'])).toBe('García, A., López, B., & Ruiz, C.');
    expect(apaAuthors([])).toBeNull();
  });

  it('APA: twenty names in full, from twenty-one the first nineteen, an ellipsis and the last', () => {
    expect(apaAuthors(many(20))).toBe(`${many(19).join(', ')}, & Author20, A.`);
    expect(apaAuthors(many(21))).toBe(`${many(19).join(', ')}, . . . Author21, A.`);
  });

  it('Chicago: the first name inverted, the others not, ", and" before the last', () => {
    expect(chicagoAuthors(names.slice(0, 1))).toBe('García, Ana');
    expect(chicagoAuthors(names.slice(0, 2))).toBe('García, Ana, and Bruno López');
    expect(chicagoAuthors(names)).toBe('García, Ana, Bruno López, and Carla Ruiz');
  });

  it('Chicago: ten names in full, from eleven the first seven and "et al."', () => {
    expect(chicagoAuthors(many(10))).toMatch(/^Author1, A\., A\. Author2, .*, A\. Author9, and A\. Author10$/);
    expect(chicagoAuthors(many(11))).toBe('Author1, A., A. Author2, A. Author3, A. Author4, A. Author5, A. Author6, A. Author7, et al.');
  });

  it('puts the lists into the references, with one period after an initial', () => {
    const known = {
      ...elMundo,
      authors: names,
      translation: { method: 'machine' as const, fromLanguage: 'es', originalHeadline: 'La fuga' },
    };
    expect(apaCitation(known)).toMatch(/^García, Ana, López, Bruno, & Ruiz, Carla \(2019, October 16\)\. La fuga\./);
    expect(chicagoCitation(known)).toMatch(/^García, Ana, Bruno López, and Carla Ruiz\. “La fuga\.” In Spanish\./);
    const initial = { ...known, authors: ['García, A.'] };
    expect(chicagoCitation(initial)).toMatch(/^García, A\. “La fuga\.”/);
  });
});
