import { describe, expect, it } from 'vitest';
import { findSharedAliases, foldDiacritics, isAcronym, NameMatcher, searchKey } from '../../../src/lib/search/aliases.ts';

describe('searchKey', () => {
  it('gives every spelling of al-Hol that differs only in case, hyphens or spaces the same key', () => {
    const spellings = ['al-Hol', 'al Hol', 'AL HOL', 'alhol', 'al\u2010Hol', 'al\u2011hol', 'Al–Hol'];
    expect(new Set(spellings.map(searchKey))).toEqual(new Set(['alhol']));
  });

  it('folds letters Unicode does not decompose', () => {
    expect(searchKey('Sørensen')).toBe('sorensen');
    expect(searchKey('Łódź')).toBe('lodz');
    expect(searchKey('Straße')).toBe('strasse');
  });

  it('folds diacritics, including the Turkish dotless i', () => {
    expect(searchKey('Erdoğan')).toBe(searchKey('Erdogan'));
    expect(searchKey('Kamışlı')).toBe('kamisli');
    expect(foldDiacritics('Girê Spî')).toBe('Gire Spi');
  });
});

/** True when `text` names any of `names`, as the archive finds mentions. */
const mentionsAny = (text: string, names: string[]) => new NameMatcher(names).test(text);

describe('NameMatcher', () => {
  it('finds a name written with other separators', () => {
    expect(mentionsAny('camps such as Ayn Issa or Al Hol, where', ['al-Hol'])).toBe(true);
    expect(mentionsAny('a mission accepted by Erdoğan.', ['Erdogan'])).toBe(true);
  });

  it('finds names with apostrophes and full stops, as written or without them', () => {
    expect(mentionsAny("the People's Protection Units said", ["People's Protection Units"])).toBe(true);
    expect(mentionsAny('the Peoples Protection Units said', ["People's Protection Units"])).toBe(true);
    expect(mentionsAny('the U.S. forces', ['U.S.'])).toBe(true);
    expect(mentionsAny('the US forces', ['U.S.'])).toBe(true);
  });

  it('matches whole words only', () => {
    expect(mentionsAny('the Raqqawi quarter', ['Raqqa'])).toBe(false);
  });

  it('matches acronyms case-sensitively, so IS does not match "is"', () => {
    expect(isAcronym('IS')).toBe(true);
    expect(isAcronym('Daesh')).toBe(false);
    expect(mentionsAny('the number is unknown', ['IS'])).toBe(false);
    expect(mentionsAny('members of the IS and', ['IS'])).toBe(true);
  });
});

describe('findSharedAliases', () => {
  it('reports a name two entities claim, once folded', () => {
    const shared = findSharedAliases([
      { id: 'ayn-issa', names: ['Ayn Issa', 'Ain Issa'] },
      { id: 'other', names: ['AIN-ISSA'] },
      { id: 'al-hol', names: ['al-Hol', 'alhol'] },
    ]);
    expect(shared).toEqual([{ key: 'ainissa', ids: ['ayn-issa', 'other'] }]);
  });
});
