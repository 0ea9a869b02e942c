/**
 * Every number in a draft's text, with the figure in `content/figures/` it
 * may belong to, so the archivist can add each as a claim: a second report's
 * "850 escapees" beside El Mundo's 859 is what the figures page compares.
 */
import { searchKey } from '../../../src/lib/search/aliases.ts';

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
}

/** Number words whose value is exact. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, fifty: 50, hundred: 100, thousand: 1000, million: 1_000_000,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, veinte: 20, cien: 100, mil: 1000, millón: 1_000_000,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20, cent: 100, mille: 1000,
};

/** Vague amounts: they count, but give no one number ("hundreds of women"). */
const VAGUE_WORDS = ['dozens', 'hundreds', 'thousands', 'millions', 'decenas', 'cientos', 'centenares', 'miles', 'millones', 'dizaines', 'centaines', 'milliers'];

const WORD_ALTERNATIVES = [...Object.keys(NUMBER_WORDS), ...VAGUE_WORDS].join('|');

const NUMBER_PATTERN = new RegExp(
  [
    '(?<![\\p{L}\\p{N}])\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d+)?(?![\\p{N}])', // 12,000 · 12.000 · 12 000
    '(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)?(?![\\p{N}])', // 859 · 2.5
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
  const lower = written.toLowerCase();
  if (!/\d/.test(lower)) return readNumberWords(lower);
  const english = language.split('-')[0] === 'en';
  const thousands = english ? /[,\u00a0\u202f ]/g : /[.\u00a0\u202f ]/g;
  const decimal = english ? '.' : ',';
  // "2.000" in Spanish is two thousand; "2.5" in English two and a half. A lone separator followed by three digits is a thousands separator.
  const normalised = lower.replace(thousands, '').replace(decimal, '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Month names, to tell "13 October" (a date) from "13 escapees" (a number). */
const MONTH_NEAR = /^\s*(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic|janv|févr|avr|mai|juin|juil|août|sept|déc|octubre|octobre|okt)\p{L}*/iu;

/**
 * Every number in a paragraph, in order: digits in any grouping, number
 * words and vague amounts ("hundreds", "tens of thousands"). The day of a
 * written date ("13 October") is skipped: it is a date, not a quantity.
 */
export function findNumbers(text: string, language: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const words = match[0].trim();
    const start = match.index;
    const end = start + match[0].length;
    if (/^\d{1,2}$/.test(words) && MONTH_NEAR.test(text.slice(end, end + 12))) continue;
    const before = text.slice(0, start).trimEnd().split(/\s+/).slice(-4).join(' ');
    const after = text.slice(end, end + 60).split(/\s+/).slice(0, 6).join(' ');
    const value = readNumber(words, language);
    found.push({
      words,
      value,
      context: `${before}${before ? ' ' : ''}[${words}]${after}`.replace(/\s+/g, ' ').trim(),
      year: /^(199\d|20[0-3]\d)$/.test(words),
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
  /** What the number shares with it: the entities of its paragraph, a close value, words of the label. */
  why: string[];
}

/** Frequent longer words that say nothing about what a number counts. */
const COMMON = new Set(['with', 'from', 'that', 'this', 'were', 'have', 'they', 'their', 'which', 'about', 'there', 'some', 'more', 'than', 'what', 'when', 'been', 'into', 'other', 'según', 'desde', 'para', 'dans', 'pour', 'avec']);

/** The stems of a text's longer words, for a rough word overlap ("escapees" ~ "escaped"). */
function stems(text: string): Set<string> {
  const words = (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !COMMON.has(word));
  return new Set(words.map((word) => searchKey(word).slice(0, 5)));
}

/**
 * The figure a number most probably belongs to: one about the entities its
 * paragraph mentions, whose claims are within a fifth of its value, or whose
 * label shares its words (a close value counts double, from 10 up). Null when
 * no figure scores two, so a stray number is not pinned on a figure.
 */
export function suggestFigure(number: FoundNumber, paragraphEntities: readonly string[], figures: readonly FigureForMatching[]): FigureSuggestion | null {
  if (number.year) return null;
  const contextStems = stems(number.context);
  let best: { suggestion: FigureSuggestion; score: number } | null = null;
  for (const figure of figures) {
    const why: string[] = [];
    let score = 0;
    const shared = figure.entities.filter((id) => paragraphEntities.includes(id));
    if (shared.length > 0) {
      why.push(`about ${shared.join(', ')}`);
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
        score += 2;
      }
    }
    const words = [...stems(`${figure.label} ${figure.unit}`)].filter((stem) => contextStems.has(stem));
    if (words.length > 0) {
      why.push(`shares the words ${words.map((word) => `"${word}…"`).join(', ')}`);
      score += 1;
    }
    if (score >= 2 && (!best || score > best.score)) best = { suggestion: { id: figure.id, label: figure.label, why }, score };
  }
  return best?.suggestion ?? null;
}
