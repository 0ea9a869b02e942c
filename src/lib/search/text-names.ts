/**
 * Names in running text, recognised exactly as the search page recognises
 * them in a query: every run of up to six words is looked up in the
 * `NameIndex` (the same fold keys, the same aliases, every script), longest
 * run first, left to right. So "Isis", "Qamichli", "Ayn İsa" and "عين عيسى"
 * are the entities a reader who types them is shown. `new-article` lists the
 * entities of a draft with it, and `check-content` checks an article's
 * entities with it, and the entity pages quote and mark the paragraphs it
 * finds (`findMentions`); none has a matcher of its own.
 *
 * Differences from a query, because text is not typed to find a name:
 * a name known only as an acronym ("NOS", "ISIS") counts in text only where
 * it starts with a capital ("Isis", "NOS"), since in lower case it is an
 * ordinary word of some language ("nos" in Spanish and French); and one word
 * of a person's or place's name ("Trump", "Abyad") does not count where a
 * capitalised word stands right beside it, which makes it part of another
 * name ("Ivanka Trump", "Jelal Ayaf"). Where a name is marked in text, a
 * word of the text spelled like an Arabic article ("such as Ayn Issa", "at
 * Al Hol") is not part of it, and words are not joined into an acronym
 * ("IS is" is not "ISIS"); "al" and "el" and a hyphenated article are.
 */
import { isAcronym, searchKey } from './aliases.ts';
import { ARTICLES, foldCompact, foldName, keysOfName, nameKeys, wordKeys } from './name-fold.ts';
import { NameIndex, type NameRecord } from './name-index.ts';
import { isJoinedArticle } from './scripts/fold.ts';

/** One name found in a text. */
export interface NameInText {
  /** The entity it names. */
  entity: NameRecord;
  /** Where it starts in the text as given. */
  start: number;
  /** Where it ends (exclusive). */
  end: number;
  /** "name" for a whole name in some spelling, "word" for one word of a person's or place's name ("Abyad"). */
  by: 'name' | 'word';
  /** The entity's name or alias it is a spelling of: the one written alike if any ("Ain Issa" for "AIN-ISSA"), else the first that folds alike. */
  name: string;
}

/** The longest run of words tried as one name, as on the search page. */
const LONGEST_RUN = 6;

/** A word of running text: letters (tatweel is one to Unicode), marks and digits; apostrophes and hyphens separate words ("d'Aïn", "Erdogan's"). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** A run of more than one word: something other than a word's characters in it. */
const SEVERAL_WORDS = /[^\p{L}\p{M}\p{N}]/u;

/** What may stand between two words of one name: spaces, hyphens, apostrophes and transliteration marks, never a full stop or a comma. */
const INSIDE_NAME = /^[^\S\n]*[-\u2010-\u2015'’‘`´ʿʾʻʼ]?[^\S\n]*$/u;

/** The entities' names found in texts. Build one per archive and reuse it: keys and lookups are cached. */
export class TextNames {
  readonly index: NameIndex;
  /** For each entity, the keys it has from names that are not acronyms (acronym-only keys need a capital in text). */
  readonly #spelledKeys = new Map<NameRecord, Set<string>>();
  /** Every start of every key a run may have (names, names run together, words of names): a run whose key starts otherwise names nothing. */
  readonly #keyStarts = new Set<string>();
  /** Every whole key: only a run whose key is one is looked up. */
  readonly #keys = new Set<string>();
  /** Each word's fold key, and whether it is an article ("al", "ال"), which a name's key leaves out unless it ends the name. */
  readonly #wordFolds = new Map<string, { fold: string; article: boolean }>();
  /** Runs already looked up, as written: text repeats its names. */
  readonly #looked = new Map<string, { entity: NameRecord; by: 'name' | 'word'; name: string } | null>();

  /** @param records every entity, as the search page's name index holds them */
  constructor(records: readonly NameRecord[] | NameIndex) {
    this.index = records instanceof NameIndex ? records : new NameIndex(records);
    for (const record of this.index.records) {
      const spelled = record.names.filter((name) => !isAcronym(name));
      this.#spelledKeys.set(record, new Set([...spelled.flatMap(keysOfName), ...wordKeys(record.kind, spelled)]));
      for (const key of [...nameKeys(record.names), ...wordKeys(record.kind, record.names)]) {
        this.#keys.add(key);
        for (let length = 1; length <= key.length; length++) this.#keyStarts.add(key.slice(0, length));
      }
    }
  }

  /** Every name in the text, in order, not overlapping: at each word, the longest run that names an entity. */
  find(text: string): NameInText[] {
    const words = [...text.matchAll(WORD)].map((match) => [match.index, match.index + match[0].length] as const);
    const found: NameInText[] = [];
    for (let first = 0; first < words.length;) {
      const hit = this.#longestAt(text, words, first);
      if (hit) found.push(hit.name);
      first += hit ? hit.length : 1;
    }
    return found;
  }

  /** The ids of the entities the text names, each once. */
  entityIds(text: string): Set<string> {
    return new Set(this.find(text).map((name) => name.entity.id));
  }

  /** True when the text names the entity. */
  names(text: string, entityId: string): boolean {
    return this.find(text).some((name) => name.entity.id === entityId);
  }

  /**
   * The longest run of words from `first` that names an entity, and how many
   * words it has. Runs are built word by word and given up as soon as their
   * fold key so far starts no known key: a name's key is its words' keys
   * joined, articles left out (name-fold.ts), so no longer run can name
   * anything either. What is left is looked up as the search page looks up a
   * query (`NameIndex.lookupRun`).
   */
  #longestAt(text: string, words: readonly (readonly [number, number])[], first: number): { name: NameInText; length: number } | null {
    const head = this.#wordFold(text.slice(...words[first]!));
    // Most words start no name: given up here, before a run is built (a paragraph is read for every entity page).
    if (head.article ? this.#looseArticle(text, words, first) : !this.#keyStarts.has(head.fold)) return null;
    const candidates: number[] = [];
    let key = '';
    for (let last = first; last < words.length && last - first < LONGEST_RUN; last++) {
      if (last > first && !INSIDE_NAME.test(text.slice(words[last - 1]![1], words[last]![0]))) break;
      const word = this.#wordFold(text.slice(...words[last]!));
      if (word.article) {
        if (this.#keys.has(key + word.fold)) candidates.push(last);
        continue;
      }
      key += word.fold;
      if (!this.#keyStarts.has(key)) break;
      if (this.#keys.has(key)) candidates.push(last);
    }
    for (const last of candidates.reverse()) {
      const start = words[first]![0];
      const end = words[last]![1];
      const run = text.slice(start, end);
      const match = this.#lookup(run);
      if (!match || (match.by === 'word' && besideCapitalised(text, words, first))) continue;
      return { name: { ...match, start, end }, length: last - first + 1 };
    }
    return null;
  }

  /**
   * True when the word at `first`, spelled like an article, stands apart
   * from the next word ("such as Ayn Issa", "held at Al Hol"): such a word is
   * one of the text's own ("as", "at", "en", "es"), so a name does not start
   * there; it starts at the next word, and the name is marked from there.
   * "al" and "el" apart ("al Hol", "El Hol") and an article joined by a
   * hyphen ("as-Sukhnah") are part of the name.
   */
  #looseArticle(text: string, words: readonly (readonly [number, number])[], first: number): boolean {
    const next = words[first + 1];
    if (!next) return false;
    const word = this.#wordFold(text.slice(...words[first]!));
    // A word that is itself a name (an acronym "AT") is looked up as usual.
    if (['al', 'el'].includes(word.fold) || isJoinedArticle(word.fold) || this.#keys.has(word.fold)) return false;
    return /^\s+$/u.test(text.slice(words[first]![1], next[0]));
  }

  /** A word's fold key and whether it is an article (cached: text repeats its words). */
  #wordFold(word: string): { fold: string; article: boolean } {
    let folded = this.#wordFolds.get(word);
    if (!folded) {
      const fold = foldName(word);
      const lower = word.toLowerCase();
      folded = { fold, article: ARTICLES.includes(lower) || ARTICLES.includes(fold) || isJoinedArticle(lower) };
      this.#wordFolds.set(word, folded);
    }
    return folded;
  }

  /** What a run of words names, if anything, and which of the entity's names it spells (cached). */
  #lookup(run: string): { entity: NameRecord; by: 'name' | 'word'; name: string } | null {
    const cached = this.#looked.get(run);
    if (cached !== undefined) return cached;
    const match = this.index.lookupRun(run);
    let result = match ? { entity: match.entity, by: match.by, name: nameSpelled(match.entity, run) } : null;
    // A key only acronyms give needs a capital ("nos" is a word) and one word: "IS is" folds as "ISIS" does, but spells no name.
    if (result && (!/^\p{Lu}/u.test(run) || SEVERAL_WORDS.test(run))) {
      const spelled = this.#spelledKeys.get(result.entity)!;
      if (!spelled.has(foldName(run)) && !spelled.has(foldCompact(run))) result = null;
    }
    this.#looked.set(run, result);
    return result;
  }
}

/** True when the word at `index` has a capitalised word right before or after it, joined by a space or hyphen only. */
function besideCapitalised(text: string, words: readonly (readonly [number, number])[], index: number): boolean {
  return [index - 1, index + 1].some((other) => {
    const word = words[other];
    if (!word) return false;
    const gap = other < index ? text.slice(word[1], words[index]![0]) : text.slice(words[index]![1], word[0]);
    return /^[ \-\u2010\u2011]$/u.test(gap) && /^\p{Lu}/u.test(text.slice(...word));
  });
}

/** Which of the entity's names a run spells: written alike (case, diacritics, separators aside), else folding alike, else the first. */
function nameSpelled(entity: NameRecord, run: string): string {
  const key = searchKey(run);
  const fold = new Set([foldName(run), foldCompact(run)]);
  return (
    entity.names.find((name) => searchKey(name) === key) ??
    entity.names.find((name) => keysOfName(name).some((nameKey) => fold.has(nameKey))) ??
    entity.names.find((name) => wordKeys(entity.kind, [name]).some((word) => fold.has(word))) ??
    entity.names[0]!
  );
}

/** An entity entry as the archive holds it: what {@link entryNames} reads of it. */
export interface EntityEntryNames {
  /** The entry id. */
  id: string;
  /** Its kind, name and aliases. */
  data: { kind: NameRecord['kind']; name: string; aliases: readonly string[] };
}

/** The finder built for each list of entries: the pages of one build share it. */
const finders = new WeakMap<readonly EntityEntryNames[], TextNames>();

/**
 * The archive's one name finder over its entity entries, built once per list
 * of entries (the same array gives the same finder): the entity pages'
 * mentions and marks, where an article names an entity outside its text,
 * and the names a topic's description holds all read names with it.
 */
export function entryNames(entries: readonly EntityEntryNames[]): TextNames {
  let finder = finders.get(entries);
  if (!finder) {
    finder = new TextNames(
      entries.map((entry) => ({ id: entry.id, kind: entry.data.kind, names: [entry.data.name, ...entry.data.aliases] })),
    );
    finders.set(entries, finder);
  }
  return finder;
}
