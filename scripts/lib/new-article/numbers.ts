/**
 * Every number in a draft's text, with the figure in `content/figures/` it
 * may belong to, so the archivist can add each as a claim: a second report's
 * "850 escapees" beside El Mundo's 859 is what the figures page compares.
 */
import { searchKey } from '../../../src/lib/search/aliases.ts';
import { westernDigits } from './dates.ts';

/** A number in one paragraph. */
export interface FoundNumber {
  /** The number as written: "850", "12,000", "hundreds". */
  words: string;
  /** Its value read in the article's language (12,000 in English, 12.000 in Spanish), or null for words like "hundreds". */
  value: number | null;
  /** The words around it, to say what it counts. */
  context: string;
  /** True for a four-digit number that reads as a year (1990–2039), which is not a quantity. */
  year: boolean;
  /** Why it is not a figure ("a year", "a day of the month", "an age", "a time of day"), or null when it may be one. */
  notFigure: string | null;
}

/** Number words whose value is exact. */
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
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  veinte: 20,
  cien: 100,
  mil: 1000,
  millón: 1_000_000,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  vingt: 20,
  cent: 100,
  mille: 1000,
  // Arabic: "ألف" (thousand) and "مئة"/"مائة" (hundred) multiply the number before them ("12 ألف").
  ألف: 1000,
  آلاف: 1000,
  مئة: 100,
  مائة: 100,
  مليون: 1_000_000,
};

/** Arabic multipliers written after digits: "12 ألف" is 12,000, "3 آلاف" 3,000. */
const ARABIC_MULTIPLIERS = 'ألف|آلاف|مئة|مائة|مليون|ملايين';

/** Vague amounts: they count, but give no one number ("hundreds of women"). */
const VAGUE_WORDS = [
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'decenas',
  'cientos',
  'centenares',
  'miles',
  'millones',
  'dizaines',
  'centaines',
  'milliers',
  'dutzende',
  'hunderte',
  'tausende',
  'عشرات',
  'مئات',
  'آلاف',
];

const WORD_ALTERNATIVES = [...Object.keys(NUMBER_WORDS), ...VAGUE_WORDS].join('|');

const NUMBER_PATTERN = new RegExp(
  [
    '(?<![\\p{L}\\p{N}])\\d{1,2}[:h]\\d{2}(?![\\p{N}])', // 13:39 · 13h39, a time
    `(?<![\\p{L}\\p{N}])\\d+(?:[.,٫]\\d+)?\\s(?:${ARABIC_MULTIPLIERS})(?![\\p{L}])`, // 12 ألف (Eastern digits are read as ASCII first)
    '(?<![\\p{L}\\p{N}])\\d{1,3}(?:[,.\\u00a0\\u202f ٬]\\d{3})+(?:[.,٫]\\d+)?(?![\\p{N}])', // 12,000 · 12.000 · 12 000
    '(?<![\\p{L}\\p{N}])\\d+(?:[.,٫]\\d+)?(?![\\p{N}])', // 859 · 2.5
    `(?<![\\p{L}])(?:(?:tens|several|some) of |(?:several|some) )?(?:${WORD_ALTERNATIVES})(?:[ -](?:and )?(?:${WORD_ALTERNATIVES}))*(?![\\p{L}])`,
  ].join('|'),
  'giu',
);

/** Reads number words: "three hundred" → 300, "two thousand five hundred" → 2500; null for vague words ("hundreds"). */
function readNumberWords(words: string): number | null {
  let total = 0;
  let current = 0;
  for (const word of words.split(/[ -]/).filter((part) => part !== 'and')) {
    const value = NUMBER_WORDS[word];
    if (value === undefined) return null;
    if (value === 100) current = (current || 1) * 100;
    else if (value >= 1000) {
      total += (current || 1) * value;
      current = 0;
    } else current += value;
  }
  return total + current;
}

/** Reads a written number in a language: "12,000" is twelve thousand in English, "12.000" in Spanish, French or German. */
export function readNumber(written: string, language: string): number | null {
  const lower = westernDigits(written).toLowerCase();
  if (!/\d/.test(lower)) return readNumberWords(lower);
  const arabic = new RegExp(`^(.+?)\\s(${ARABIC_MULTIPLIERS})$`, 'u').exec(lower);
  if (arabic) {
    const base = readNumber(arabic[1]!, language);
    return base === null ? null : base * (/مليون|ملايين/u.test(arabic[2]!) ? 1_000_000 : /مئة|مائة/u.test(arabic[2]!) ? 100 : 1000);
  }
  if (/[٫٬]/u.test(lower)) return Number(lower.replace(/٬/gu, '').replace('٫', '.'));
  const english = language.split('-')[0] === 'en';
  const thousands = english ? /[,\u00a0\u202f ]/g : /[.\u00a0\u202f ]/g;
  const decimal = english ? '.' : ',';
  // "2.000" in Spanish is two thousand; "2.5" in English two and a half. A lone separator followed by three digits is a thousands separator.
  const normalised = lower.replace(thousands, '').replace(decimal, '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Month names, to tell "13 October" (a date) from "13 escapees" (a number). */
const MONTH_NEAR =
  /^\.?\s*(?:de\s+)?(?:jan|feb|fév|mar|mär|apr|avr|abr|may|mai|mei|mag|jun|jui|jul|lug|aug|ago|aoû|sep|set|oct|okt|ott|out|nov|dec|déc|dez|dic|ene|يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)\p{L}*/iu;
/** A month name just before a number: "October 13". */
const MONTH_BEFORE =
  /(?:^|[^\p{L}])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+$/iu;
/** Words after a number that make it an age: "34-year-old", "aged 34", "34 ans", "34 años", "34 Jahre alt", "34 عاما". */
const AGE_AFTER = /^(?:[-‐‑\s]years?[-‐‑\s]old|\s?(?:ans|años|anos|jahre alt|jährige|jähriger|jährigen|عاما|عامًا|سنة|سنوات)(?![\p{L}]))/iu;
const AGE_BEFORE = /(?:aged|age of|âgée? de|de \d+ ans|edad de|im alter von|البالغ من العمر|عمره|عمرها)\s+$/iu;
/** A time of day: "13:39", "13h39", "10 a.m.", "10 Uhr", "à 13 heures". */
const TIME_AFTER = /^(?:[:h]\d{2}|\s?(?:a\.m\.|p\.m\.|am|pm|uhr|heures?|horas)(?![\p{L}]))/iu;
const TIME_BEFORE = /\d[:h]$/u;

/** Why a number is not a quantity, from the words around it; null when it may be one. */
function notAFigure(words: string, before: string, after: string): string | null {
  if (/^(199\d|20[0-3]\d)$/.test(words)) return 'a year';
  if (/^\d{1,2}[:h]\d{2}$/.test(words)) return 'a time of day';
  if (TIME_AFTER.test(after) || TIME_BEFORE.test(before)) return 'a time of day';
  if (/^\d{1,2}$/.test(words) && (MONTH_NEAR.test(after) || MONTH_BEFORE.test(before))) return 'a day of the month';
  if (/^\d{1,3}$/.test(words) && (AGE_AFTER.test(after) || AGE_BEFORE.test(before) || (/\(\s*$/.test(before) && /^\s*\)/.test(after))))
    return 'an age';
  return null;
}

/**
 * Every number in a paragraph, in order: digits in any grouping, number
 * words and vague amounts ("hundreds", "tens of thousands"). The day of a
 * written date ("13 October") is skipped: it is a date, not a quantity.
 */
export function findNumbers(text: string, language: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  // Eastern Arabic digits are matched as ASCII ones, one character for one, and quoted as written.
  const western = westernDigits(text);
  for (const match of western.matchAll(NUMBER_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const words = text.slice(start, end).trim();
    const ascii = match[0].trim();
    const notFigure = notAFigure(ascii, western.slice(Math.max(0, start - 25), start), western.slice(end, end + 25));
    // The day of a written date ("13 October", "October 13") is part of a date, not a number to review; its year is listed, as a year.
    if (notFigure === 'a day of the month') continue;
    const before = text.slice(0, start).trimEnd().split(/\s+/).slice(-4).join(' ');
    const after = text
      .slice(end, end + 60)
      .split(/\s+/)
      .slice(0, 6)
      .join(' ');
    found.push({
      words,
      value: readNumber(words, language),
      context: `${before}${before ? ' ' : ''}[${words}]${after}`.replace(/\s+/g, ' ').trim(),
      year: notFigure === 'a year',
      notFigure,
    });
  }
  return found;
}

/** A figure as {@link suggestFigure} sees it. */
export interface FigureForMatching {
  /** Its id (file name in `content/figures/`). */
  id: string;
  /** Its label, e.g. "People who escaped from the Ayn Issa camp, 13 October 2019". */
  label: string;
  /** What it counts: "people", "km". */
  unit: string;
  /** The entities it is about. */
  entities: readonly string[];
  /** Each claim's least and most, and the article that gives it. */
  claims: readonly { min?: number | undefined; max?: number | undefined; article: string }[];
}

/** A figure a number may belong to, and why. */
export interface FigureSuggestion {
  /** The figure's id. */
  id: string;
  /** Its label. */
  label: string;
  /** What the number shares with it: what both count, the entities of its paragraph, a close value. */
  why: string[];
  /** How sure the match is: "probably" (counts the same thing, close value and same entities) or "perhaps". */
  sure: 'probably' | 'perhaps';
}

/**
 * What a number can count, each with the words that say so in the sources'
 * languages (stems, lower case). A number and a figure must agree on these
 * before one is suggested for the other.
 */
const COUNTED: Readonly<Record<string, readonly string[]>> = {
  people: ['people', 'person', 'population', 'personas', 'personnes', 'menschen', 'personen', 'pessoas', 'أشخاص', 'شخص', 'شخصا', 'نسمة'],
  escaped: [
    'escap',
    'fled',
    'flee',
    'left',
    'fug',
    'huid',
    'huyer',
    'escapa',
    'évad',
    'enfui',
    'fuite',
    'geflohen',
    'flucht',
    'entkommen',
    'fugir',
    'fugiram',
    'فروا',
    'فرار',
    'هرب',
    'هربوا',
    'الفارين',
  ],
  held: [
    'held',
    'detain',
    'detainee',
    'prisoner',
    'captiv',
    'inmate',
    'custod',
    'presos',
    'detenid',
    'prisonnier',
    'détenu',
    'häftling',
    'gefangen',
    'inhaftiert',
    'presos',
    'معتقل',
    'محتجز',
    'سجين',
    'سجناء',
    'أسرى',
  ],
  fighters: [
    'fighter',
    'jihadist',
    'militant',
    'combatient',
    'yihadista',
    'combattant',
    'djihadiste',
    'jihadiste',
    'kämpfer',
    'dschihadist',
    'combatente',
    'مقاتل',
    'مسلح',
    'عناصر',
  ],
  women: ['women', 'woman', 'mujer', 'femme', 'frauen', 'mulher', 'نساء', 'امرأة'],
  children: ['child', 'kids', 'niños', 'niñas', 'menores', 'enfant', 'kinder', 'crianças', 'أطفال', 'طفل'],
  distance: ['km', 'kilomet', 'miles', 'كيلومتر', 'كلم'],
};
/** The kinds of thing counted that tell figures apart: "people" alone does not. */
const DISTINCTIVE = ['escaped', 'held', 'fighters', 'women', 'children', 'distance'];

/** The kinds of thing a text says are counted. */
function countedIn(text: string): Set<string> {
  const words = (text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).map((word) => searchKey(word));
  const kinds = new Set<string>();
  for (const [kind, stems] of Object.entries(COUNTED)) {
    if (words.some((word) => stems.some((stem) => word.startsWith(searchKey(stem))))) kinds.add(kind);
  }
  return kinds;
}

/** The sentence of a number's context, as far as it goes around the number. */
const sentenceAround = (context: string) => context.split(/(?<=[.;!?؟])\s/u).find((part) => part.includes('[')) ?? context;

/**
 * The figure a number most probably belongs to. A figure is suggested only
 * when the number's sentence counts the same kind of thing as the figure's
 * label (escapees, people held, fighters, women, children, distances) and
 * nothing that contradicts it, and when its value is close to a claim's
 * (within a fifth, from 10 up) or its paragraph names the figure's
 * entities. "probably" needs all three; "perhaps" two. Otherwise null, and
 * the review list asks "new figure?" rather than guess.
 */
export function suggestFigure(
  number: FoundNumber,
  paragraphEntities: readonly string[],
  figures: readonly FigureForMatching[],
): FigureSuggestion | null {
  if (number.notFigure) return null;
  const counted = countedIn(sentenceAround(number.context));
  let best: { suggestion: FigureSuggestion; score: number } | null = null;
  for (const figure of figures) {
    const why: string[] = [];
    let score = 0;
    const figureCounts = countedIn(`${figure.label} ${figure.unit}`);
    const shared = [...counted].filter((kind) => figureCounts.has(kind));
    const clash =
      [...counted].some((kind) => DISTINCTIVE.includes(kind) && !figureCounts.has(kind)) &&
      [...figureCounts].some((kind) => DISTINCTIVE.includes(kind) && !counted.has(kind));
    // A sentence that says what it counts must agree with the figure, on a distinctive kind when the figure has one
    // ("people" alone is not "fighters held"); one that says nothing ("counted 850 that night") is left to the other signs.
    const figureDistinctive = [...figureCounts].filter((kind) => DISTINCTIVE.includes(kind));
    if (clash || (counted.size > 0 && shared.length === 0)) continue;
    if (counted.size > 0 && figureDistinctive.length > 0 && !shared.some((kind) => DISTINCTIVE.includes(kind))) continue;
    if (shared.length > 0) {
      why.push(`both count ${shared.join(' and ')}`);
      score += 1;
    }
    const sharedEntities = figure.entities.filter((id) => paragraphEntities.includes(id));
    if (sharedEntities.length > 0) {
      why.push(`about ${sharedEntities.join(', ')}`);
      score += 1;
    }
    // Small numbers ("two days") are close to too much to count as a sign by themselves.
    if (number.value !== null && number.value >= 10) {
      const close = figure.claims.find((claim) => {
        const reference = claim.min ?? claim.max;
        return reference !== undefined && reference > 0 && Math.abs(number.value! - reference) / reference <= 0.2;
      });
      if (close) {
        why.push(`close to ${close.min ?? close.max} in ${close.article}`);
        score += 1;
      }
    }
    if (score >= 2 && (!best || score > best.score))
      best = { suggestion: { id: figure.id, label: figure.label, why, sure: score >= 3 ? 'probably' : 'perhaps' }, score };
  }
  return best?.suggestion ?? null;
}
