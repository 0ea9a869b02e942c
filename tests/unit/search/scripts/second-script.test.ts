/**
 * A second script is one table and one registry line: this test registers a
 * small Hebrew table of its own (final letter forms, points, the joined
 * article ה) beside Arabic, replacing only the registry module, and shows
 * that name keys, the name index, query terms, marking, the search index's
 * folded words and language tags all use it, with no other module changed.
 */
import { describe, expect, it, vi } from 'vitest';
import { NameMatcher } from '../../../../src/lib/search/aliases.ts';
import { foldName, wordKeys } from '../../../../src/lib/search/name-fold.ts';
import { NameIndex } from '../../../../src/lib/search/name-index.ts';
import { foldedScriptWords, foldScriptLetters, scriptOf, textLang } from '../../../../src/lib/search/scripts/fold.ts';
import type { Script } from '../../../../src/lib/search/scripts/types.ts';
import { planSearch, wordSpans } from '../../../../src/lib/search/search-terms.ts';
import { scriptTableProblems } from '../../../support/script-table.ts';

const { HEBREW } = vi.hoisted(() => {
  const table: Script = {
    name: 'Hebrew',
    lang: 'he',
    letters: /[\u0590-\u05FF\uFB1D-\uFB4F]/u,
    compatibilityForms: /[\uFB1D-\uFB4F]/u,
    rules: [
      // Hebrew's five letters with a final form: the same letter, and a name typed run together puts one inside the word.
      ...[
        ['ך', 'כ'],
        ['ם', 'מ'],
        ['ן', 'נ'],
        ['ף', 'פ'],
        ['ץ', 'צ'],
      ].map(([final, plain]) => ({
        covers: `final ${plain}`,
        forms: [final!, plain!],
        at: 'anywhere' as const,
        pattern: new RegExp(final!, 'gu'),
        to: plain!,
      })),
      // Vowel points and cantillation marks, written in careful or vocalised text only.
      { covers: 'points', forms: [], at: 'anywhere', pattern: /[\u0591-\u05C7]/gu, to: '' },
    ],
    joinedArticle: 'ה',
    // Camp, village.
    genericNameWords: ['מחנה', 'כפר'],
    wordKeyLength: 5,
  };
  return { HEBREW: table };
});

vi.mock('../../../../src/lib/search/scripts/registry.ts', async () => {
  const { ARABIC } = await import('../../../../src/lib/search/scripts/arabic.ts');
  return { SCRIPTS: [ARABIC, HEBREW] };
});

describe('a second script registered beside Arabic', () => {
  it('is a complete table', () => {
    expect(scriptTableProblems(HEBREW)).toEqual([]);
  });

  it('is the script its text is in, and tags that text with its language', () => {
    expect(scriptOf('ירושלים')).toBe(HEBREW);
    expect(textLang('ירושלים')).toBe('he');
    expect(textLang('الهول')).toBe('ar');
    expect(textLang('Jerusalem')).toBe('und');
  });

  it('folds letters by its rules: final forms to plain ones, points removed', () => {
    expect(foldScriptLetters('שָׁלוֹם')).toBe('שלומ');
    expect(foldName('ירושלים')).toBe(foldName('ירושלימ'));
  });

  it('drops its joined article as "al-" is dropped: "הנמל" and "נמל" give one key', () => {
    expect(foldName('הנמל')).toBe(foldName('נמל'));
    expect(foldName('הנמל')).toBe('נמל');
  });

  it('leads the name index to an entity by its names in the script, in any of its spellings', () => {
    const index = new NameIndex([{ id: 'test-port', kind: 'place', names: ['Test Port', 'הנמל הישן'] }]);
    for (const query of ['הנמל הישן', 'נמל הישן', 'הַנָּמָל הַיָּשָׁן']) expect(index.resolve(query)?.entity.id, query).toBe('test-port');
  });

  it('turns query words into the terms pages index, article dropped and letters folded', () => {
    expect(planSearch('הַנָּמָל ירושלים', null)).toEqual({ kind: 'words', words: ['נמל', 'ירושלימ'], quoted: false });
  });

  it("adds a page's words that its folding changes to the page's search data", () => {
    expect(foldedScriptWords('הנמל של ירושלים, في مخيّم الهول')).toEqual(['נמל', 'ירושלימ', 'مخيم', 'هول']);
  });

  it('marks a searched word and a name in text with or without the article', () => {
    const text = 'ראינו את הנמל ואת נמל העיר';
    expect(wordSpans('נמל')(text).map(([from, to]) => text.slice(from, to))).toEqual(['הנמל', 'נמל']);
    expect(new NameMatcher(['הנמל']).spans(text).map(([from, to]) => text.slice(from, to))).toEqual(['הנמל', 'נמל']);
  });

  it('keeps its generic words and short words from standing for a whole name', () => {
    expect(wordKeys('place', ['מחנה שלום'])).toEqual([]);
    expect(wordKeys('place', ['מחנה ירושלים'])).toEqual(['ירושלימ']);
  });
});
