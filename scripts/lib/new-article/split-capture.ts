/**
 * Splits a raw page capture into the article's paragraphs, its headline and
 * page furniture (menus, section labels, share and sign-up lines, cookie
 * notices, related links, tag lists), line by line. The split is a proposal:
 * the review list shows it, and the archivist moves any line that landed on
 * the wrong side. Lines are never changed, only sorted.
 */
import { captureLines, type CaptureLine } from '../../../src/lib/content/capture-check.ts';

/** Where a capture line goes in the draft. */
export type LineKind = 'body' | 'headline' | 'furniture';

/** One capture line with where it goes and why. */
export interface SortedLine extends CaptureLine {
  /** Body paragraph, the publisher's headline, or furniture (listed in `capture.furniture`). */
  kind: LineKind;
  /** Why it was put there, in a few words, for the review list. */
  reason: string;
}

/** Patterns of lines that are page furniture whatever their length, with the reason shown. */
const FURNITURE: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /^[•·▪◦‣∙*›»>|–—-]\s*\S/u, reason: 'a list item (related links or tags)' },
  { pattern: /cookie/iu, reason: 'a cookie notice' },
  { pattern: /\S\s+[|·•/]\s+\S.*\s[|·•/]\s+\S/u, reason: 'a menu' },
  { pattern: /©|\ball rights reserved\b|\btodos los derechos\b|\btous droits\b/iu, reason: 'a copyright line' },
  { pattern: /\b(sign up|sign in|log in|subscribe|newsletter|follow us|share (this|on)|share$|print this|advertisement|skip to|back to top|read more|know more|more information|related (articles|stories|news|links)|trust project)\b/iu, reason: 'a share, sign-up or navigation line' },
  { pattern: /\b(suscr[ií]b|compart[ei]r|publicidad|más información|saber más|lee también|noticias relacionadas|abonnez|partager|publicité|en savoir plus|lire aussi|à lire aussi|teilen|abonnieren|mehr erfahren|delen|lees ook|meer informatie)\b/iu, reason: 'a share, sign-up or navigation line' },
  { pattern: /\b(read|see|view) (the )?(full|whole|original|complete) (article|story|report|interview)\b/iu, reason: 'a pointer to another page' },
  { pattern: /^(?:[a-z]{2}(?:\s+|\s*[|/]\s*|$))+$/u, reason: 'a language switcher' },
];

/** A line that ends a sentence: a full stop, question or exclamation mark or ellipsis, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?…:;](?:["”’'»)\]]|\s)*$/u;

/** The number of words in a line. */
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The furniture reason of a line, or null when no furniture pattern fits it. */
function furnitureReason(text: string): string | null {
  return FURNITURE.find(({ pattern }) => pattern.test(text))?.reason ?? null;
}

/** A line that reads as article text: whole sentences, not a menu entry or a related headline. */
function readsAsText(text: string): boolean {
  return SENTENCE_END.test(text) && wordCount(text) >= 6;
}

/** A line that could be the headline: 4 to 30 words, no full stop at the end. */
function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text);
  return words >= 4 && words <= 30 && !/[.:;,]$/u.test(text);
}

/** Options for {@link splitCapture}. */
export interface SplitOptions {
  /** The headline the archivist gave with --headline; a capture line equal to it is the headline. */
  headline?: string | undefined;
}

/**
 * Sorts every line of a capture into body, headline or furniture:
 * - lines matching a furniture pattern (cookie notices, share lines, list items…) are furniture;
 * - the article's text runs from the first to the last line that reads as
 *   sentences (ends a sentence, six words or more); inside that run, every
 *   sentence-ending line is text, and short lines without one are furniture;
 * - above the text, the first line that looks like a headline is the headline
 *   (unless --headline named another), the rest furniture; below it, furniture.
 */
export function splitCapture(captureText: string, options: SplitOptions = {}): SortedLine[] {
  const lines = captureLines(captureText);
  const textual = lines.map((line) => furnitureReason(line.text) === null && readsAsText(line.text));
  const first = textual.indexOf(true);
  const last = textual.lastIndexOf(true);
  const given = options.headline?.replace(/\s+/g, ' ').trim();
  const headlineIndex = given
    ? lines.findIndex((line) => line.text === given)
    : lines.findIndex((line, index) => (first < 0 || index < first) && furnitureReason(line.text) === null && looksLikeHeadline(line.text));

  return lines.map((line, index): SortedLine => {
    if (index === headlineIndex) return { ...line, kind: 'headline', reason: given ? 'the headline given' : 'looks like the headline' };
    const reason = furnitureReason(line.text);
    if (reason) return { ...line, kind: 'furniture', reason };
    if (first >= 0 && index >= first && index <= last) {
      return SENTENCE_END.test(line.text) ? { ...line, kind: 'body', reason: 'article text' } : { ...line, kind: 'furniture', reason: 'a short line without a sentence inside the text' };
    }
    return { ...line, kind: 'furniture', reason: index < first || first < 0 ? 'above the article text' : 'below the article text' };
  });
}
