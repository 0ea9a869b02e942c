/**
 * The one place word lists become regular expressions: each language's
 * entries of a kind, joined in registry order, literal words escaped with
 * the project's one `escapeRegExp`. The drafting modules write only the
 * frame around a list (what comes before and after the words).
 */
import { escapeRegExp } from '../../../../src/lib/core/escapes.ts';
import { LANGUAGES } from './index.ts';
import type { FurnitureWords, LanguageData, Phrase } from './types.ts';

/** Every language's entries of one kind, in registry order, each once. */
export function everyLanguage<T>(pick: (language: LanguageData) => readonly T[]): T[] {
  const seen = new Set<string>();
  return Object.values(LANGUAGES)
    .flatMap((language) => {
      const list = pick(language);
      // A module written without the type checker's help may lack a kind: say which language, not "undefined".
      if (!Array.isArray(list))
        throw new Error(`new-article: languages/${language.tag}.ts lacks a kind of entry (tests/unit/drafting/languages.test.ts names it)`);
      return list;
    })
    .filter((entry) => {
      const key = entry instanceof RegExp ? `/${entry.source}/` : String(entry);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Phrases as one group of alternatives, `(?:a|b)`; an empty list gives a group that never matches (an empty group would match everywhere). */
export function alternatives(phrases: readonly Phrase[]): string {
  if (phrases.length === 0) return '(?!)';
  return `(?:${phrases.map((phrase) => (typeof phrase === 'string' ? escapeRegExp(phrase) : phrase.source)).join('|')})`;
}

/** The alternatives of one kind across every language: `(?:…)`. */
export function anyLanguage(pick: (language: LanguageData) => readonly Phrase[]): string {
  return alternatives(everyLanguage(pick));
}

/** The keys of one record kind (number words, multipliers) across every language, merged into one record. */
export function mergedRecords(pick: (language: LanguageData) => Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  return Object.assign({}, ...Object.values(LANGUAGES).map(pick)) as Record<string, number>;
}

/** A word whose first letter matches in either case and the rest as written: "photo" → "[Pp]hoto", for a case-sensitive pattern. */
export function eitherCaseFirst(word: string): string {
  const [first = '', ...rest] = word;
  const lower = first.toLowerCase();
  const upper = first.toUpperCase();
  return `${lower === upper ? escapeRegExp(first) : `[${upper}${lower}]`}${escapeRegExp(rest.join(''))}`;
}

/** The alternatives of one kind of furniture words across every language: `(?:…)`. */
export function furniture(pick: (words: FurnitureWords) => readonly Phrase[]): string {
  return anyLanguage((language) => pick(language.furniture));
}
