/**
 * The shapes of page furniture that only a text capture needs told by its
 * words (a saved page says them in its markup): markup copied as text,
 * comment prompts and threads, captions with a photo credit, promotional
 * blurbs, related-story teasers, and datelines or furniture words glued to
 * the start of a paragraph. The words are each language's (languages/:
 * en, es, fr, de, tr, ar, and headings in ja, zh, th); each pattern gives
 * the reason the review shows.
 */
import { eitherCaseFirst, everyLanguage, furniture } from './languages/patterns.ts';

/** Letters of scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar). */
const NO_SPACE_LETTER =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Letters of the Thai and Lao scripts, whose words are longer and whose sentences end without a mark. */
const NO_MARK_LETTER = /[\p{Script=Thai}\p{Script=Lao}]/u;

/**
 * The number of words in a line. A run of a script written without spaces
 * counts as its letters divided by a typical word length (two for Chinese
 * and Japanese, four for Thai and Lao), so a Japanese paragraph is many
 * words, not one.
 */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (!/[\p{L}\p{N}]/u.test(token)) continue;
    const letters = [...token].filter((character) => NO_SPACE_LETTER.test(character));
    if (letters.length === 0) count += 1;
    else count += Math.max(1, Math.round(letters.length / (NO_MARK_LETTER.test(letters[0]!) ? 4 : 2)));
  }
  return count;
}

/** True when a line is mostly Thai or Lao, scripts that end a sentence with a space or a line break rather than a mark. */
export function inScriptWithoutSentenceMarks(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.filter((letter) => NO_MARK_LETTER.test(letter)).length / letters.length > 0.5;
}

/** HTML, CSS, JSON or script copied as text: never the headline, never the article. */
const MARKUP =
  /^<\/?[a-z!][^>]*>|<\/[a-z][\w-]*>|^[{[]\s*"|^(?:var|let|const|function)\s|\bfunction\s*\(|^[.#]?[a-z][\w-]*(?:\s*[.#>,:]\s*[\w-]+)*\s*\{[^}]*:|^@(?:media|import|font-face)\b|&(?:lt|gt|quot|amp);|\bwindow\.\w|\bdocument\.\w+\(/iu;

/** A prompt to comment, with or without a count: "Have your say: 48 comments", "Réagissez", "أضف تعليقك". */
const COMMENT_PROMPT = new RegExp(
  furniture((words) => words.commentPrompts),
  'iu',
);

/** A heading that opens the readers' comments; every line after it is the thread. */
const THREAD_HEADING = new RegExp(`^(?:\\d+\\s+)?${furniture((words) => words.threadHeadings)}(?:\\s*\\(\\d+\\))?\\s*:?$`, 'iu');

/** A heading that opens a box of other stories: "Related stories", "Most read", "Mehr zum Thema", "İlgili Haberler", "أخبار ذات صلة", "関連記事". */
const TEASER_HEADING = new RegExp(`^${furniture((words) => words.teaserHeadings)}\\s*:?$`, 'iu');

/** The credit words of a caption in brackets, each matching a capital or a small first letter: "[Pp]hoto". */
const CREDIT_WORDS = everyLanguage((language) => language.furniture.creditWords).map(eitherCaseFirst);

/**
 * A photo or video caption: a line ending in a credit with a person's name
 * ("[Omar Sample/AFP]", "(Foto: Eva Beispiel/dpa)", "(صورة: سلمى مثال/أ ف ب)"),
 * one that says it is a photo or video ("Photo: …", "Vidéo : …"), or one
 * ending in a video's running time ("(1:02)").
 */
const CAPTION = [
  // Case matters here: the credit names a person, in capitals.
  new RegExp(
    `[([]\\s*(?:(?:${CREDIT_WORDS.join('|')})\\s*:\\s*)?[\\p{Lu}\\p{Lo}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}\\p{Lo}][\\p{L}'’.-]*)+\\s*\\/\\s*\\p{L}[\\p{L} .&]{0,30}[)\\]]\\s*$`,
    'u',
  ),
  new RegExp(
    `^${furniture((words) => words.captionOpeners)}\\s*:|[([]\\s*${furniture((words) => words.captionBracketWords)}\\s*:[^()[\\]]{1,60}[)\\]]\\s*$|[([]\\d{1,2}:\\d{2}[)\\]]\\s*$`,
    'iu',
  ),
];

/**
 * A promotional blurb: newsletters, apps, memberships, in every language.
 * Only phrases a news sentence does not use: "donate", "sponsored",
 * "boletín" or Arabic "اشترك" (also "took part") alone are not enough.
 */
const PROMOTION = new RegExp(
  furniture((words) => words.promotion),
  'iu',
);

/** A pointer to the rest of the page: "Continue reading the main story", "Lire la suite", "Haberin devamı". */
const POINTER = new RegExp(
  furniture((words) => words.pointers),
  'iu',
);

/** The reason of a line that a text capture sets aside by its words alone, or null (checked before the shared furniture patterns). */
export function textOnlyReason(text: string): string | null {
  if (MARKUP.test(text)) return 'markup or code copied as text';
  if (THREAD_HEADING.test(text) || (COMMENT_PROMPT.test(text) && wordCount(text) <= 12)) return 'a comment prompt';
  if (CAPTION.some((pattern) => pattern.test(text)) && wordCount(text) <= 40) return 'a caption (a photo credit, or “photo:”/“video:”)';
  if (PROMOTION.test(text) && wordCount(text) <= 25) return 'a promotional blurb';
  if (POINTER.test(text)) return 'a pointer to another page';
  return null;
}

/** The block a heading opens below the article, or null: after it, lines that are not article text belong to it. */
export function blockOpened(text: string): 'a comment thread' | 'related-story teasers' | null {
  if (THREAD_HEADING.test(text)) return 'a comment thread';
  if (TEASER_HEADING.test(text)) return 'related-story teasers';
  return null;
}

/** The attribution line under an embedded post: "— Name (@handle) 13 October 2019". */
export const POST_ATTRIBUTION = /^[—–-]\s*[^@]{1,60}\(@\w{1,30}\)/u;

/**
 * An agency dateline at a paragraph's start: a place, maybe with a date or
 * country after a comma, then the agency in brackets and a dash
 * ("QAMISHLI, Syria (Example Agency) — ", "بيروت، 14 أكتوبر (وكالة المثال) - ",
 * "ŞANLIURFA (Örnek Ajans) - "); or a place in capitals, a comma, a date and
 * a dash ("QAMISHLO, 18 October 2019 — ").
 */
const DATELINE_AT_START = [
  /^[\p{Lu}\p{Lo}][\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3}(?:[,،]\s*[^()–—\n]{1,30}?)?\s*\(\s*[\p{Lu}\p{Lo}][^()]{0,39}\)\s*[-–—]+\s*/u,
  /^\p{Lu}{3,}(?:[\s-]+\p{Lu}{2,}){0,2}[,،]\s+[^–—]{1,30}?\s[-–—]+\s+/u,
];

/** Furniture words that a copy glues to the paragraph after them: "SUBSCRIBE", "ABONE OL", "ANZEIGE", written in capitals. */
const GLUED_WORD = new RegExp(`^${furniture((words) => words.gluedWords)}(?=\\p{Lu}\\p{Ll}|\\s+\\p{Lu})`, 'u');

/** The furniture at a paragraph's start, split from the text after it. */
export interface LeadingFurniture {
  /** The furniture, as the capture has it (white space at its end taken off). */
  prefix: string;
  /** The paragraph after it. */
  rest: string;
  /** Why the prefix is set aside. */
  reason: string;
}

/**
 * The dateline or glued furniture word at the start of a line, or null. The
 * caller splits only when the rest reads as article text, so the body keeps
 * the paragraph and the dateline's city makes no entity.
 */
export function leadingFurniture(text: string): LeadingFurniture | null {
  const glued = GLUED_WORD.exec(text);
  if (glued) return { prefix: glued[0], rest: text.slice(glued[0].length).trim(), reason: 'a furniture word glued to the text' };
  for (const pattern of DATELINE_AT_START) {
    const match = pattern.exec(text);
    if (match && match[0].length <= 80 && /[\d٠-٩(]/u.test(match[0]))
      return { prefix: match[0].trim(), rest: text.slice(match[0].length).trim(), reason: 'a dateline at the start of a paragraph' };
  }
  return null;
}
