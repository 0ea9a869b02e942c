/**
 * Arabic-script folding: the letters and marks Arabic writers (and keyboards)
 * write in more than one way, reduced to one form, so that "الهول", "الهَوْل"
 * and "ٱلهول" give one key, as "al-Hol" and "al-Hawl" do in Latin script
 * (src/lib/search/name-fold.ts). The rules are data, like the Latin ones; the unit
 * tests apply each backwards to every entity's Arabic names.
 *
 * Pure and dependency-free: the search page, the build and `new-article`'s
 * entity matching all call it.
 */

/** One Arabic-script variation, and how it is folded. Same shape as the Latin `FoldRule`. */
export interface ArabicFoldRule {
  /** The variation it covers, for readers of the code and of test names. */
  covers: string;
  /** The letters made equal, the folded one last; empty for marks that are removed. */
  forms: readonly string[];
  /** Where in a word the forms count: anywhere, or only at its end. */
  at: 'anywhere' | 'end';
  /** The pattern replaced in a word (or a text: every rule maps one character to at most one). */
  pattern: RegExp;
  /** What it is replaced with. */
  to: string;
}

/**
 * The letter rules, in order. Each replaces one character by one or by none,
 * so they can fold running text while keeping track of where each letter
 * came from (the search page marks names as a text spells them).
 */
export const ARABIC_FOLD_RULES: readonly ArabicFoldRule[] = [
  // Hamza on or under alef, madda, and the wasla of Quranic and careful spelling: أحمد, احمد; إدلب, ادلب; ٱلرقة, الرقة.
  { covers: 'alef with hamza, madda or wasla', forms: ['أ', 'إ', 'آ', 'ٱ', 'ا'], at: 'anywhere', pattern: /[أإآٱ]/gu, to: 'ا' },
  // Alef maqsura and the Persian yeh, both often typed for a final yeh: عيسى, عيسي; Persian keyboards write ی.
  { covers: 'alef maqsura and Persian yeh', forms: ['ى', 'ی', 'ي'], at: 'anywhere', pattern: /[ىی]/gu, to: 'ي' },
  // Ta marbuta, often written (and always pronounced in pause) as ha: الرقة, الرقه.
  { covers: 'ta marbuta and ha', forms: ['ة', 'ه'], at: 'end', pattern: /ة/gu, to: 'ه' },
  // The Persian and Kurdish (Sorani) keheh for kaf: کوبانی, كوباني.
  { covers: 'keheh and kaf', forms: ['ک', 'ك'], at: 'anywhere', pattern: /ک/gu, to: 'ك' },
  // Short vowels, tanwin, sukun, shadda and the dagger alef, written in careful or vocalised text only: الهَوْل, الهول.
  { covers: 'vowel marks and shadda', forms: [], at: 'anywhere', pattern: /[\u064B-\u065F\u0670\u06D6-\u06ED]/gu, to: '' },
  // Tatweel, the stretching stroke of justified text and headlines: الـرقة, الرقة.
  { covers: 'tatweel', forms: [], at: 'anywhere', pattern: /\u0640/gu, to: '' },
];

/** The Arabic definite article, written joined to its word: الرقة, الهول. */
export const ARABIC_ARTICLE = 'ال';

/** Letters of the Arabic script (the Arabic, Supplement and Presentation Forms blocks). */
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** True when the text holds at least one Arabic-script character. */
export function hasArabic(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/**
 * The text with every Arabic letter rule applied: hamza forms of alef to
 * alef, ى and ی to ي, ة to ه, ک to ك, vowel marks, shadda and tatweel removed.
 * Latin text is returned as it was. Each character becomes one or none.
 */
export function foldArabicLetters(text: string): string {
  // Presentation forms (ﻻ, ﺍ…) to ordinary letters first; NFKC leaves the other letters alone.
  const plain = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u.test(text) ? text.normalize('NFKC') : text;
  return ARABIC_FOLD_RULES.reduce((folded, rule) => folded.replace(rule.pattern, rule.to), plain);
}

/**
 * One Arabic word folded for comparison: its letters folded, and the article
 * ال dropped when a word of at least two letters follows it, as "al-" is in
 * Latin script ("الرقة" and "رقة" give "رقه"). Words of other scripts are
 * returned with only the letter rules applied (which leave them unchanged).
 */
export function foldArabicWord(word: string): string {
  const folded = foldArabicLetters(word);
  return folded.startsWith(ARABIC_ARTICLE) && folded.length >= ARABIC_ARTICLE.length + 2 ? folded.slice(ARABIC_ARTICLE.length) : folded;
}

/**
 * The Arabic words of a text that folding changes, folded, once each, in the
 * order they first appear: what an Arabic page must add to its search data
 * so that a query typed with or without marks, hamza or the article finds
 * it (Pagefind indexes the words only as written).
 */
export function foldedArabicWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{M}\p{N}\u0640]+/u)) {
    if (!hasArabic(word)) continue;
    const folded = foldArabicWord(word);
    if (folded && folded !== word) words.add(folded);
  }
  return [...words];
}
