import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blankLanguage } from '../../../scripts/lib/new-article/languages/blank.ts';
import { LANGUAGES, languageData } from '../../../scripts/lib/new-article/languages/index.ts';
import type { LanguageData } from '../../../scripts/lib/new-article/languages/types.ts';

const FOLDER = resolve('scripts/lib/new-article/languages');

/** Modules of the folder that are no language: the shape, the registry and the helpers. */
const HELPERS = ['types.ts', 'index.ts', 'patterns.ts', 'relative-dates.ts', 'blank.ts'];

/** Properties that are settings, not word lists: they may not be "empty". */
const SETTINGS = ['tag', 'name', 'franc', 'chrono', 'monthBeforeDay', 'decimalMark'];

/**
 * A language's word lists by kind, as dotted paths ("names.connectors"): a
 * list or a record of numbers is one kind; an object of kinds is walked.
 */
function kinds(data: LanguageData): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const walk = (value: unknown, path: string) => {
    if (SETTINGS.includes(path)) return;
    const isRecordOfNumbers = typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'number');
    if (Array.isArray(value) || typeof value !== 'object' || value === null || (isRecordOfNumbers && path !== '')) {
      found.set(path, value);
      return;
    }
    for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(data, '');
  return found;
}

const isEmpty = (value: unknown) => (Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0);

/** Kinds only some languages need; the others leave them empty, for the reason given. */
const OPTIONAL: Record<string, string> = {
  dateLinks: 'only languages that write a word between day, month and year ("16 de octubre de 2019")',
  amountLeads: 'only English writes "tens of" or "several" before number words so far',
  numberLinks: 'only English joins number words with a word ("two thousand and five") so far',
  'numberContext.ageJoined': 'only English joins the age to the number ("34-year-old")',
  'numberContext.percentBefore': 'only Turkish writes the share word before the number ("yüzde 40")',
  'numberContext.counted.distance': '"km" and "kilomet…" are read in every language from English\'s list',
  'names.hyphenatedArticles': "the particles of Arabic names, romanised, are read in the text of every language from Arabic's list",
  'names.spacedArticles': 'the same particles, written apart ("al Hawl"), from Arabic\'s list',
  'names.elisions': 'only French and Italian glue an elided word to a name ("d\'Aïn Issa", "dell\'Iraq")',
  'names.capitalisedNouns.nouns': 'only a language that capitalises every noun (German) needs its nouns told from names',
  'names.capitalisedNouns.endings': 'as nouns: German only',
  'names.capitalisedNouns.determiners': 'as nouns: German only',
  'furniture.shareLinesAnywhere': "Arabic's share phrases are never sentence words; other languages' are (shareLines)",
  'furniture.shareWordsShortLine': "Arabic's share words are ordinary words too, furniture only on a short line",
  'furniture.pointersOutsideSentence': 'only English captures have needed "read the full story" so far',
};

/** Languages whose data is only a few furniture headings so far; every other kind is empty. */
const HEADINGS_ONLY: Record<string, string> = {
  ja: 'only comment and teaser headings, which the Japanese text-shape capture needed',
  zh: 'only comment and teaser headings, which the Chinese text-shape capture needed',
  th: 'only comment and teaser headings, which the Thai text-shape capture needed',
};

/** Required kinds a language still lacks, with why: the words of every other language still apply to its text. */
const GAPS: Record<string, { kinds: string[]; why: string }[]> = {
  en: [{ kinds: ['numberContext.ageAfter'], why: 'English joins the age to the number: numberContext.ageJoined' }],
  fr: [{ kinds: ['furniture.captionBracketWords'], why: 'no French capture has had "(photo: …)" at a line end yet' }],
  de: [
    { kinds: ['names.notNamesAlone'], why: 'German capitalises every noun: its weekdays are among names.capitalisedNouns.nouns' },
    {
      kinds: ['numberWords', 'names.organisationWords', 'names.placeBefore', 'names.personAround', 'furniture.copyright'],
      why: 'not written yet: no German capture has needed them',
    },
  ],
  nl: [
    {
      kinds: [
        'numberWords',
        'multipliers',
        'vagueQuantities',
        'numberContext.ageAfter',
        'numberContext.ageBefore',
        'numberContext.timeAfter',
        'numberContext.dotTimeBefore',
        'numberContext.dotTimeAfter',
        'numberContext.durationAfter',
        'numberContext.percentAfter',
        'numberContext.currencyAfter',
        ...['held', 'fighters', 'women', 'children', 'displaced', 'casualties', 'vehicles', 'countries'].map(
          (kind) => `numberContext.counted.${kind}`,
        ),
        'names.notNamesAlone',
        'names.placeBefore',
        'names.personAround',
        'names.speakerWords',
        'furniture.copyright',
        'furniture.pointers',
        'furniture.commentPrompts',
        'furniture.threadHeadings',
        'furniture.teaserHeadings',
        'furniture.creditWords',
        'furniture.captionOpeners',
        'furniture.captionBracketWords',
        'furniture.promotion',
        'furniture.gluedWords',
        'furniture.kickerWords',
        'furniture.continueLinks',
      ],
      why: 'not written yet: the Dutch captures so far needed dates, stop words and a few furniture words',
    },
  ],
  it: [
    {
      kinds: ['weekdays', 'relativeDates'],
      why: 'chrono-node reads Italian relative dates (English rules apply besides, as to any language without its own)',
    },
    {
      kinds: [
        'numberWords',
        'multipliers',
        'vagueQuantities',
        'numberContext.ageAfter',
        'numberContext.ageBefore',
        'numberContext.timeAfter',
        'numberContext.dotTimeBefore',
        'numberContext.dotTimeAfter',
        'numberContext.durationAfter',
        'numberContext.percentAfter',
        'numberContext.currencyAfter',
        ...['people', 'escaped', 'held', 'fighters', 'women', 'children', 'displaced', 'casualties', 'vehicles', 'countries'].map(
          (kind) => `numberContext.counted.${kind}`,
        ),
        'names.connectors',
        'names.leading',
        'names.notNamesAlone',
        'names.organisationWords',
        'names.placeBefore',
        'names.personAround',
        'names.speakerWords',
        'furniture.copyright',
        'furniture.shareLines',
        'furniture.pointers',
        'furniture.commentPrompts',
        'furniture.threadHeadings',
        'furniture.teaserHeadings',
        'furniture.promotion',
        'furniture.gluedWords',
      ],
      why: 'not written yet: Italian is detected, dated and its stamps and bylines read, no more so far',
    },
  ],
  pt: [
    {
      kinds: ['weekdays', 'relativeDates'],
      why: 'chrono-node reads Portuguese relative dates (English rules apply besides, as to any language without its own)',
    },
    {
      kinds: [
        'numberWords',
        'multipliers',
        'vagueQuantities',
        'numberContext.ageBefore',
        'numberContext.dotTimeBefore',
        'numberContext.durationAfter',
        'numberContext.percentAfter',
        'numberContext.currencyAfter',
        ...['held', 'displaced', 'casualties', 'vehicles', 'countries'].map((kind) => `numberContext.counted.${kind}`),
        'names.connectors',
        'names.leading',
        'names.notNamesAlone',
        'names.organisationWords',
        'names.placeBefore',
        'names.personAround',
        'furniture.copyright',
        'furniture.shareLines',
        'furniture.pointers',
        'furniture.commentPrompts',
        'furniture.threadHeadings',
        'furniture.teaserHeadings',
        'furniture.promotion',
        'furniture.gluedWords',
        'furniture.kickerWords',
      ],
      why: 'not written yet: Portuguese is detected and dated, and some counting words read, no more so far',
    },
  ],
  ar: [
    { kinds: ['stopWords'], why: 'franc tells Arabic by its script and spelling; no stop word vote is needed' },
    {
      kinds: ['names.leading', 'names.notNamesAlone', 'names.organisationWords', 'names.placeBefore', 'names.personAround'],
      why: 'Arabic script has no capitals, and the unknown-name finder reads capitalised words only',
    },
    { kinds: ['furniture.gluedWords'], why: 'a glued furniture word is told by its capitals, which Arabic has not' },
    { kinds: ['furniture.shareLines'], why: 'Arabic share words are in shareLinesAnywhere and shareWordsShortLine' },
    { kinds: ['numberContext.timeAfter', 'furniture.pointers'], why: 'not written yet' },
  ],
  tr: [
    { kinds: ['stopWords'], why: 'franc and the Turkish letters (ı, ğ) tell Turkish; no stop word vote is needed so far' },
    {
      kinds: [
        'months',
        'monthStarts',
        'numberWords',
        'vagueQuantities',
        'numberContext.ageAfter',
        'numberContext.ageBefore',
        'numberContext.timeAfter',
        'numberContext.dotTimeAfter',
        'numberContext.percentAfter',
        'names.connectors',
        'names.leading',
        'names.notNamesAlone',
        'names.organisationWords',
        'names.placeBefore',
        'names.personAround',
        'names.speakerWords',
        'furniture.copyright',
        'furniture.stampWords',
        'furniture.bylines',
      ],
      why: 'not written yet: a Turkish page is dated from its URL or --published so far',
    },
  ],
};

/** Every kind of entry a language has: the blank language's, which the type requires. */
const ALL_KINDS = [...kinds(blankLanguage('xx', 'Example')).keys()].sort();

describe('languages/: one module per language, each with every kind of entry', () => {
  it('lists in LANGUAGES exactly the language modules of the folder, each under its own tag', async () => {
    const modules = readdirSync(FOLDER)
      .filter((name) => name.endsWith('.ts') && !HELPERS.includes(name))
      .map((name) => basename(name, '.ts'))
      .sort();
    expect(Object.keys(LANGUAGES).sort()).toEqual(modules);
    for (const tag of modules) {
      const module = (await import(pathToFileURL(resolve(FOLDER, `${tag}.ts`)).href)) as Record<string, LanguageData>;
      expect(Object.keys(module), `${tag}.ts exports one language`).toEqual([tag]);
      expect(module[tag]!.tag).toBe(tag);
      expect(LANGUAGES[tag]).toBe(module[tag]);
    }
  });

  it('finds a language by its tag or a longer tag of it, and says undefined for one it has no data for', () => {
    expect(languageData('es-MX')).toBe(LANGUAGES.es);
    expect(languageData('EN')).toBe(LANGUAGES.en);
    expect(languageData('ku')).toBeUndefined();
    expect(languageData('constructor')).toBeUndefined();
  });

  it('gives every language every kind of entry, and nothing else', () => {
    for (const [tag, data] of Object.entries(LANGUAGES)) expect([...kinds(data).keys()].sort(), tag).toEqual(ALL_KINDS);
    expect(Object.keys(OPTIONAL).filter((kind) => !ALL_KINDS.includes(kind))).toEqual([]);
  });

  it('fills every required kind, except the gaps listed here with why (and each listed gap is still empty)', () => {
    const required = ALL_KINDS.filter((kind) => !Object.hasOwn(OPTIONAL, kind));
    const unfilled: string[] = [];
    const stale: string[] = [];
    for (const [tag, data] of Object.entries(LANGUAGES)) {
      if (Object.hasOwn(HEADINGS_ONLY, tag)) continue;
      const gaps = (GAPS[tag] ?? []).flatMap((gap) => gap.kinds);
      const entries = kinds(data);
      for (const kind of required) {
        const empty = isEmpty(entries.get(kind));
        if (empty && !gaps.includes(kind)) unfilled.push(`${tag} ${kind}`);
        if (!empty && gaps.includes(kind)) stale.push(`${tag} ${kind}`);
      }
      for (const kind of gaps) if (!required.includes(kind)) stale.push(`${tag} ${kind} (not a required kind)`);
    }
    expect(unfilled, 'required kinds left empty').toEqual([]);
    expect(stale, 'gaps listed here that are filled now: take them off the list').toEqual([]);
  });

  it('gives the headings-only languages their headings and no other word, and no detection', () => {
    for (const tag of Object.keys(HEADINGS_ONLY)) {
      const entries = kinds(LANGUAGES[tag]!);
      const filled = [...entries].filter(([, value]) => !isEmpty(value)).map(([kind]) => kind);
      expect(filled.sort(), tag).toEqual(['furniture.teaserHeadings', 'furniture.threadHeadings']);
      expect(LANGUAGES[tag]!.franc).toBeNull();
    }
  });

  it('keeps the shapes the code relies on: twelve months or none, seven weekdays or none, global relative-date patterns', () => {
    for (const [tag, data] of Object.entries(LANGUAGES)) {
      expect([0, 12], `${tag} months`).toContain(data.months.length);
      expect([0, 7], `${tag} weekdays`).toContain(data.weekdays.length);
      expect(
        data.months.every((names) => names.length > 0 && names.every((name) => name === name.toLowerCase())),
        tag,
      ).toBe(true);
      expect(data.relativeDates.every((rule) => rule.pattern.global)).toBe(true);
    }
  });

  it('never gives one word two meanings across languages: a month name one month, a number word one value', () => {
    const month = new Map<string, number>();
    const value = new Map<string, number>();
    const clashes: string[] = [];
    for (const data of Object.values(LANGUAGES)) {
      data.months.forEach((names, index) =>
        names.forEach((name) => {
          if ((month.get(name) ?? index) !== index) clashes.push(`month ${name}`);
          month.set(name, index);
        }),
      );
      for (const [word, number] of Object.entries({ ...data.numberWords, ...data.multipliers })) {
        if ((value.get(word) ?? number) !== number) clashes.push(`number ${word}`);
        value.set(word, number);
      }
    }
    expect(clashes).toEqual([]);
  });
});

// The drafting modules are imported in the tests, so a language module that lacks a kind fails the tests above by name, not this file's import.
describe('the drafting code reads every language of the registry', () => {
  it('takes a line opened by any language’s byline word for a byline', async () => {
    const { furnitureReason } = await import('../../../scripts/lib/new-article/split-capture.ts');
    const missed = Object.values(LANGUAGES).flatMap((data) =>
      data.furniture.bylines.filter((word) => furnitureReason(`${String(word)} Jana Beispiel`) !== 'a byline').map(String),
    );
    expect(missed).toEqual([]);
  });

  it('knows every language’s stop words', async () => {
    const { isStopword } = await import('../../../scripts/lib/new-article/language.ts');
    const missed = Object.values(LANGUAGES).flatMap((data) => data.stopWords.filter((word) => !isStopword(word)));
    expect(missed).toEqual([]);
  });
});
