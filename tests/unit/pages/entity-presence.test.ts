import { describe, expect, it } from 'vitest';
import { describeNamedIn, whereNamed, whyListed } from '../../../src/lib/pages/entity-presence.ts';
import { TextNames } from '../../../src/lib/search/text-names.ts';

const article = {
  headline: 'A scholar discusses the camps on the Dutch site NOS.nl',
  publisher: 'A University',
  reports: ['The Broadcaster'],
  summary: 'A university item relaying an interview with a broadcaster.',
};

/** The archive's name finder over the entities these tests look for. */
const names = new TextNames([
  { id: 'nos', kind: 'organisation', names: ['NOS', 'NOS.nl'] },
  { id: 'university', kind: 'organisation', names: ['A University'] },
  { id: 'broadcaster', kind: 'organisation', names: ['The Broadcaster'] },
  { id: 'qamishli', kind: 'place', names: ['Qamishli'] },
  { id: 'someone', kind: 'person', names: ['Someone Else'] },
]);

describe('whereNamed', () => {
  it('finds a name in the headline, in any of its spellings', () => {
    expect(whereNamed('nos', names, article)).toBe('headline');
  });

  it('then in the provenance: the publisher, the work reported on', () => {
    expect(whereNamed('university', names, article)).toBe('publisher');
    expect(whereNamed('broadcaster', names, article)).toBe('reported work');
  });

  it('then in the archive’s summary, and otherwise says the archive filed it', () => {
    expect(whereNamed('qamishli', names, { ...article, summary: 'A report from Kamichli.' })).toBe('summary');
    expect(whereNamed('someone', names, article)).toBe('filing');
  });

  it('reads a name as search does: a spelling search folds to it counts', () => {
    expect(whereNamed('qamishli', names, { ...article, headline: 'Families leave Qamichli' })).toBe('headline');
    expect(whereNamed('qamishli', names, article)).toBe('filing');
  });

  it('says each in words', () => {
    expect(describeNamedIn('headline')).toBe('named in the headline');
    expect(describeNamedIn('filing')).toBe('filed here by the archive');
  });
});

describe('whyListed', () => {
  it('counts paragraphs and the articles they are in, then articles that name it outside the text', () => {
    expect(whyListed({ paragraphs: 3, articles: 2, outsideText: 0 })).toBe('named in 3 paragraphs of 2 articles, quoted below');
    expect(whyListed({ paragraphs: 1, articles: 1, outsideText: 1 })).toBe(
      'named in 1 paragraph of 1 article, quoted below; listed for 1 article that names it outside the text',
    );
    expect(whyListed({ paragraphs: 0, articles: 0, outsideText: 2 })).toBe('listed for 2 articles that name it outside the text');
  });

  it('falls back on the archive description when nothing names it', () => {
    expect(whyListed({ paragraphs: 0, articles: 0, outsideText: 0 })).toBe('described by the archive; no article names it yet');
  });
});
