/**
 * Names in other spellings. The sources and their readers spell the same name
 * many ways ("al-Hol", "Al Hol", "al-Hawl"; "Erdogan", "Erdoğan"), so the
 * archive compares names after folding away what readers do not type
 * consistently: diacritics, hyphens of every kind, spacing and, except for
 * acronyms, letter case.
 */
import { foldScriptLetters, splitJoinedArticle } from './scripts/fold.ts';
import { escapeRegExp } from '../core/escapes.ts';

/** Every character a source or a reader may use to join or separate the parts of a name, as a pattern's character class. */
export const NAME_SEPARATOR = "[\\s\\-\\u2010-\\u2015\\u2212_.'’‘`]";

/** Runs of {@link NAME_SEPARATOR}. */
const SEPARATORS = new RegExp(`${NAME_SEPARATOR}+`, 'gu');

/** Letters Unicode does not decompose into a base letter and a mark, with the spelling readers type instead. */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ı: 'i',
  İ: 'I',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  þ: 'th',
  Þ: 'TH',
};

/**
 * Removes diacritics and maps letters with no decomposition (Turkish dotless
 * ı, Danish ø, German ß…) to their plain forms, keeping letter case:
 * "Erdoğan" → "Erdogan", "Kamışlı" → "Kamisli", "Sørensen" → "Sorensen".
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıİøØłŁđĐæÆœŒßþÞ]/g, (letter) => UNDECOMPOSABLE[letter]!);
}

/**
 * The key under which a name is searched: folded, lower-cased and with every
 * separator removed, so "al-Hol", "al Hol", "AL HOL", "alhol" and "al‐Hol"
 * (Unicode hyphen) all give "alhol".
 */
export function searchKey(name: string): string {
  return foldDiacritics(name).toLowerCase().replace(SEPARATORS, '');
}

/**
 * The words a name is matched by, folded as the matcher folds text
 * (diacritics, other scripts' letter forms) and lower-cased: "al-Hol camp" →
 * ["al", "hol", "camp"]. Empty for a name with no letters or digits.
 */
export function nameWords(name: string): string[] {
  return foldScriptLetters(foldDiacritics(name)).toLowerCase().split(SEPARATORS).filter(Boolean);
}

/**
 * True for aliases written wholly in capitals ("IS", "SDS", "NATO"). They
 * match case-sensitively, or "IS" would match every "is" in the text. False
 * for names in a script without letter case.
 */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  // Scripts without case (Arabic: "داعش") have no acronyms in this sense.
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The pattern source that finds one alias in folded text, with any separator between its parts. */
function aliasSource(alias: string): string {
  const parts = foldScriptLetters(foldDiacritics(alias))
    .split(SEPARATORS)
    .filter(Boolean)
    .map((part) => {
      // A joined article may be left out: Arabic "الرقة" also finds "رقة".
      const split = splitJoinedArticle(part);
      return split ? `(?:${escapeRegExp(split.article)})?${escapeRegExp(split.rest)}` : escapeRegExp(part);
    });
  if (parts.length === 0) throw new Error(`Alias "${alias}" has no letters or digits`);
  // Between parts, any run of the characters SEPARATORS splits on: "People's" also finds "Peoples", "U.S." finds "US".
  return parts.join(`${NAME_SEPARATOR}*`);
}

/** Builds a whole-word pattern for a list of alias sources, or null when the list is empty. */
function wordPattern(sources: string[], flags: string): RegExp | null {
  if (sources.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * Finds any of an entity's names in text, as whole words, with any separator
 * between their parts ("al-Hol" also finds "Al Hol"). Acronyms match
 * case-sensitively, other names in any case. Build one per entity and reuse it:
 * the patterns are compiled once.
 */
export class NameMatcher {
  readonly #caseSensitive: RegExp | null;
  readonly #caseInsensitive: RegExp | null;

  /** @param names the canonical name and every alias */
  constructor(names: readonly string[]) {
    this.#caseSensitive = wordPattern(names.filter(isAcronym).map(aliasSource), 'u');
    this.#caseInsensitive = wordPattern(names.filter((name) => !isAcronym(name)).map(aliasSource), 'iu');
  }

  /** True when the text mentions one of the names. */
  test(text: string): boolean {
    const folded = foldScriptLetters(foldDiacritics(text));
    return Boolean(this.#caseSensitive?.test(folded) || this.#caseInsensitive?.test(folded));
  }

  /**
   * Where the text mentions the names, as [start, end) offsets into the text
   * as given (not folded), in order and not overlapping, so a caller can mark
   * the name as the text spells it: "Al Hol", "Erdoğan".
   */
  spans(text: string): [number, number][] {
    const { folded, origin } = foldWithOrigins(text);
    const found: [number, number][] = [];
    for (const pattern of [this.#caseSensitive, this.#caseInsensitive]) {
      if (!pattern) continue;
      for (const match of folded.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
        found.push([origin[match.index]!, origin[match.index + match[0].length]!]);
      }
    }
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    return found.filter((span, index) => index === 0 || span[0] >= found[index - 1]![1]);
  }
}

/**
 * The text folded as `foldDiacritics` and `foldScriptLetters` fold it, with, for each position of
 * the folded text (and one past its end), the position it came from.
 */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let position = 0;
  for (const character of text) {
    const piece = foldScriptLetters(foldDiacritics(character));
    for (let index = 0; index < piece.length; index++) origin.push(position);
    folded += piece;
    position += character.length;
  }
  origin.push(position);
  return { folded, origin };
}

/**
 * Finds aliases that two or more entities share once folded to their search
 * keys. Such an alias could not say which entity a reader means.
 * Returns one record per shared key with the entity ids that claim it.
 */
export function findSharedAliases(entities: readonly { id: string; names: readonly string[] }[]): { key: string; ids: string[] }[] {
  const owners = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const name of entity.names) {
      const key = searchKey(name);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(entity.id);
    }
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => ({ key, ids: [...ids].sort() }));
}
