/**
 * The shape of one language's data for `new-article`: every word the
 * drafting code reads in that language, by kind. One module per language in
 * this folder exports one {@link LanguageData}; `index.ts` lists them. The
 * drafting modules (dates, numbers, names, language, split-capture,
 * text-furniture) hold no word of any language: they read these lists,
 * through `patterns.ts`, which builds the regular expressions in one place.
 */
import type * as chrono from 'chrono-node';

/**
 * One entry of a word list: a word or phrase matched literally (case-folded
 * where the list's pattern is), or a RegExp, of which only the source is
 * used, for a shape a plain phrase cannot say ("12 comments", "comments
 * (12)") or for a language whose word edges differ (Arabic letters are no
 * `\b` word characters). Its flags are ignored: the pattern that joins the
 * list gives them (write `u` where the literal needs it, for `\p{L}`).
 */
export type Phrase = string | RegExp;

/** What a relative date means: a day offset, a weekday before/on/after, or the week, month or year before/of. */
export type DateMeaning =
  | { days: number }
  | { weekday: number; direction: 'before' | 'on-or-before' | 'after' }
  | { period: 'week' | 'month' | 'year'; offset: 0 | -1 };

/** One pattern of relative dates ("last Sunday") and what a match of it means, or null when the match is not one after all. */
export interface RelativeDateRule {
  /** A global pattern: every match in a paragraph is read. */
  pattern: RegExp;
  /** What the match means, or null. */
  meaning: (match: RegExpExecArray) => DateMeaning | null;
}

/** The kinds of thing a number can count, in the order the review names them. */
export const COUNTED_KINDS = [
  'people',
  'escaped',
  'held',
  'fighters',
  'women',
  'children',
  'distance',
  'displaced',
  'casualties',
  'vehicles',
  'countries',
] as const;

/** One kind of thing counted. */
export type CountedKind = (typeof COUNTED_KINDS)[number];

/** Words around a number that say it is no count of people or things (an age, a time, a share, money). */
interface NumberContext {
  /** After a number and maybe a space, an age: "ans", "años", "Jahre alt", "عاما". */
  ageAfter: readonly Phrase[];
  /** Joined to a number, an age: "-year-old". */
  ageJoined: readonly Phrase[];
  /** Before a number, an age: "aged", "âgé de", "im Alter von". */
  ageBefore: readonly Phrase[];
  /** After a number, a time of day: "a.m.", "Uhr", "heures". */
  timeAfter: readonly Phrase[];
  /** Before a number written "11.00", a time of day: "at", "um", "saat". */
  dotTimeBefore: readonly Phrase[];
  /** After a number written "11.00", a time of day: "hours", "GMT", "Uhr". */
  dotTimeAfter: readonly Phrase[];
  /** After a number, a length of time: "hours", "días", "hafta". */
  durationAfter: readonly Phrase[];
  /** After a number, a share: "per cent", "por ciento". */
  percentAfter: readonly Phrase[];
  /** Before a number, a share: Turkish "yüzde". */
  percentBefore: readonly Phrase[];
  /** After a number (and maybe a multiplier), money: "dollars", "lira", "دولار". */
  currencyAfter: readonly Phrase[];
  /** Stems (lower case, search-folded when compared) that say what a number counts, by kind. */
  counted: Readonly<Record<CountedKind, readonly string[]>>;
}

/** Words that help tell names from other capitalised words. */
interface NameWords {
  /** Lower-case words that join the parts of one name: "of", "de", "van", "al". */
  connectors: readonly string[];
  /** Capitalised words dropped from a name's front: sentence openers and titles ("The", "President", "Según"). */
  leading: readonly string[];
  /** Capitalised words that are no name alone: weekdays, months, peoples, compass points. */
  notNamesAlone: readonly string[];
  /** Words (case as written) that mark an organisation's name: "Forces", "Observatorio". */
  organisationWords: readonly string[];
  /** Words just before a name that mark a place: "in", "near", "cerca de". */
  placeBefore: readonly string[];
  /** Words around a name that mark a person's, for the guess of an unknown name's kind: "said", "portavoz". */
  personAround: readonly string[];
  /** Words around a known place's name that make it the end of a person's name instead ("Hassan Qamishlo, said"). */
  speakerWords: readonly string[];
  /** Article prefixes joined by a hyphen to a capitalised name ("al-Hawl", "el-Sisi"), lower case. */
  hyphenatedArticles: readonly string[];
  /** Articles written apart, in lower case, before a capitalised name ("al Hawl"). */
  spacedArticles: readonly string[];
  /** Elided words glued by an apostrophe to a name ("d'Aïn Issa", "l'État", "dell'Iraq"). */
  elisions: readonly string[];
  /** For a language that capitalises every noun (German): the ordinary nouns of news reports, noun endings, and words before a noun. */
  capitalisedNouns: { nouns: readonly string[]; endings: readonly string[]; determiners: readonly string[] };
}

/** Words of page furniture, the lines around an article that are not its text. */
export interface FurnitureWords {
  /** Copyright lines: "all rights reserved". */
  copyright: readonly Phrase[];
  /** Share, sign-up and navigation words, furniture when the line is not a sentence or starts with them. */
  shareLines: readonly Phrase[];
  /** Share and navigation phrases that are furniture on any line ("اقرأ أيضا"). */
  shareLinesAnywhere: readonly Phrase[];
  /** Share words that are furniture only on a short line, being ordinary words too (Arabic "شارك": "share", "took part"). */
  shareWordsShortLine: readonly Phrase[];
  /** Pointers to another page, when the line is not a sentence ("read the full story"). */
  pointersOutsideSentence: readonly Phrase[];
  /** Pointers to the rest of the page, on any line ("continue reading"). */
  pointers: readonly Phrase[];
  /** Words of a publication or update stamp: "published", "actualizado", "نشر". */
  stampWords: readonly Phrase[];
  /** Prompts to comment: "Have your say", "12 comments". */
  commentPrompts: readonly Phrase[];
  /** Headings that open the readers' comments. */
  threadHeadings: readonly Phrase[];
  /** Headings that open a box of other stories: "Related stories", "Mehr zum Thema". */
  teaserHeadings: readonly Phrase[];
  /** Credit words of a caption's credit in brackets, lower case: "photo", "bild" ("[Photo: Name/Agency]"). */
  creditWords: readonly string[];
  /** Words that open a caption line before a colon: "photo", "vídeo", "izle". */
  captionOpeners: readonly Phrase[];
  /** Credit words inside a closing bracket before a colon: "(foto: …)". */
  captionBracketWords: readonly Phrase[];
  /** Promotional blurbs (newsletters, apps, memberships). */
  promotion: readonly Phrase[];
  /** Furniture words a copy glues, in capitals, to the paragraph after them: "ANZEIGE". */
  gluedWords: readonly Phrase[];
  /** Words of a headline's kicker, never a file name's: "breaking news", "son dakika", "عاجل" (matched one word at a time, diacritics folded). */
  kickerWords: readonly string[];
  /** Links on to the rest of a story, standing where a headline goes: "Continue reading", "Devamını oku" (at the line's start; a RegExp is written diacritics folded). */
  continueLinks: readonly Phrase[];
  /** Words that open a byline: "by", "por", "بقلم". */
  bylines: readonly Phrase[];
}

/** chrono-node's parser for one language. */
interface ChronoParser {
  /** Every date expression of a text, relative to a reference instant. */
  parse: typeof chrono.parse;
}

/** Everything `new-article` knows of one language. */
export interface LanguageData {
  /** The BCP 47 primary language subtag: "en", "ar". */
  tag: string;
  /** Its English name, for messages and docs. */
  name: string;
  /** The ISO 639-3 code franc (language detection) answers with for it, or null when detection does not consider it. */
  franc: string | null;
  /** Frequent short words, lower case, to vote on the language and to leave out of file names. */
  stopWords: readonly string[];
  /** Twelve lists, January first: the month's names and abbreviations, lower case, full name first; or none. */
  months: readonly (readonly string[])[];
  /** Beginnings of month names after a day ("13 oct…", "14 أكتوبر"), lower case. */
  monthStarts: readonly string[];
  /** True when the language writes the month before the day ("October 13"). */
  monthBeforeDay: boolean;
  /** Words between day, month and year in a written date ("16 de octubre de 2019"). */
  dateLinks: readonly string[];
  /** The weekdays, Sunday first, lower case; or none. */
  weekdays: readonly string[];
  /** chrono-node's parser for the language, which finds the relative dates its rules do not list ("domingo", "ontem"); null where chrono-node has none. */
  chrono: ChronoParser | null;
  /** Relative dates ("yesterday", "last Sunday"), longer phrases first: the first rule matching at a position wins. */
  relativeDates: readonly RelativeDateRule[];
  /** Number words whose value is exact: "three", "cien", "ألف". */
  numberWords: Readonly<Record<string, number>>;
  /** Words that multiply the digits before them: "million", "mil", "bin". */
  multipliers: Readonly<Record<string, number>>;
  /** Words before number words that belong to the amount: "tens of" (thousands), "several" (hundred). */
  amountLeads: readonly Phrase[];
  /** Words that join number words: "and" ("two thousand and five"). */
  numberLinks: readonly string[];
  /** Vague amounts, counting but giving no one number: "hundreds", "miles". */
  vagueQuantities: readonly string[];
  /** The decimal mark of written numbers: "2.5" in English, "2,5" elsewhere. */
  decimalMark: '.' | ',';
  /** Words around a number that say what kind of number it is. */
  numberContext: NumberContext;
  /** Words for finding names. */
  names: NameWords;
  /** Words of page furniture and bylines. */
  furniture: FurnitureWords;
}
