/**
 * Folding by script: what the search code asks of the scripts it knows
 * besides Latin, answered from the registry (src/lib/search/scripts/registry.ts)
 * so that no module of the search code names a script. Text in no registered
 * script passes through unchanged.
 *
 * Pure and dependency-free: the search page, the build and `new-article`'s
 * entity matching all call it.
 */
import { SCRIPTS } from './registry.ts';
import type { Script } from './types.ts';

/** The first registered script the text has a character of, or null (Latin letters, digits, punctuation only). */
export function scriptOf(text: string): Script | null {
  return SCRIPTS.find((script) => script.letters.test(text)) ?? null;
}

/**
 * The language tag of text whose language is not known (an alias): the
 * script's `lang` when the text is in exactly one registered script, else
 * "und" (Latin names are spelled alike in many languages).
 */
export function textLang(text: string): string {
  const scripts = SCRIPTS.filter((script) => script.letters.test(text));
  return scripts.length === 1 ? scripts[0]!.lang : 'und';
}

/**
 * The text with every registered script's letter rules applied (in Arabic
 * script: hamza forms of alef to alef, ى and ی to ي, ة to ه, ک to ك, vowel
 * marks, shadda and tatweel removed). Latin text is returned as it was.
 * Each character becomes one or none.
 */
export function foldScriptLetters(text: string): string {
  let folded = text;
  for (const script of SCRIPTS) {
    if (script.compatibilityForms?.test(folded)) folded = folded.normalize('NFKC');
    for (const rule of script.rules) folded = folded.replace(rule.pattern, rule.to);
  }
  return folded;
}

/** True when the word is a script's joined article standing alone ("ال"), as "al" stands alone in "al Hol". */
export function isJoinedArticle(word: string): boolean {
  return SCRIPTS.some((script) => script.joinedArticle === word);
}

/**
 * A word split after the joined article it starts with, when at least two
 * letters follow it ("الرقة" → "ال" and "رقة"); null when it starts with none
 * or too little follows ("الم" stays a word).
 */
export function splitJoinedArticle(word: string): { article: string; rest: string } | null {
  for (const { joinedArticle: article } of SCRIPTS) {
    if (article && word.startsWith(article) && word.length >= article.length + 2) return { article, rest: word.slice(article.length) };
  }
  return null;
}

/**
 * One word folded for comparison: its letters folded, and a joined article
 * dropped when two letters or more follow it, as "al-" is in Latin script
 * ("الرقة" and "رقة" give "رقه"). A word in no registered script is
 * returned as it is.
 */
export function foldScriptWord(word: string): string {
  if (!scriptOf(word)) return word;
  const folded = foldScriptLetters(word);
  return splitJoinedArticle(folded)?.rest ?? folded;
}

/**
 * The words of a text in a registered script that folding changes, folded,
 * once each, in the order they first appear: what a page must add to its
 * search data so that a query typed with or without marks, letter variants
 * or the article finds it (Pagefind indexes the words only as written).
 */
export function foldedScriptWords(text: string): string[] {
  const words = new Set<string>();
  // Tatweel (U+0640) is a letter to Unicode (Lm), so it stays inside its word.
  for (const word of text.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (!scriptOf(word)) continue;
    const folded = foldScriptWord(word);
    if (folded && folded !== word) words.add(folded);
  }
  return [...words];
}
