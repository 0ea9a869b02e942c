import { describe, expect, it } from 'vitest';
import { describeNamedIn, whereNamed, whyListed } from '../../../src/lib/pages/entity-presence.ts';

const article = {
  headline: 'A scholar discusses the camps on the Dutch site NOS.nl',
  publisher: 'A University',
  reports: ['The Broadcaster'],
  summary: 'A university item relaying an interview with a broadcaster.',
};

describe('whereNamed', () => {
  it('finds a name in the headline, in any of its spellings', () => {
    expect(whereNamed(['NOS', 'NOS.nl'], article)).toBe('headline');
  });

  it('then in the provenance: the publisher, the work reported on', () => {
    expect(whereNamed(['A University'], article)).toBe('publisher');
    expect(whereNamed(['The Broadcaster'], article)).toBe('reported work');
  });

  it('then in the archive’s summary, and otherwise says the archive filed it', () => {
    expect(whereNamed(['interview'], article)).toBe('summary');
    expect(whereNamed(['Someone Else'], article)).toBe('filing');
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
