import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, chicagoCitation, type CitationSource } from '../../src/lib/citations.ts';
import { toPartialDate } from '../../src/lib/dates.ts';

const leiden: CitationSource = {
  id: '2019-10-leiden-bakker',
  headline: 'Edwin Bakker discusses the possible IS prisoner breakouts on Dutch news website NOS.nl',
  headlineSupplied: false,
  publisher: 'Leiden University',
  originalUrl: 'https://www.universiteitleiden.nl/en/x',
  published: toPartialDate('2019-10'),
  language: 'en',
  archiveUrl: 'https://archive.example/articles/2019-10-leiden-bakker/',
  archived: toPartialDate('2026-11-21'),
};

const elMundo: CitationSource = {
  ...leiden,
  id: '2019-10-16-el-mundo',
  headline: 'Escape from Ayn Issa camp',
  headlineSupplied: true,
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
    const known = { ...elMundo, translation: { method: 'machine' as const, fromLanguage: 'es', originalHeadline: 'La fuga', originalAuthors: ['García, A.'] } };
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

describe('BibTeX', () => {
  it('writes a @misc entry keyed by the id, with only the date parts known', () => {
    const entry = bibtexCitation(leiden);
    expect(entry.startsWith('@misc{2019-10-leiden-bakker,\n')).toBe(true);
    expect(entry).toContain('  month        = oct,');
    expect(entry).not.toContain('day');
    expect(entry).toContain('  language     = {english},');
  });

  it('escapes BibTeX specials in text', () => {
    expect(bibtexCitation({ ...leiden, headline: 'P&R: 50% {off} #1_a' })).toContain('title        = {P\\&R: 50\\% off \\#1\\_a}');
  });
});
