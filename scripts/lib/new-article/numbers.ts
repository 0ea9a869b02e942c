/**
 * Every number in a draft's text, with the figure in `content/figures/` it
 * may belong to, so the archivist can add each as a claim: a second report's
 * "850 escapees" beside El Mundo's 859 is what the figures page compares.
 */
import { searchKey } from '../../../src/lib/search/aliases.ts';
import type { NameRecord } from '../../../src/lib/search/name-index.ts';
import { TextNames } from '../../../src/lib/search/text-names.ts';
import { DATE_LINK, westernDigits } from './dates.ts';
import { languageData } from './languages/index.ts';
import { alternatives, anyLanguage, everyLanguage, mergedRecords } from './languages/patterns.ts';
import { COUNTED_KINDS, type CountedKind } from './languages/types.ts';

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
  /** Why it is not a figure ("a year", "a day of the month", "an age", "a time of day", "a duration", "a percentage", "an amount of money", "part of a date"), or null when it may be one. */
  notFigure: string | null;
  /** The sentence of the paragraph that holds it, to say where. */
  sentence: string;
  /** The words next to it in its clause (three before, four after), to say what it counts: "12.000 Menschen, darunter … Kämpfern" counts people. */
  counts: string;
}

/** Number words whose value is exact, in every language: "three", "cien", "ألف". */
const NUMBER_WORDS = mergedRecords((language) => language.numberWords);

/**
 * Words that multiply the digits before them, in every language: "12 ألف"
 * and "12 mil" are 12,000, "5 bin" (Turkish) 5,000, "1.5 million"
 * 1,500,000, "two dozen" 24.
 */
const MULTIPLIERS = mergedRecords((language) => language.multipliers);

/** {@link MULTIPLIERS} as a pattern's alternatives. */
const MULTIPLIER_WORDS = alternatives(Object.keys(MULTIPLIERS));

/** Number words and vague amounts ("hundreds of women": they count, but give no one number) as a pattern's alternatives. */
const WORD_ALTERNATIVES = alternatives([...Object.keys(NUMBER_WORDS), ...everyLanguage((language) => language.vagueQuantities)]);

/** Words before number words that belong to the amount ("tens of thousands", "several hundred"). */
const AMOUNT_LEADS = anyLanguage((language) => language.amountLeads);

/** Words that join number words ("two thousand and five"). */
const NUMBER_LINKS = everyLanguage((language) => language.numberLinks);

const NUMBER_PATTERN = new RegExp(
  [
    '(?<![\\p{L}\\p{N}])\\d{1,2}[:h]\\d{2}(?![\\p{N}])', // 13:39 · 13h39, a time
    `(?<![\\p{L}\\p{N}])\\d+(?:[.,٫]\\d+)?\\s${MULTIPLIER_WORDS}(?![\\p{L}])`, // 12 ألف · 5 bin · 12 mil (Eastern digits are read as ASCII first)
    '(?<![\\p{L}\\p{N}])\\d{1,3}(?:[,.\\u00a0\\u202f ٬]\\d{3})+(?:[.,٫]\\d+)?(?![\\p{N}])', // 12,000 · 12.000 · 12 000
    '(?<![\\p{L}\\p{N}])\\d+(?:[.,٫]\\d+)?(?![\\p{N}])', // 859 · 2.5
    `(?<![\\p{L}])(?:${AMOUNT_LEADS} )?${WORD_ALTERNATIVES}(?:[ -](?:${alternatives(NUMBER_LINKS)} )?${WORD_ALTERNATIVES})*(?![\\p{L}])`,
  ].join('|'),
  'giu',
);

/** Reads number words: "three hundred" → 300, "two thousand five hundred" → 2500; null for vague words ("hundreds"). */
function readNumberWords(words: string): number | null {
  let total = 0;
  let current = 0;
  for (const word of words.split(/[ -]/).filter((part) => !NUMBER_LINKS.includes(part))) {
    const value = NUMBER_WORDS[word];
    if (value === undefined) return null;
    // A hundred, or a multiplier below a thousand ("two dozen"), multiplies what came before it.
    if (value === 100 || (MULTIPLIERS[word] ?? 1000) < 1000) current = (current || 1) * value;
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
  const multiplied = new RegExp(`^(.+?)\\s(${MULTIPLIER_WORDS})$`, 'u').exec(lower);
  if (multiplied) {
    const base = readNumber(multiplied[1]!, language);
    return base === null ? null : base * MULTIPLIERS[multiplied[2]!]!;
  }
  if (/[٫٬]/u.test(lower)) return Number(lower.replace(/٬/gu, '').replace('٫', '.'));
  // A language the drafting code does not know writes a decimal comma, as most of the sources' languages do.
  const decimal = languageData(language)?.decimalMark ?? ',';
  const thousands = decimal === '.' ? /[,\u00a0\u202f ]/g : /[.\u00a0\u202f ]/g;
  // "2.000" in Spanish is two thousand; "2.5" in English two and a half. A lone separator followed by three digits is a thousands separator.
  const normalised = lower.replace(thousands, '').replace(decimal, '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Month names after a number, to tell "13 October" (a date) from "13 escapees" (a number). */
const MONTH_NEAR = new RegExp(`^\\.?\\s*${DATE_LINK}${anyLanguage((language) => language.monthStarts)}\\p{L}*`, 'iu');
/** A month name just before a number, in the languages that write the month first: "October 13". */
const MONTH_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])${anyLanguage((language) => (language.monthBeforeDay ? language.months.flat() : []))}\\.?\\s+$`,
  'iu',
);
/** Words after a number that make it an age: "34-year-old", "aged 34", "34 ans", "34 años", "34 Jahre alt", "34 عاما". */
const AGE_AFTER = new RegExp(
  `^(?:${anyLanguage((l) => l.numberContext.ageJoined)}|\\s?${anyLanguage((l) => l.numberContext.ageAfter)}(?![\\p{L}]))`,
  'iu',
);
const AGE_BEFORE = new RegExp(`${anyLanguage((l) => l.numberContext.ageBefore)}\\s+$`, 'iu');
/** A time of day: "13:39", "13h39", "10 a.m.", "10 Uhr", "à 13 heures". */
const TIME_AFTER = new RegExp(`^(?:[:h]\\d{2}|\\s?${anyLanguage((l) => l.numberContext.timeAfter)}(?![\\p{L}]))`, 'iu');
const TIME_BEFORE = /\d[:h]$/u;

/** A clock time written with a dot ("at 11.00"): hours and minutes, with a word around that says it is a time. */
const DOT_TIME = /^(?:[01]?\d|2[0-3])\.[0-5]\d$/;
const DOT_TIME_BEFORE = new RegExp(`(?:^|[^\\p{L}])${anyLanguage((l) => l.numberContext.dotTimeBefore)}\\s+$`, 'iu');
const DOT_TIME_AFTER = new RegExp(`^\\s?${anyLanguage((l) => l.numberContext.dotTimeAfter)}(?![\\p{L}])`, 'iu');
/** Words after a number that make it a length of time: "24 hours", "tres días", "2 hafta", "48 ساعة". */
const DURATION_AFTER = new RegExp(`^[-‐‑\\s]?${anyLanguage((l) => l.numberContext.durationAfter)}(?![\\p{L}])`, 'iu');
/** A share, not a count: "40%", "%40" (Turkish), "40 per cent", "yüzde 40", "40 بالمئة". */
const PERCENT_AFTER = new RegExp(`^\\s?(?:%|${anyLanguage((l) => l.numberContext.percentAfter)})`, 'iu');
const PERCENT_BEFORE = new RegExp(`(?:%|${anyLanguage((l) => l.numberContext.percentBefore)}\\s+)$`, 'iu');
/** Money: "$40", "€3 million", "40 dollars", "5 bin lira", "40 دولار" (the symbols and codes are no language's). */
const MONEY_BEFORE = /(?:[$€£₺]|us\$|usd|eur)\s*$/iu;
const MONEY_AFTER = new RegExp(`^\\s?(?:${MULTIPLIER_WORDS}\\s)?${anyLanguage((l) => l.numberContext.currencyAfter)}(?![\\p{L}])`, 'iu');
/** A piece of a date written in digits: "2019-10-13", "13/10/2019", "10/2019". */
const DATE_PART_BEFORE = /(?:\d{4}-(?:\d{2}-)?|\d{1,2}\/)$/u;
const DATE_PART_AFTER = /^(?:\/\d{1,4}|-\d{2}(?!\d))/u;

/** Why a number is not a quantity, from the words around it; null when it may be one. */
function notAFigure(words: string, before: string, after: string): string | null {
  if (DATE_PART_BEFORE.test(before) || (/^\d{1,4}$/.test(words) && DATE_PART_AFTER.test(after))) return 'part of a date';
  if (/^(199\d|20[0-3]\d)$/.test(words)) return 'a year';
  if (/^\d{1,2}[:h]\d{2}$/.test(words)) return 'a time of day';
  if (TIME_AFTER.test(after) || TIME_BEFORE.test(before)) return 'a time of day';
  if (DOT_TIME.test(words) && (DOT_TIME_BEFORE.test(before) || DOT_TIME_AFTER.test(after))) return 'a time of day';
  if (PERCENT_AFTER.test(after) || PERCENT_BEFORE.test(before)) return 'a percentage';
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) return 'an amount of money';
  if (/^\d{1,2}$/.test(words) && (MONTH_NEAR.test(after) || MONTH_BEFORE.test(before))) return 'a day of the month';
  if (/^\d{1,3}$/.test(words) && (AGE_AFTER.test(after) || AGE_BEFORE.test(before) || (/\(\s*$/.test(before) && /^\s*\)/.test(after))))
    return 'an age';
  if (DURATION_AFTER.test(after)) return 'a duration';
  return null;
}

/** Where a sentence ends: its closing mark, then white space (a decimal point has none after it). */
const SENTENCE_END = /[.!?؟;]["'”’»)]*\s+/gu;

/** A clause ends at a comma or a stop in any of the coverage's scripts. */
const CLAUSE_END = /[,;:.!?؟،؛]/u;

/** The words around [start, end) within its clause: three before, four after, the number itself left out. */
function clauseWords(text: string, start: number, end: number): string {
  const before = text
    .slice(Math.max(0, start - 80), start)
    .split(CLAUSE_END)
    .at(-1)!
    .split(/\s+/)
    .filter(Boolean)
    .slice(-3);
  const after = text
    .slice(end, end + 80)
    .split(CLAUSE_END)[0]!
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4);
  return [...before, ...after].join(' ');
}

/** The sentence of `text` that holds the character at `offset`. */
function sentenceAt(text: string, offset: number): string {
  let start = 0;
  for (const end of text.matchAll(SENTENCE_END)) {
    const next = end.index + end[0].length;
    if (next > offset) return text.slice(start, end.index + end[0].trimEnd().length);
    start = next;
  }
  return text.slice(start);
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
      sentence: sentenceAt(text, start),
      counts: clauseWords(text, start, end),
    });
  }
  return found;
}

/**
 * What a number can count, each with the words that say so in every
 * language (stems, lower case). A number and a figure must agree on these
 * before one is suggested for the other.
 */
const COUNTED: Readonly<Record<CountedKind, readonly string[]>> = Object.fromEntries(
  COUNTED_KINDS.map((kind) => [kind, everyLanguage((language) => language.numberContext.counted[kind])]),
) as unknown as Record<CountedKind, readonly string[]>;
/** The kinds of thing counted that tell figures apart: "people" alone does not. */
const DISTINCTIVE = Object.keys(COUNTED).filter((kind) => kind !== 'people');
/** Counts of other things: a number of these is never a figure that does not count them, whatever else its clause says. */
const OTHER_THINGS = ['displaced', 'casualties', 'countries', 'vehicles'];

/** {@link COUNTED}'s stems folded as words are, once. */
const FOLDED_COUNTED: readonly [string, readonly string[]][] = Object.entries(COUNTED).map(([kind, stems]) => [kind, stems.map(searchKey)]);

/** The kinds counted by texts read already: a figure's label is read again for every number of a draft. */
const countedCache = new Map<string, ReadonlySet<string>>();

/** The kinds of thing a text says are counted. */
function countedIn(text: string): ReadonlySet<string> {
  const cached = countedCache.get(text);
  if (cached) return cached;
  const words = (text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []).map((word) => searchKey(word));
  const kinds = new Set<string>();
  for (const [kind, stems] of FOLDED_COUNTED) {
    if (words.some((word) => stems.some((stem) => word.startsWith(stem)))) kinds.add(kind);
  }
  countedCache.set(text, kinds);
  return kinds;
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

/**
 * A reader of the places of the archive a sentence names, by the archive's
 * one name matching (`TextNames`, as search reads names: the same fold, the
 * same aliases, every script), built once for all the sentences of a draft
 * over every entity (a name is read as the longest that fits), in the order
 * the entities are given.
 */
export function placeFinder(entities: readonly NameRecord[]): (sentence: string) => string[] {
  const names = new TextNames(entities);
  const places = entities.filter((entity) => entity.kind === 'place').map((entity) => entity.id);
  return (sentence) => {
    const named = names.entityIds(sentence);
    return places.filter((id) => named.has(id));
  };
}

/** Where a number stands, as {@link suggestFigure} needs it. */
export interface NumberSetting {
  /** The entities the whole article names: a figure about none of them is not this article's. */
  articleEntities: readonly string[];
  /** The entities its paragraph names. */
  paragraphEntities: readonly string[];
  /** The places its own sentence names (entity ids). */
  sentencePlaces: readonly string[];
  /** Every place entity of the archive, to tell a figure's places from its other entities. */
  placeIds: ReadonlySet<string>;
}

/** A figure a number may belong to, and why. */
export interface FigureSuggestion {
  /** The figure's id. */
  id: string;
  /** Its label. */
  label: string;
  /** What the number shares with it: what both count, the place its sentence names, a close value. */
  why: string[];
  /** How sure the match is: "probably" (what it counts, its sentence's place and its value all agree) or "perhaps". */
  sure: 'probably' | 'perhaps';
}

/** The figure's kinds of thing counted that a number's sentence shares, or null when they disagree. */
function sharedKinds(counted: ReadonlySet<string>, figure: FigureForMatching): string[] | null {
  const figureCounts = countedIn(`${figure.label} ${figure.unit}`);
  const shared = [...counted].filter((kind) => figureCounts.has(kind));
  const figureDistinctive = [...figureCounts].filter((kind) => DISTINCTIVE.includes(kind));
  const clash =
    [...counted].some((kind) => OTHER_THINGS.includes(kind) && !figureCounts.has(kind)) ||
    ([...counted].some((kind) => DISTINCTIVE.includes(kind) && !figureCounts.has(kind)) &&
      figureDistinctive.some((kind) => !counted.has(kind)));
  // The same kind of thing counted: a distinctive one when the figure has one ("people" alone is not "fighters held").
  if (clash || shared.length === 0) return null;
  if (figureDistinctive.length > 0 && !shared.some((kind) => DISTINCTIVE.includes(kind))) return null;
  return shared;
}

/** A claim of the figure whose value is within a fifth of the number's (numbers from 10 up: small ones are close to too much). */
function closeClaim(value: number | null, figure: FigureForMatching): FigureForMatching['claims'][number] | undefined {
  if (value === null || value < 10) return undefined;
  return figure.claims.find((claim) => {
    const reference = claim.min ?? claim.max;
    return reference !== undefined && reference > 0 && Math.abs(value - reference) / reference <= 0.2;
  });
}

/** How far apart two values of one figure can be before they are not the same count: five times. */
const FAR = 5;

/** True when the value is over five times above or below every claim of the figure: not the same count ("120 fighters lost" is not "12,000 held"). */
function farFromClaims(value: number | null, figure: FigureForMatching): boolean {
  if (value === null || value <= 0) return false;
  const references = figure.claims
    .map((claim) => claim.min ?? claim.max)
    .filter((reference): reference is number => reference !== undefined && reference > 0);
  return references.length > 0 && references.every((reference) => value > reference * FAR || value < reference / FAR);
}

/**
 * The figure a number most probably belongs to, or null. A figure is
 * suggested only when the number's clause counts the same kind of thing
 * (escapees, people held, fighters, women, children, distances; durations,
 * percentages, money and parts of dates are never figures; displaced,
 * casualties, countries, vehicles are other things), the article names
 * one of the figure's entities, its sentence names no place the figure is
 * not about (a sentence naming Ayn Issa is not about al-Hol), and its value
 * is not five times above or below every claim. "probably" needs more: every
 * kind the figure counts, the figure's own place in the sentence (or no
 * place, for a figure without one), its entities in the paragraph and a
 * value within a fifth of a claim;
 * anything less is "perhaps". Otherwise the review asks "new figure?"
 * rather than guess.
 */
export function suggestFigure(number: FoundNumber, setting: NumberSetting, figures: readonly FigureForMatching[]): FigureSuggestion | null {
  if (number.notFigure) return null;
  const counted = countedIn(number.counts);
  let best: { suggestion: FigureSuggestion; score: number } | null = null;
  for (const figure of figures) {
    const shared = sharedKinds(counted, figure);
    const inArticle = figure.entities.filter((id) => setting.articleEntities.includes(id));
    if (!shared || inArticle.length === 0 || farFromClaims(number.value, figure)) continue;
    const about = figure.entities.filter((id) => setting.paragraphEntities.includes(id));
    const figurePlaces = figure.entities.filter((id) => setting.placeIds.has(id));
    const placeNamed = setting.sentencePlaces.filter((id) => figurePlaces.includes(id));
    // A sentence about another place contradicts the figure.
    if (setting.sentencePlaces.length > 0 && figurePlaces.length > 0 && placeNamed.length === 0) continue;
    const why = [
      `both count ${shared.join(' and ')}`,
      placeNamed.length > 0
        ? `its sentence names ${placeNamed.join(', ')}`
        : about.length > 0
          ? `its paragraph is about ${about.join(', ')}`
          : `the article is about ${inArticle.join(', ')}`,
    ];
    const close = closeClaim(number.value, figure);
    if (close) why.push(`close to ${close.min ?? close.max} in ${close.article}`);
    const everyKind = [...countedIn(`${figure.label} ${figure.unit}`)]
      .filter((kind) => DISTINCTIVE.includes(kind))
      .every((kind) => counted.has(kind));
    const placeAgrees = figurePlaces.length > 0 ? placeNamed.length > 0 : setting.sentencePlaces.length === 0;
    const score = Number(everyKind) + Number(placeNamed.length > 0) + Number(about.length > 0) + Number(close !== undefined);
    if (best && score <= best.score) continue;
    best = {
      suggestion: {
        id: figure.id,
        label: figure.label,
        why,
        sure: everyKind && placeAgrees && about.length > 0 && close ? 'probably' : 'perhaps',
      },
      score,
    };
  }
  return best?.suggestion ?? null;
}
