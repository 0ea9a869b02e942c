/**
 * The language of a capture, for the draft's `language` field, detected by
 * `franc` (trigram statistics) among the languages the archive's sources
 * are written in: English, Spanish, French, German, Dutch, Italian,
 * Portuguese, Arabic, Kurdish, Turkish and Persian. When the best guess does
 * not stand clearly above the next, the command stops and asks for
 * `--language` rather than write a wrong one.
 */
import { francAll } from 'franc';
import { LANGUAGES } from './languages/index.ts';

export { isRightToLeft } from '../../../src/lib/content/languages.ts';

/** Frequent short words of each language that has them (languages/); few are shared between languages. */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.values(LANGUAGES)
    .filter((language) => language.stopWords.length > 0)
    .map((language) => [language.tag, language.stopWords]),
);

/** True when a lower-case word is a stopword of any supported language ("the", "del", "les"). */
export function isStopword(word: string): boolean {
  return Object.values(STOPWORDS).some((list) => list.includes(word));
}

/**
 * Languages detection tells apart though `new-article` has no words of them
 * yet: Persian (Iran and Afghanistan) and Kurdish, whose captures get their
 * tag and only the rules every language shares.
 */
const DETECTED_ONLY: Readonly<Record<string, string>> = {
  pes: 'fa',
  prs: 'fa-AF',
  // franc's Latin-script Kurdish model is trained on Kurmanji, the Kurdish of northern Syria.
  ckb: 'ku',
};

/** The ISO 639-3 codes franc answers with, for the languages of the sources, and the BCP 47 tag written for each. */
const FRANC_TO_BCP47: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(LANGUAGES).flatMap((language) => (language.franc ? [[language.franc, language.tag]] : []))),
  ...DETECTED_ONLY,
};

/** What {@link detectLanguage} concluded. */
export interface LanguageGuess {
  /** The BCP 47 tag, or null when the text is too short or no language stands clearly above the next. */
  tag: string | null;
  /** The best candidates, best first, with franc's score (1 for the best), to show how sure the guess is. */
  scores: { tag: string; score: number }[];
}

/** Fewer words than this are too few to tell languages apart. */
const MIN_WORDS = 12;
/** The runner-up's score must stay below this (the best scores 1) for the guess to count as sure. */
const MAX_RUNNER_UP = 0.9;

/** The supported language whose stopwords the text uses most, when it clearly leads (8 hits or more, 1.5 times the next), else null. */
function stopwordLeader(text: string): string | null {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const scores = Object.entries(STOPWORDS)
    .map(([tag, list]) => ({ tag, hits: list.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0) }))
    .sort((a, b) => b.hits - a.hits);
  const [best, next] = scores;
  return best && best.hits >= 8 && best.hits >= 1.5 * (next?.hits ?? 0) ? best.tag : null;
}

/** Letters Arabic spelling uses and Persian spelling does not: Arabic yeh and kaf, alef maksura, teh marbuta. */
const ARABIC_SPELLING = /[\u064A\u0643\u0649\u0629]/gu;
/** Letters Persian spelling uses and Arabic does not: Farsi yeh, keheh, peh, tcheh, jeh, gaf. */
const PERSIAN_SPELLING = /[\u06CC\u06A9\u067E\u0686\u0698\u06AF]/u;

/**
 * True when the text is spelled as Arabic, not Persian: five or more letters
 * only Arabic spelling uses and none only Persian uses. franc's trigram
 * scores for the two bunch up on short texts full of names (fa 1.00 against
 * ar 0.99 on an Arabic headline), but their alphabets differ in these letters.
 * When franc already puts Arabic first (`arabicFirst`), a few Persian letters
 * are a Kurdish or Persian name in Arabic text ("کوبانی"): Arabic letters
 * five times as many still settle it.
 */
function spelledAsArabic(text: string, arabicFirst = false): boolean {
  const arabic = text.match(ARABIC_SPELLING)?.length ?? 0;
  const persian = text.match(PERSIAN_SPELLING)?.length ?? 0;
  return arabic >= 5 && (persian === 0 || (arabicFirst && arabic >= 5 * persian));
}

/**
 * Latin-script languages franc confuses with each other on short texts full
 * of names, and the letters only one of each writes: Turkish ı, ğ, ö, ü;
 * Kurmanji ê, î, û (both write ş and ç).
 */
const SPELLING_SIBLINGS: readonly { tag: string; letters: RegExp }[] = [
  { tag: 'tr', letters: /[ıİğĞöÖüÜ]/gu },
  { tag: 'ku', letters: /[êÊîÎûÛ]/gu },
];

/**
 * The sibling language (Turkish or Kurmanji) the text's spelling settles,
 * when franc's near-ties are only between the two: three or more letters
 * only one of them writes and none only the other writes. Null otherwise.
 */
function settledBySiblingSpelling(text: string, ranked: readonly { tag: string; score: number }[]): string | null {
  const close = ranked.filter((candidate) => candidate.score >= MAX_RUNNER_UP).map((candidate) => candidate.tag);
  if (!close.every((tag) => SPELLING_SIBLINGS.some((sibling) => sibling.tag === tag))) return null;
  const counts = SPELLING_SIBLINGS.map((sibling) => ({ tag: sibling.tag, letters: text.match(sibling.letters)?.length ?? 0 }));
  const spelled = counts.filter((count) => count.letters > 0);
  return spelled.length === 1 && spelled[0]!.letters >= 3 ? spelled[0]!.tag : null;
}

/**
 * Detects the language of a text with franc, among the sources' languages.
 * It answers only with at least twelve words, and when franc's runner-up
 * scores below 0.9 of the best or the text's stopwords point to the same
 * language as franc's best (franc's scores bunch up on long Latin-script
 * texts full of names), or, between Arabic and Persian and between Turkish
 * and Kurmanji, the spelling says which; otherwise it says "unsure" rather
 * than guess.
 */
export function detectLanguage(text: string): LanguageGuess {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  const ranked = francAll(text, { only: Object.keys(FRANC_TO_BCP47), minLength: 10 })
    .filter(([code]) => code !== 'und')
    .map(([code, score]) => ({ tag: FRANC_TO_BCP47[code]!, score: Math.round(score * 100) / 100 }));
  const [best, next] = ranked;
  const scores = ranked.slice(0, 3);
  if (!best || words.length < MIN_WORDS) return { tag: null, scores };
  const clear = next === undefined || next.score < MAX_RUNNER_UP;
  // Arabic spelling settles a near-tie between Arabic and Persian (whichever franc put first).
  const arabic = ranked.find((candidate) => candidate.tag === 'ar');
  if (arabic && arabic.score >= MAX_RUNNER_UP && spelledAsArabic(text, best.tag === 'ar')) return { tag: 'ar', scores };
  const sibling = clear ? null : settledBySiblingSpelling(text, ranked);
  if (sibling) return { tag: sibling, scores };
  const sure = clear || stopwordLeader(text) === best.tag;
  return { tag: sure ? best.tag : null, scores };
}

/**
 * The canonical form of a BCP 47 language tag ("EN-gb" → "en-GB"), or null
 * when it is not one. `Intl.getCanonicalLocales` does the validation; the
 * archive also wants a language subtag first ("en", "ckb"), as its schema does.
 */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    return canonical && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(canonical) ? canonical : null;
  } catch {
    return null;
  }
}
