import { describe, expect, it } from 'vitest';
import { aliasKeywords, firstParagraphForKey, paragraphKeywords, planSearch } from '../../src/lib/search-terms.ts';

describe('planSearch', () => {
  it.each([
    ['al Hol', 'alhol'],
    ['AL-HOL', 'alhol'],
    ['al\u2010Hol', 'alhol'],
    ['Girê Spî', 'girespi'],
    ['Ain al-Issa', 'ainalissa'],
  ])('tries "%s" first as the compact key %s', (query, key) => {
    expect(planSearch(query).compact).toBe(key);
  });

  it('searches single words as typed, with diacritics folded', () => {
    expect(planSearch('Erdoğan')).toEqual({ compact: null, words: 'Erdogan' });
    expect(planSearch('alhol')).toEqual({ compact: null, words: 'alhol' });
  });

  it('keeps the words of an ordinary phrase for the fallback search, with plain hyphens', () => {
    expect(planSearch('  Turkish \u2011 army ')).toEqual({ compact: 'turkisharmy', words: 'Turkish - army' });
  });
});

describe('aliasKeywords', () => {
  it('gives each spelling once, compacted and sorted', () => {
    expect(aliasKeywords([['al-Hol camp', 'al-Hol', 'Al Hol', 'alhol'], ['Raqqa']])).toBe('alhol alholcamp raqqa');
  });
});

describe('paragraph keywords', () => {
  const where = paragraphKeywords([
    { names: ['al-Hol camp', 'Al Hol', 'al-Hawl'], paragraphs: [7, 9] },
    { names: ['Ayn Issa', 'Ain Issa'], paragraphs: [1, 3] },
    { names: ['Nobody'], paragraphs: [] },
  ]);

  it('records the paragraphs mentioning each entity under its compact keys', () => {
    expect(where).toBe('alhawl,alhol,alholcamp@7,9 ainissa,aynissa@1,3');
  });

  it('finds the first paragraph for a key, or a key it begins', () => {
    expect(firstParagraphForKey(where, 'alhawl')).toBe(7);
    expect(firstParagraphForKey(where, 'ainis')).toBe(1);
    expect(firstParagraphForKey(where, 'raqqa')).toBeNull();
    expect(firstParagraphForKey(undefined, 'alhol')).toBeNull();
  });
});
