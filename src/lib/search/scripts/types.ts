/**
 * What the search code needs to know about a writing system other than
 * Latin, in one shape, so that adding a script to search is writing one
 * table (CONTRIBUTING, "Adding a script to search"). Latin script is the base
 * every text goes through: diacritics (src/lib/search/aliases.ts) and the
 * romanisation rules (src/lib/search/name-fold.ts); a `Script` adds what its
 * own writers spell in more than one way.
 */

/** One spelling variation of a script, and how it is folded. Same shape as the Latin `FoldRule`. */
export interface ScriptFoldRule {
  /** The variation it covers, for readers of the code and of test names. */
  covers: string;
  /** The letters made equal, the folded one last; empty for marks that are removed. */
  forms: readonly string[];
  /** Where in a word the forms count: anywhere, or only at its end. */
  at: 'anywhere' | 'end';
  /**
   * The pattern replaced, with the g flag. It must replace one character by
   * one or by none: rules fold running text while keeping track of where each
   * letter came from (the search page marks names as a text spells them).
   */
  pattern: RegExp;
  /** What it is replaced with. */
  to: string;
}

/** A script the search code folds: every question the folding, the name index, query terms and the search index ask of it. */
export interface Script {
  /** Its English name, as Unicode names it ("Arabic"): for messages, test names and docs. */
  name: string;
  /**
   * The BCP 47 language tag given to text in this script whose language is
   * not known (an entity's alias, a page's folded words), so it is read and
   * drawn with the script's rules and fonts: "ar".
   */
  lang: string;
  /** One character of the script (no g flag: it is tested, not searched): a text holding one is "in" the script. */
  letters: RegExp;
  /** Compatibility forms of the script (presentation forms, ligatures), turned into ordinary letters by NFKC before the rules; null when it has none. */
  compatibilityForms: RegExp | null;
  /** The letter rules, in the order they apply. */
  rules: readonly ScriptFoldRule[];
  /**
   * The definite article when written joined to its word ("ال" in "الرقة"),
   * dropped as "al-" is in Latin script when at least two letters follow,
   * optional when a name is found in text; null for a script without one.
   */
  joinedArticle: string | null;
  /**
   * Words of the script that name a kind of place (camp, village) or are too
   * common in names of people (son of, father of), so that one of them alone
   * never stands for an entity. As written; they are folded on use.
   */
  genericNameWords: readonly string[];
  /**
   * Fewest letters a single word of a person's or place's name, folded, needs
   * to stand for the whole name (Latin script: 4). A script that writes few
   * vowels needs more, as its short words are more often common words.
   */
  wordKeyLength: number;
}
