/**
 * Turkish: case endings follow a name after an apostrophe ("Cuma'dan"), and
 * "pazar" alone is also "market", so a weekday counts only with "günü",
 * "geçen" or "önümüzdeki".
 */
import { weekdayGroup as wd, weekdayMeaning as weekday } from './relative-dates.ts';
import type { LanguageData } from './types.ts';

const WEEKDAYS = ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'];
/** Longest first, so "Pazartesi" is not read as "Pazar" and "Cumartesi" not as "Cuma". */
const WEEKDAYS_LONGEST_FIRST = [...WEEKDAYS].sort((a, b) => b.length - a.length);
/** What may follow a Turkish word: a case ending after an apostrophe ("Cuma'dan") or nothing that is a letter. */
const END = "(?:['’]\\p{L}+)?(?!\\p{L})";

/** Turkish. */
export const tr: LanguageData = {
  tag: 'tr',
  name: 'Turkish',
  franc: 'tur',
  stopWords: [],
  months: [],
  monthStarts: [],
  monthBeforeDay: false,
  dateLinks: [],
  weekdays: WEEKDAYS,
  // chrono-node has no locale for it: the rules below are all.
  chrono: null,
  relativeDates: [
    { pattern: new RegExp(`(?<!\\p{L})(?:evvelsi|önceki) gün${END}`, 'giu'), meaning: () => ({ days: -2 }) },
    { pattern: new RegExp(`(?<!\\p{L})dün(?: gece| akşam)?${END}`, 'giu'), meaning: () => ({ days: -1 }) },
    { pattern: new RegExp(`(?<!\\p{L})bugün(?:kü)?${END}`, 'giu'), meaning: () => ({ days: 0 }) },
    { pattern: new RegExp(`(?<!\\p{L})(\\d+) gün önce${END}`, 'giu'), meaning: (m) => ({ days: -Number(m[1]) }) },
    {
      pattern: new RegExp(`(?<!\\p{L})geçen ${wd(WEEKDAYS_LONGEST_FIRST)}(?: günü)?${END}`, 'giu'),
      meaning: weekday(WEEKDAYS, 1, 'before'),
    },
    {
      pattern: new RegExp(`(?<!\\p{L})(?:önümüzdeki|gelecek) ${wd(WEEKDAYS_LONGEST_FIRST)}(?: günü)?${END}`, 'giu'),
      meaning: weekday(WEEKDAYS, 1, 'after'),
    },
    { pattern: new RegExp(`(?<!\\p{L})${wd(WEEKDAYS_LONGEST_FIRST)} günü${END}`, 'giu'), meaning: weekday(WEEKDAYS, 1, 'on-or-before') },
    { pattern: new RegExp(`(?<!\\p{L})geçen hafta${END}`, 'giu'), meaning: () => ({ period: 'week', offset: -1 }) },
    { pattern: new RegExp(`(?<!\\p{L})bu hafta${END}`, 'giu'), meaning: () => ({ period: 'week', offset: 0 }) },
    { pattern: new RegExp(`(?<!\\p{L})geçen ay${END}`, 'giu'), meaning: () => ({ period: 'month', offset: -1 }) },
    { pattern: new RegExp(`(?<!\\p{L})geçen (?:yıl|sene)${END}`, 'giu'), meaning: () => ({ period: 'year', offset: -1 }) },
  ],
  numberWords: {},
  multipliers: { bin: 1000, milyon: 1_000_000 },
  amountLeads: [],
  numberLinks: [],
  vagueQuantities: [],
  decimalMark: ',',
  numberContext: {
    ageAfter: [],
    ageJoined: [],
    ageBefore: [],
    timeAfter: [],
    dotTimeBefore: ['saat'],
    dotTimeAfter: [],
    durationAfter: ['saat', 'gün', 'hafta', 'ay', 'yıl'],
    percentAfter: [],
    percentBefore: ['yüzde'],
    currencyAfter: ['lira', 'liras', 'tl'],
    counted: {
      people: ['kişi', 'insan'],
      escaped: ['kaçt', 'kaçan', 'firar'],
      held: ['tutuklu', 'mahkum', 'gözaltı', 'tutul'],
      fighters: ['militan', 'savaşçı', 'cihatçı'],
      women: ['kadın'],
      children: ['çocuk'],
      distance: [],
      displaced: ['yerinden', 'göç'],
      casualties: ['yaralı', 'öldü', 'hayatını'],
      vehicles: ['kamyon'],
      countries: ['ülke'],
    },
  },
  names: {
    connectors: [],
    leading: [],
    notNamesAlone: [],
    organisationWords: [],
    placeBefore: [],
    personAround: [],
    speakerWords: [],
    hyphenatedArticles: [],
    spacedArticles: [],
    elisions: [],
    capitalisedNouns: { nouns: [], endings: [], determiners: [] },
  },
  furniture: {
    copyright: [],
    shareLines: [/\b(içeriğe geç|ana içeriğe atla)\b/],
    shareLinesAnywhere: [],
    shareWordsShortLine: [],
    pointersOutsideSentence: [],
    pointers: [/\b(?:haberi dinle|devamını oku|haberin devamı)\b/],
    stampWords: [],
    commentPrompts: [/\b(?:\d+\s+yorum|yorum(?:lar)?\s*\(\d+\)|yorum yap)/],
    threadHeadings: ['yorumlar', 'yorum'],
    teaserHeadings: [/[İi]lgili haberler|çok okunanlar|benzer haberler|öne çıkanlar/],
    creditWords: ['fotoğraf'],
    captionOpeners: ['fotoğraf', 'izle'],
    captionBracketWords: ['fotoğraf'],
    promotion: [/bültenimize|\babone ol|uygulamamızı indir/],
    gluedWords: ['ABONE OL', 'REKLAM', 'PAYLAŞ'],
    kickerWords: 'son dakika canlı güncel güncelleme özel haber haberi'.split(' '),
    continueLinks: ['devamını oku', 'haberin devamı'],
    bylines: [],
  },
};
