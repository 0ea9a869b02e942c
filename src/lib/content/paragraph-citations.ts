/**
 * Citations of article paragraphs, as events and figures make them: finding
 * the paragraph a citation names, and checking that it says what is claimed.
 */
import { normaliseWhitespace, type BodyParagraph } from './paragraphs.ts';

/** A reference to one paragraph of one article. */
export interface Citation {
  /** The article id. */
  article: string;
  /** The 1-based paragraph number. */
  paragraph: number;
}

/** Why a citation does not resolve: the field at fault and what is wrong. */
export interface CitationProblem {
  /** "article" when there is no such article, "paragraph" when it has no such paragraph. */
  field: 'article' | 'paragraph';
  /** What is wrong, in plain words. */
  message: string;
}

/** The paragraph a citation names, or why there is none. */
export function citedParagraph(
  paragraphsByArticle: ReadonlyMap<string, readonly BodyParagraph[]>,
  citation: Citation,
): BodyParagraph | CitationProblem {
  const paragraphs = paragraphsByArticle.get(citation.article);
  if (!paragraphs) return { field: 'article', message: `no article "${citation.article}" exists in content/articles/` };
  const paragraph = paragraphs[citation.paragraph - 1];
  if (!paragraph) return { field: 'paragraph', message: `${citation.article} has ${paragraphs.length} paragraphs, not ${citation.paragraph}` };
  return paragraph;
}

/** True when {@link citedParagraph} found no paragraph. */
export function isCitationProblem(result: BodyParagraph | CitationProblem): result is CitationProblem {
  return 'field' in result;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * True when `text` contains `words` exactly (white space aside) as whole
 * words: "860" is not found in "8600", "2,000" is found in "of which 2,000
 * are" but not inside "12,000", and "000" is not found in "12,000" either,
 * since a number's digit groups belong to it.
 */
export function containsAsWritten(text: string, words: string): boolean {
  return findAsWritten(text, words) !== null;
}

/**
 * Where `text` first contains `words` as {@link containsAsWritten} finds
 * them, as [start, end) offsets into `text`, or null when it does not.
 */
export function findAsWritten(text: string, words: string): [number, number] | null {
  const wanted = normaliseWhitespace(words);
  if (wanted === '') return null;
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + wanted.length, at + wanted.length + 2);
    // Only an edge that is itself a letter or digit can run into its neighbour.
    const joinsBefore = WORD_CHARACTER.test(wanted[0]!) && (WORD_CHARACTER.test(before.slice(-1)) || (/^\d/.test(wanted) && /\d[.,]$/.test(before)));
    const joinsAfter = WORD_CHARACTER.test(wanted.at(-1)!) && (WORD_CHARACTER.test(after.slice(0, 1)) || (/\d$/.test(wanted) && /^[.,]\d/.test(after)));
    if (!joinsBefore && !joinsAfter) return [at, at + wanted.length];
  }
  return null;
}
