/**
 * Fold keys: names from Arabic, Kurdish and Turkish written in Latin script
 * reduced to one key for all their usual romanisations, so that a spelling
 * nobody listed ("Hawl", "El Hol", "Kamishli", "Raqa", "Erdoghan", "Daech")
 * still leads to the entity. `foldName("al-Hawl") === foldName("Al Hol")`.
 *
 * The rules are data (`FOLD_RULES`), applied in order to each word of a name,
 * each naming the variation it covers and listing the spellings it makes
 * equal; the unit tests apply every rule backwards to every entity's names.
 * Precision is guarded elsewhere: no two entities may share a fold key
 * (src/lib/content/checks/fold-keys.ts), and near misses are tested to stay apart.
 *
 * Names in another script fold by that script's rules (src/lib/search/scripts/,
 * e.g. Arabic: "الهَول", "الهول" and "هول" give one key, which is not the
 * Latin one); an entity lists its names in other scripts among its aliases.
 *
 * Used by the search page (query → entity) and by any tool that must find
 * entities in new text: call `foldName` on both sides and compare.
 */
import { foldDiacritics } from './aliases.ts';
import { foldScriptLetters, foldScriptWord, isJoinedArticle, scriptOf } from './scripts/fold.ts';
import { SCRIPTS } from './scripts/registry.ts';

/** One romanisation variation, and how it is folded. */
export interface FoldRule {
  /** The variation it covers, for readers of the code and of test names. */
  covers: string;
  /** The spellings made equal (lower case, diacritics already folded), e.g. ["ay", "ai", "ei", "ey"]. */
  forms: readonly string[];
  /** Where in a word the forms count: anywhere, or only at its end. */
  at: 'anywhere' | 'end';
  /** The pattern replaced in a word. */
  pattern: RegExp;
  /** What it is replaced with: the one spelling all forms fold to. */
  to: string;
}

/**
 * The Arabic definite article as sources write it, with the sun-letter
 * assimilations (ar-Raqqa, as-Sukhnah, at-Tabqa, ad-Dana, an-Nusra, ash-Sham,
 * az-Zabadani, Deir ez-Zor, French er-Raqqa). Dropped when it stands before
 * another word.
 */
export const ARTICLES: readonly string[] = ['al', 'el', 'ar', 'er', 'as', 'at', 'ad', 'an', 'en', 'ash', 'az', 'ez', 'es', 'ed', 'et'];

/** "Tell" (a mound, in place names) as sources write it: Tel Abyad, Tal Abyad, Tell Abyad, Tall Abyad. */
export const TELL_FORMS: readonly string[] = ['tel', 'tal', 'tell', 'tall'];

/** Apostrophes and the transliteration marks for ʿayn and hamza; removed, so "Baʿath", "Ba'ath" and "Baath" agree. */
const MARKS = /['’‘`´ʿʾʻʼ]/gu;

/**
 * The letter rules, in the order they apply to each word. Order matters:
 * digraphs go before single letters, the final-h rule before the final-i
 * rule, and doubled letters collapse last.
 */
export const FOLD_RULES: readonly FoldRule[] = [
  // French and older English romanisations write j as dj: Djazira, Jazira.
  { covers: 'j written as dj', forms: ['dj', 'j'], at: 'anywhere', pattern: /dj/g, to: 'j' },
  // ghayn as gh, or as Turkish ğ (already g once diacritics are folded): Erdoghan, Erdoğan, Erdogan.
  { covers: 'gh, ğ and g', forms: ['gh', 'g'], at: 'anywhere', pattern: /gh/g, to: 'g' },
  // shin as English sh, French ch, Turkish ş (s once folded): Qamishli, Kamichli, Kamışlı; Daesh, Daech.
  { covers: 'sh, ch, ş and s', forms: ['sh', 'ch', 's'], at: 'anywhere', pattern: /sh|ch/g, to: 's' },
  // qaf as q or k: Raqqa, Rakka; Qamishli, Kamishli; Iraq, Irak.
  { covers: 'q and k', forms: ['q', 'k'], at: 'anywhere', pattern: /q/g, to: 'k' },
  // Long and short u, and the diphthong aw: al-Hol, al-Hawl, Houl, Hul.
  { covers: 'o, ou, u and aw', forms: ['o', 'ou', 'u', 'aw'], at: 'anywhere', pattern: /aw|ou|u/g, to: 'o' },
  // The diphthong ay: Ayn Issa, Ain Issa, Ein Issa; Laila, Layla; Tayyip, Teyyip.
  { covers: 'ay, ai, ei and ey', forms: ['ay', 'ai', 'ei', 'ey'], at: 'anywhere', pattern: /ai|ei|ey/g, to: 'ay' },
  // ta marbuta written with a final h: Raqqah, Raqqa; Hasakah, Hasaka.
  { covers: 'a final h after a vowel', forms: ['h', ''], at: 'end', pattern: /(?<=[aeiou])h$/, to: '' },
  // A final long i as i, y or ee: Qamishli, Qamishly, Qamishlee.
  { covers: 'a final i, y or ee', forms: ['i', 'y', 'ee'], at: 'end', pattern: /(?:ee|y)$/, to: 'i' },
  // Doubled consonants (shadda) and long vowels written twice: Raqqa, Raqa; Issa, Isa; Bakker, Baker.
  { covers: 'doubled letters', forms: [], at: 'anywhere', pattern: /(\p{L})\1+/gu, to: '$1' },
];

/** The words of a name, lower case, diacritics, marks and other scripts' letter variants folded, split at anything that is not a letter or digit. */
function wordsOf(text: string): string[] {
  return foldScriptLetters(foldDiacritics(text))
    .toLowerCase()
    .replace(MARKS, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Letters written twice collapse before anything else, so that a doubled
 * letter never hides a digraph or an article ("Baghhdadi", "Aal-Hol"); a
 * final "ee" is the long i, not a doubled e. The rules collapse doubles
 * again at the end, for those their own replacements make.
 */
function collapseDoubles(word: string): string {
  return word.replace(/ee$/, 'i').replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Applies the word-level rules: the article before another word is dropped,
 * "tell" in any spelling becomes "tal", and an article joined to a word in
 * another script (Arabic الرقة) is dropped as "al-" is.
 */
function foldWords(raw: readonly string[]): string[] {
  const words = raw.map(foldScriptWord).map(collapseDoubles);
  return words
    .filter((word, index) => !((ARTICLES.includes(word) || isJoinedArticle(word)) && index < words.length - 1))
    .map((word) => (TELL_FORMS.includes(word) ? 'tal' : word));
}

/** Applies the letter rules to one word. */
function foldWord(word: string): string {
  return FOLD_RULES.reduce((folded, rule) => folded.replace(rule.pattern, rule.to), word);
}

/**
 * The fold key of a name or a query: every romanisation variation in
 * `FOLD_RULES` folded, words run together. "al-Hawl", "El Hol" and "Hol"
 * give "hol"; "Ain al-Issa", "ain isa" and "Ayn Issa" give "aynisa".
 * Empty for text with no letters or digits.
 */
export function foldName(text: string): string {
  return foldWords(wordsOf(text)).map(foldWord).join('');
}

/**
 * The fold key of a name typed as one run-together word ("AlHolcamp",
 * "TelAbyad"), where no article or "tell" stands apart to be recognised:
 * the letter rules only, over all its letters.
 */
export function foldCompact(text: string): string {
  const words = wordsOf(text);
  // A name typed without its spaces still starts with a joined article: Arabic "الهول" is "هول".
  return foldWord(collapseDoubles(foldScriptWord(words.join(''))));
}

/** Every key a name is found by: its fold key, and its fold key typed run together. */
export function keysOfName(name: string): string[] {
  return [...new Set([foldName(name), foldCompact(name)].filter(Boolean))];
}

/** The distinct keys of a list of names (an entity's name and aliases): see `keysOfName`. */
export function nameKeys(names: readonly string[]): string[] {
  return [...new Set(names.flatMap(keysOfName))];
}

/**
 * Words that name a kind of place rather than a place, or are too common in
 * names of people, so one of them alone never stands for an entity.
 */
const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    ...[
      'camp',
      'city',
      'town',
      'village',
      'province',
      'prison',
      'district',
      'jabal',
      'jebel',
      'wadi',
      'kafr',
      'deir',
      'dayr',
      'abu',
      'ibn',
      'bin',
      'umm',
      'mount',
    ],
    // The same in the other scripts.
    ...SCRIPTS.flatMap((script) => script.genericNameWords),
  ].map((word) => foldWord(foldScriptWord(word))),
);

/** Fewest letters a word of a name in Latin script needs to stand for the whole name; each other script says its own (`wordKeyLength`). */
const LATIN_WORD_KEY_LENGTH = 4;

/**
 * The fold keys of single words of a person's or a place's names that may
 * stand for the whole name ("Abyad" for Tel Abyad, "Baghdadi" for Abu Bakr
 * al-Baghdadi): words of four letters or more once folded, not articles,
 * not "tell", not generic. Organisations have none: their words ("State",
 * "Forces", "Army") are ordinary words.
 */
export function wordKeys(kind: string, names: readonly string[]): string[] {
  if (kind === 'organisation') return [];
  const keys = new Set<string>();
  for (const name of names) {
    for (const word of foldWords(wordsOf(name))) {
      if (ARTICLES.includes(word) || word === 'tal') continue;
      const key = foldWord(word);
      if (key.length >= (scriptOf(key)?.wordKeyLength ?? LATIN_WORD_KEY_LENGTH) && !GENERIC_NAME_WORDS.has(key)) keys.add(key);
    }
  }
  return [...keys];
}
