/**
 * Arabic-script folding: every rule with examples, the article, running text,
 * and every real entity's Arabic names through every rule in reverse.
 */
import { describe, expect, it } from 'vitest';
import { findSharedFoldKeys } from '../../../../src/lib/content/checks/fold-keys.ts';
import { loadArchiveFromDisk } from '../../../../src/lib/content/archive-from-disk.ts';
import { foldName, nameKeys } from '../../../../src/lib/search/name-fold.ts';
import { ARABIC } from '../../../../src/lib/search/scripts/arabic.ts';
import { foldedScriptWords, foldScriptLetters, foldScriptWord, scriptOf } from '../../../../src/lib/search/scripts/fold.ts';
import { ARABIC_NEWS_SPELLINGS, arabicVariantsOf } from '../../../support/spellings.ts';

const ARABIC_FOLD_RULES = ARABIC.rules;
/** True when the text holds an Arabic-script character. */
const hasArabic = (text: string) => scriptOf(text) === ARABIC;

const archive = loadArchiveFromDisk();
const entities = archive.entities.map((entity) => ({
  id: entity.id,
  kind: entity.data.kind,
  names: [entity.data.name, ...entity.data.aliases],
}));

/** Pairs of spellings each rule makes equal, written for these tests. */
const RULE_EXAMPLES: Record<string, [string, string][]> = {
  'alef with hamza, madda or wasla': [
    ['أحمد', 'احمد'],
    ['إدلب', 'ادلب'],
    ['آمنة', 'امنة'],
    ['ٱلرقة', 'الرقة'],
  ],
  'alef maqsura and Persian yeh': [
    ['عيسى', 'عيسي'],
    ['عیسی', 'عيسى'],
  ],
  'ta marbuta and ha': [
    ['الرقة', 'الرقه'],
    ['حماة', 'حماه'],
  ],
  'keheh and kaf': [['کوباني', 'كوباني']],
  'vowel marks and shadda': [
    ['الرقّة', 'الرقة'],
    ['الهَوْل', 'الهول'],
    ['مُخَيَّم', 'مخيم'],
    ['كتابٌ', 'كتاب'],
  ],
  tatweel: [
    ['الـرقة', 'الرقة'],
    ['داعـــش', 'داعش'],
  ],
};

describe('each Arabic fold rule', () => {
  it('has examples in this test', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(ARABIC_FOLD_RULES.map((rule) => rule.covers).sort());
  });

  it.for(ARABIC_FOLD_RULES.flatMap((rule) => RULE_EXAMPLES[rule.covers]!.map(([a, b]) => ({ covers: rule.covers, a, b }))))(
    '$covers: "$a" and "$b" fold alike',
    ({ a, b }) => {
      expect(foldName(a)).toBe(foldName(b));
      expect(foldScriptLetters(a)).toBe(foldScriptLetters(b));
    },
  );

  it('maps each character to one or none, so running text can be folded letter by letter', () => {
    for (const character of ['أ', 'إ', 'آ', 'ٱ', 'ى', 'ی', 'ة', 'ک', '\u064E', '\u0651', '\u0640']) {
      expect(foldScriptLetters(character).length).toBeLessThanOrEqual(1);
    }
  });

  it('leaves Latin text as it is', () => {
    expect(foldScriptLetters('al-Hol, Kamışlı')).toBe('al-Hol, Kamışlı');
  });
});

describe('the Arabic article', () => {
  it('is dropped from a word as al- is: "الرقة" and "رقة" fold alike, as "ar-Raqqa" and "Raqqa" do', () => {
    expect(foldName('الرقة')).toBe(foldName('رقة'));
    expect(foldName('مخيم الهول')).toBe(foldName('مخيم هول'));
    expect(foldScriptWord('الهول')).toBe('هول');
  });

  it('is kept when nothing but a letter follows it, as "al" alone is', () => {
    expect(foldScriptWord('الم')).toBe('الم');
    expect(foldName('ال')).not.toBe('');
  });

  it('is dropped when it stands apart from its word', () => {
    expect(foldName('ال هول')).toBe(foldName('الهول'));
  });

  it('gives a key of its own script: an Arabic name never folds to a Latin key', () => {
    expect(hasArabic(foldName('الهول'))).toBe(true);
    expect(foldName('الهول')).not.toBe(foldName('al-Hol'));
  });
});

describe('folded words of Arabic text, for the search index', () => {
  it('lists each word that folding changes, folded, once', () => {
    expect(foldedScriptWords('في مخيّم الهول، وفي مخيّم آخر')).toEqual(['مخيم', 'هول', 'اخر']);
  });

  it('lists nothing for words already in their folded form, or for Latin text', () => {
    expect(foldedScriptWords('مخيم هول in al-Hol')).toEqual([]);
  });
});

describe("every real entity's Arabic names, with the rules applied backwards", () => {
  const arabicNames = entities.flatMap((entity) => entity.names.filter(hasArabic).map((name) => ({ id: entity.id, name })));
  const cases = arabicNames.flatMap(({ id, name }) => arabicVariantsOf(name).map((variant) => ({ id, name, variant })));

  it('covers every Syrian place, the organisations of the region, and many variants', () => {
    const withArabic = new Set(arabicNames.map(({ id }) => id));
    const syrianPlaces = archive.entities.filter((entity) => entity.data.kind === 'place' && entity.data.country === 'Syria');
    for (const place of syrianPlaces) expect(withArabic, place.id).toContain(place.id);
    for (const id of ['islamic-state', 'sdf', 'syrian-national-army']) expect(withArabic).toContain(id);
    expect(cases.length).toBeGreaterThan(arabicNames.length * 8);
  });

  it.for(cases)('"$variant" folds like "$name" ($id)', ({ name, variant }) => {
    expect(foldName(variant)).toBe(foldName(name));
  });

  it.each(ARABIC_NEWS_SPELLINGS)('"%s", as Arabic media write it, folds to a key of %s', (spelling, id) => {
    const owners = entities.filter((entity) => nameKeys(entity.names).includes(foldName(spelling))).map((entity) => entity.id);
    expect(owners).toEqual([id]);
  });

  it('never gives two entities one key, in either script', () => {
    expect(findSharedFoldKeys(entities)).toEqual([]);
    expect(
      findSharedFoldKeys([
        { id: 'a', names: ['الرقة'] },
        { id: 'b', names: ['رقّه'] },
      ]),
    ).toEqual([
      {
        key: 'رقه',
        owners: [
          { id: 'a', names: ['الرقة'] },
          { id: 'b', names: ['رقّه'] },
        ],
      },
    ]);
  });
});
