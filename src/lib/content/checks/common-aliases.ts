/**
 * No entity may take a common word as a name. Names are matched in any
 * letter case, so an alias "camp" would claim every article that says "the
 * camp", take over searches for the word (a search for "camp" would answer
 * with one entity instead of the reports) and put the entity into every new
 * draft. Two rules find such words:
 *
 * - a stop word of the archive's languages ("the", "de", "في"), from the
 *   maintained `stopword` lists, alone or in a run ("de la");
 * - a word or phrase the archive's own articles write in lower case, as no
 *   one writes a name in a script with letter case: "camp", "prison camp".
 *   The message counts the articles it would claim.
 *
 * Acronyms ("IS", "SDF") are exempt: they match case-sensitively, so "IS"
 * never matches "is".
 */
import stopword from 'stopword';
import type { Entity } from '../../../schemas/entity.ts';
import { foldDiacritics, isAcronym, NAME_SEPARATOR, nameWords } from '../../search/aliases.ts';
import { foldScriptLetters } from '../../search/scripts/fold.ts';
import type { ContentProblem, EntryInput } from '../problems.ts';

/**
 * The languages whose stop words no name may be, by the `stopword` package's
 * codes: the languages the archive's coverage is in or is likely to be in
 * (English, Spanish, French, German, Dutch, Arabic, Turkish, Persian, Sorani
 * Kurdish). Not all 62 of its lists: short names ("Tal", "Ali") are stop
 * words of some language somewhere.
 */
const STOPWORD_LANGUAGES = ['eng', 'spa', 'fra', 'deu', 'nld', 'ara', 'tur', 'fas', 'kur'] as const;

/** Each archive language's stop words, folded as names are. */
const STOPWORDS: ReadonlyMap<(typeof STOPWORD_LANGUAGES)[number], ReadonlySet<string>> = new Map(
  STOPWORD_LANGUAGES.map((language) => [language, new Set(stopword[language].flatMap((word) => nameWords(word)))]),
);

/** English names of the `stopword` codes used, for messages. */
const LANGUAGE_NAMES: Readonly<Record<(typeof STOPWORD_LANGUAGES)[number], string>> = {
  eng: 'English',
  spa: 'Spanish',
  fra: 'French',
  deu: 'German',
  nld: 'Dutch',
  ara: 'Arabic',
  tur: 'Turkish',
  fas: 'Persian',
  kur: 'Kurdish',
};

/** An article's text, as the check reads it. */
export interface ArticleText {
  /** The article id, named in messages. */
  id: string;
  /** Its headline and paragraphs. */
  texts: readonly string[];
}

/** One name of an entity under test: where it is written and the words it is matched by. */
interface Name {
  file: string;
  where: string;
  name: string;
  words: string[];
}

/** Every name of every entity that is matched in any letter case (not an acronym), with its field. */
function namesOf(entities: readonly EntryInput<Entity>[]): Name[] {
  return entities.flatMap((entity) =>
    [entity.data.name, ...entity.data.aliases]
      .map((name, index) => ({ file: entity.file, where: index === 0 ? 'name' : `aliases[${index - 1}]`, name, words: nameWords(name) }))
      .filter((name) => name.words.length > 0 && !isAcronym(name.name)),
  );
}

/** A word: a run of letters and digits, as the matcher's whole-word rule sees one. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The separators a name's parts may have between them, read from a position. */
const GAP = new RegExp(`${NAME_SEPARATOR}*`, 'uy');

/** Text with nothing to fold: ASCII, and the punctuation block's quotes and dashes. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, needs no folding
const NOTHING_TO_FOLD = /^[\x00-\x7f\u2000-\u206f]*$/;

/** The next word from a position, read sticky: a name's next part. */
const NEXT_WORD = /[\p{L}\p{N}]+/uy;

/** Lower-case phrases as a tree of their words, so each word of text is looked up once, whatever the number of phrases. */
interface PhraseTree {
  /** The phrases' next words. */
  next: Map<string, PhraseTree>;
  /** The phrase that ends here, words joined by a space. */
  phrase?: string;
}

/** Builds the tree of the given phrases. */
function phraseTree(phrases: readonly string[][]): PhraseTree {
  const root: PhraseTree = { next: new Map() };
  for (const words of phrases) {
    let node = root;
    for (const word of words) {
      const child = node.next.get(word) ?? { next: new Map() };
      node.next.set(word, child);
      node = child;
    }
    node.phrase = words.join(' ');
  }
  return root;
}

/** Calls `found` for each phrase of the tree that goes on in `text` from `at`, each word joined to the last as a name's parts are. */
function phrasesFrom(text: string, at: number, node: PhraseTree, found: (phrase: string) => void): void {
  if (node.phrase) found(node.phrase);
  if (node.next.size === 0) return;
  GAP.lastIndex = at;
  NEXT_WORD.lastIndex = at + GAP.exec(text)![0].length;
  const word = NEXT_WORD.exec(text)?.[0];
  const child = word === undefined ? undefined : node.next.get(word);
  if (child) phrasesFrom(text, NEXT_WORD.lastIndex, child, found);
}

/**
 * The ids of the articles that write each phrase in lower case, for phrases
 * of lower-case words. One pass over each text's words: a capitalised word
 * is never a key of the tree, so only lower-case words are followed.
 */
function lowerCaseUses(phrases: readonly string[][], articles: readonly ArticleText[]): Map<string, Set<string>> {
  const tree = phraseTree(phrases);
  const uses = new Map<string, Set<string>>();
  for (const article of articles) {
    const found = (phrase: string) => uses.set(phrase, (uses.get(phrase) ?? new Set()).add(article.id));
    for (const text of article.texts) {
      const folded = NOTHING_TO_FOLD.test(text) ? text : foldScriptLetters(foldDiacritics(text));
      for (const match of folded.matchAll(WORD)) {
        const first = tree.next.get(match[0]);
        if (first) phrasesFrom(folded, match.index + match[0].length, first, found);
      }
    }
  }
  return uses;
}

/**
 * The language whose stop words make up the whole name ("the", "de la"), or
 * null. One language for all its words: "al-Yani" is a name, though "al" is
 * a Spanish stop word and "yani" a Turkish one.
 */
function stopwordLanguage(words: readonly string[]): string | null {
  const language = STOPWORD_LANGUAGES.find((candidate) => words.every((word) => STOPWORDS.get(candidate)!.has(word)));
  return language ? LANGUAGE_NAMES[language] : null;
}

/**
 * Names and aliases that are common words: stop words of the archive's
 * languages, or words its articles write in lower case. Each problem names
 * the entity's file and field, and how many articles the name would claim.
 */
export function checkCommonAliases(entities: readonly EntryInput<Entity>[], articles: readonly ArticleText[]): ContentProblem[] {
  const names = namesOf(entities);
  // Only words with letter case can be told apart from a name by their case: not Arabic's.
  const cased = names.map((name) => name.words).filter((words) => words.some((word) => /\p{Ll}/u.test(word)));
  const uses = lowerCaseUses(cased, articles);
  const problems: ContentProblem[] = [];
  const advice = 'use a longer form that names only this entity, or leave it out';
  for (const { file, where, name, words } of names) {
    const language = stopwordLanguage(words);
    const claimed = [...(uses.get(words.join(' ')) ?? [])].sort();
    if (language) {
      problems.push({ file, where, message: `"${name}" is a common word of ${language} (a stop word), so as a name it would match nearly every article and take over searches for it; ${advice}` });
    } else if (claimed.length > 0) {
      const count = claimed.length === 1 ? '1 article' : `${claimed.length} articles`;
      problems.push({
        file,
        where,
        message: `"${name}" is a common word, not only a name: ${count} of the archive write${claimed.length === 1 ? 's' : ''} it in lower case (${claimed.slice(0, 3).join(', ')}${claimed.length > 3 ? ', …' : ''}), and as a name it would claim ${claimed.length === 1 ? 'it' : 'them'} and take over searches for it; ${advice}`,
      });
    }
  }
  return problems;
}
