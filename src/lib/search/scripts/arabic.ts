/**
 * Arabic-script folding: the letters and marks Arabic writers (and keyboards)
 * write in more than one way, reduced to one form, so that "الهول", "الهَوْل"
 * and "ٱلهول" give one key, as "al-Hol" and "al-Hawl" do in Latin script
 * (src/lib/search/name-fold.ts). The rules are data, like the Latin ones; the unit
 * tests apply each backwards to every entity's Arabic names. Persian and
 * Sorani Kurdish letters (ی, ک) fold into their Arabic counterparts here, so
 * names typed on those keyboards are found too.
 *
 * Pure data: src/lib/search/scripts/fold.ts applies it, with every other
 * script in the registry (src/lib/search/scripts/registry.ts).
 */
import type { Script } from './types.ts';

/** The Arabic script as the search code folds it. */
export const ARABIC: Script = {
  name: 'Arabic',
  lang: 'ar',
  // The Arabic, Supplement and Presentation Forms blocks.
  letters: /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u,
  // Presentation forms (ﻻ, ﺍ…) become ordinary letters; NFKC leaves the other letters alone.
  compatibilityForms: /[\uFB50-\uFDFF\uFE70-\uFEFF]/u,
  rules: [
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
  ],
  // The definite article, written joined to its word: الرقة, الهول.
  joinedArticle: 'ال',
  // Camp, city, village, province, prison, countryside, mount, abu, ibn (twice), umm, deir.
  genericNameWords: ['مخيم', 'مدينة', 'قرية', 'محافظة', 'سجن', 'ريف', 'جبل', 'أبو', 'ابن', 'بن', 'أم', 'دير'],
  // Arabic script writes few vowels, so its words are shorter and more often common words ("أبيض", white).
  wordKeyLength: 5,
};
