/** English: the archive's own language, and the relative-date rules of any language without its own. */
import { en as chronoParser } from 'chrono-node';
import { MONTH_NAMES } from '../../../../src/lib/core/dates.ts';
import { weekdayGroup as wd, weekdayMeaning as weekday } from './relative-dates.ts';
import type { LanguageData } from './types.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Abbreviations of each month, January first (May has none). */
const MONTH_ABBREVIATIONS = [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['oct'], ['nov'], ['dec']];
const MONTHS = MONTH_NAMES.map((name, index) => [name.toLowerCase(), ...MONTH_ABBREVIATIONS[index]!]);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  fifty: 50,
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  dozen: 12,
};

/** "three days ago": digits, or one of the number words. */
const daysAgo = (word: string) => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()]!);

/** English. */
export const en: LanguageData = {
  tag: 'en',
  name: 'English',
  franc: 'eng',
  stopWords: 'the and of to in is that was for with have from they this said were been their which who has after would it'.split(' '),
  months: MONTHS,
  monthStarts: 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' '),
  monthBeforeDay: true,
  dateLinks: [],
  weekdays: WEEKDAYS,
  chrono: chronoParser,
  relativeDates: [
    { pattern: /\bthe day before yesterday\b/giu, meaning: () => ({ days: -2 }) },
    { pattern: /\byesterday\b/giu, meaning: () => ({ days: -1 }) },
    { pattern: /\blast night\b/giu, meaning: () => ({ days: -1 }) },
    { pattern: /\b(?:today|this morning|this afternoon|this evening|tonight)\b/giu, meaning: () => ({ days: 0 }) },
    { pattern: /\b(\d+|two|three|four|five|six|seven|ten) days ago\b/giu, meaning: (m) => ({ days: -daysAgo(m[1]!) }) },
    { pattern: /\b(?:a|one) week ago\b/giu, meaning: () => ({ days: -7 }) },
    { pattern: new RegExp(`\\b(?:last|this past|past) ${wd(WEEKDAYS)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS, 1, 'before') },
    { pattern: new RegExp(`\\bnext ${wd(WEEKDAYS)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS, 1, 'after') },
    { pattern: new RegExp(`(?<!\\p{L})(?:on )?${wd(WEEKDAYS)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS, 1, 'on-or-before') },
    { pattern: /\b(?:last|past) week\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
    { pattern: /\bthis week\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
    { pattern: /\blast month\b/giu, meaning: () => ({ period: 'month', offset: -1 }) },
    { pattern: /\blast year\b/giu, meaning: () => ({ period: 'year', offset: -1 }) },
  ],
  numberWords: NUMBER_WORDS,
  multipliers: { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000, millions: 1_000_000 },
  amountLeads: ['tens of', 'several of', 'some of', 'several', 'some'],
  numberLinks: ['and'],
  vagueQuantities: ['dozens', 'hundreds', 'thousands', 'millions'],
  decimalMark: '.',
  numberContext: {
    ageAfter: [],
    ageJoined: [/[-‐‑\s]years?[-‐‑\s]old/],
    ageBefore: ['aged', 'age of'],
    timeAfter: ['a.m.', 'p.m.', 'am', 'pm'],
    dotTimeBefore: ['at', 'by', 'from', 'until'],
    dotTimeAfter: ['h', 'hrs', 'hours', 'local', 'gmt', 'utc'],
    durationAfter: [/seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?/],
    percentAfter: [/per ?cent/, 'percent'],
    percentBefore: [],
    currencyAfter: [/dollars?/, /euros?/, 'pounds'],
    counted: {
      people: ['people', 'person', 'population'],
      escaped: ['escap', 'left', 'fled', 'flee', 'broke out'],
      held: ['held', 'detain', 'prisoner', 'captiv', 'inmate', 'custod'],
      fighters: ['fighter', 'jihadist', 'militant'],
      women: ['women', 'woman'],
      children: ['child', 'kids'],
      distance: ['km', 'kilomet'],
      displaced: ['displaced'],
      casualties: ['injur', 'wound', 'killed', 'dead', 'died'],
      vehicles: ['truck', 'lorr', 'vehicle'],
      countries: ['countr'],
    },
  },
  names: {
    connectors: ['the', 'of', 'for'],
    leading: (
      'the a an in on at of for and but or as so if it its this that these those there then than when while after before since during with without from by to into last next ' +
      'he she they we you i his her their our my mr mrs ms dr prof president minister professor general colonel commander spokesman spokeswoman secretary'
    ).split(' '),
    notNamesAlone: [
      ...'north south east west northeast northwest southeast southwest northern southern eastern western central'.split(' '),
      ...WEEKDAYS,
      ...MONTHS.map((names) => names[0]!),
      ...'turkish kurdish syrian syrians iraqi iraqis arab arabs french british britons american americans european europeans dutch german spanish western westerners russian kurds turks'.split(
        ' ',
      ),
    ],
    organisationWords: (
      'Forces Army Observatory Ministry University Council Group Organisation Organization Agency Committee Party Front Network News Times Post Project ' +
      'Union Coalition Crescent Cross Watch Fund Office Institute Foundation Association Brigade Movement Command Nations Court Bank'
    ).split(' '),
    placeBefore: ['in', 'near', 'from', 'at', 'to', 'towards', 'reached', 'outside', 'around'],
    personAround: ['said', 'says', 'told', 'added', 'explained', 'spokesman', 'spokeswoman'],
    speakerWords: ['said', 'says', 'told', 'added', 'explained', 'spokesman', 'spokeswoman', 'commander', 'official'],
    hyphenatedArticles: [],
    spacedArticles: [],
    elisions: [],
    capitalisedNouns: { nouns: [], endings: [], determiners: [] },
  },
  furniture: {
    copyright: [/\ball rights reserved\b/],
    shareLines: [
      /\b(sign up|sign in|log in|subscribe|newsletter|follow us|share (this|on)|share$|print this|advertisement|skip to|back to top|read more|know more|more information|related (articles|stories|news|links)|trust project)\b/,
    ],
    shareLinesAnywhere: [],
    shareWordsShortLine: [],
    pointersOutsideSentence: [/\b(read|see|view) (the )?(full|whole|original|complete) (article|story|report|interview)\b/],
    pointers: [/\b(?:continue reading|listen to this (?:article|story))\b/],
    stampWords: [/\b(?:published|updated|posted|last modified)\b/],
    commentPrompts: [
      /\b(?:\d+\s+comments?|comments?\s*\(\d+\)|leave a comment|add a comment|join the (?:discussion|conversation)|have your say|(?:show|view|read) (?:the )?comments)\b/,
    ],
    threadHeadings: [/comments?|reader comments/],
    teaserHeadings: [
      /related(?: stories| articles| news| links| coverage| content)?|more on this (?:story|topic)|more from [\p{L} ]{1,30}|most (?:read|popular|viewed|shared)|recommended(?: for you| stories)?|you may also like|read next|more stories|top stories/u,
    ],
    creditWords: ['photo', 'image', 'picture', 'credit'],
    captionOpeners: ['photo', 'image', 'picture', 'video', 'watch', 'credit'],
    captionBracketWords: ['photo'],
    promotion: [
      /\b(?:in your inbox|(?:our|the) (?:daily |weekly |morning |free )*(?:newsletter|briefing) (?:in|to|for|every)|sign up (?:for|to) (?:our|the)|subscribe (?:to our|now|today)|support (?:our|independent) journalism|become a (?:member|subscriber|supporter)|download (?:our|the) app|free trial)\b/,
    ],
    gluedWords: ['SUBSCRIBE', 'SIGN UP', 'ADVERTISEMENT', 'SHARE'],
    kickerWords:
      'breaking news live update updated updates latest exclusive watch video videos photo photos analysis opinion urgent flash just in'.split(
        ' ',
      ),
    continueLinks: [/(?:continue|keep) reading\b/, /read (?:more|the full|the rest)\b/],
    bylines: ['by'],
  },
};
