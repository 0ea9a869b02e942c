/**
 * The language of a capture, for the draft's `language` field: a small
 * stopword count, enough to tell apart the languages the archive's sources
 * are written in. Supported: English (en), Spanish (es), French (fr), German
 * (de), Dutch (nl), Italian (it) and Portuguese (pt). Anything else (Arabic,
 * Kurdish, Turkish…) is reported as undetected and left to `--language`.
 */

/** Frequent short words of each supported language; few are shared between languages. */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'was', 'for', 'with', 'have', 'from', 'they', 'this', 'said', 'were', 'been', 'their', 'which', 'who', 'has', 'after', 'would', 'it'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'en', 'un', 'una', 'por', 'con', 'para', 'como', 'pero', 'sus', 'fue', 'han', 'según', 'desde', 'está', 'más', 'muy', 'también', 'ha'],
  fr: ['le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'que', 'pas', 'sur', 'avec', 'ont', 'sont', 'été', 'aux', 'mais', 'selon', 'depuis', 'leur', 'cette', 'il'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'dem', 'ein', 'eine', 'auch', 'wurde', 'wurden', 'nach', 'aus', 'bei', 'sind', 'hat', 'zu', 'im'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'zijn', 'op', 'voor', 'met', 'ook', 'werd', 'worden', 'heeft', 'bij', 'uit', 'naar', 'maar', 'nog', 'wel', 'hun', 'zich'],
  it: ['il', 'gli', 'della', 'che', 'e', 'di', 'per', 'non', 'sono', 'una', 'con', 'del', 'nel', 'alla', 'anche', 'come', 'più', 'stato', 'dei', 'delle', 'secondo', 'ha', 'lo', 'si'],
  pt: ['o', 'os', 'as', 'da', 'do', 'dos', 'das', 'que', 'e', 'em', 'um', 'uma', 'para', 'com', 'não', 'por', 'foi', 'são', 'mais', 'segundo', 'também', 'pelo', 'pela', 'ao'],
};

/** True when a lower-case word is a stopword of any supported language ("the", "del", "les"). */
export function isStopword(word: string): boolean {
  return Object.values(STOPWORDS).some((list) => list.includes(word));
}

/** The languages {@link detectLanguage} can recognise. */
export const DETECTABLE_LANGUAGES: readonly string[] = Object.keys(STOPWORDS);

/** What {@link detectLanguage} concluded. */
export interface LanguageGuess {
  /** The BCP 47 tag, or null when the text is too short or no supported language stands out. */
  tag: string | null;
  /** Stopword hits per language, best first, to show how sure the guess is. */
  scores: { tag: string; hits: number }[];
}

/** The words of a text, lower-cased; apostrophes split ("l'armée" → "l", "armée"). */
function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Guesses the language of a text by counting each language's stopwords. It
 * answers only when at least 8 stopwords are found and the best language has
 * at least 1.5 times the hits of the next, so it says "unknown" rather than guess.
 */
export function detectLanguage(text: string): LanguageGuess {
  const counts = new Map<string, number>();
  for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const scores = Object.entries(STOPWORDS)
    .map(([tag, list]) => ({ tag, hits: list.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0) }))
    .sort((a, b) => b.hits - a.hits || a.tag.localeCompare(b.tag));
  const [best, next] = scores;
  const sure = best !== undefined && best.hits >= 8 && best.hits >= 1.5 * (next?.hits ?? 0);
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
