import { describe, expect, it } from 'vitest';
import { describeNamedIn, whereNamed } from '../../src/lib/pages/entity-presence.ts';

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
