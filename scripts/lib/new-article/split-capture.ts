/**
 * Splits a raw page capture into the article's paragraphs, its headline and
 * page furniture (menus, section labels, share and sign-up lines, cookie
 * notices, related links, tag lists), line by line. The split is a proposal:
 * the review list shows it, and the archivist moves any line that landed on
 * the wrong side. Lines are never changed, only sorted.
 */
import { captureLines, type CaptureLine } from '../../../src/lib/content/capture-check.ts';
import { dateInText } from './dates.ts';

/** Where a capture line goes in the draft. */
type LineKind = 'body' | 'headline' | 'furniture';

/** One capture line with where it goes and why. */
export interface SortedLine extends CaptureLine {
  /** Body paragraph, the publisher's headline, or furniture (listed in `capture.furniture`). */
  kind: LineKind;
  /** Why it was put there, in a few words, for the review list. */
  reason: string;
}

/** Patterns of lines that are page furniture whatever their length, with the reason shown. */
const FURNITURE: readonly { pattern: RegExp; reason: string }[] = [
  // "News › World › Middle East", "Inicio > Internacional": a trail of section names.
  { pattern: /^[^.!?]{1,40}(?:\s[›»>/]\s[^.!?]{1,40})+$/u, reason: 'a breadcrumb' },
  // An embedded post: its link, or the attribution line under it ("— Name (@handle) 13 October 2019").
  { pattern: /pic\.twitter\.com\/|(?:^|\s)https?:\/\/t\.co\/|^[—–-]\s*[^@]{1,60}\(@\w{1,30}\)/u, reason: 'an embedded social-media post' },
  { pattern: /^[•·▪◦‣∙*›»>|–—-]\s*\S/u, reason: 'a list item (related links or tags)' },
  { pattern: /cookie/iu, reason: 'a cookie notice' },
  { pattern: /\S\s+[|·•/]\s+\S.*\s[|·•/]\s+\S/u, reason: 'a menu' },
  { pattern: /©|\ball rights reserved\b|\btodos los derechos\b|\btous droits\b|جميع الحقوق/iu, reason: 'a copyright line' },
  {
    pattern:
      /\b(sign up|sign in|log in|subscribe|newsletter|follow us|share (this|on)|share$|print this|advertisement|skip to|back to top|read more|know more|more information|related (articles|stories|news|links)|trust project)\b/iu,
    reason: 'a share, sign-up or navigation line',
  },
  {
    pattern:
      /\b(suscr[ií]b|compart[ei]r|publicidad|más información|saber más|lee también|noticias relacionadas|abonnez|partager|publicité|en savoir plus|lire aussi|à lire aussi|teilen|abonnieren|mehr erfahren|delen|lees ook|meer informatie)\b/iu,
    reason: 'a share, sign-up or navigation line',
  },
  {
    pattern: /(?:^|\s)(?:شارك|مشاركة|اشترك|تابعونا|اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة|إعلان)(?:\s|$|:)/u,
    reason: 'a share, sign-up or navigation line',
  },
  {
    pattern: /\b(read|see|view) (the )?(full|whole|original|complete) (article|story|report|interview)\b/iu,
    reason: 'a pointer to another page',
  },
  { pattern: /^(?:[a-z]{2}(?:\s+|\s*[|/]\s*|$))+$/u, reason: 'a language switcher' },
];

/** A byline: "By Jane Roe", "Por Ana Gil", "Par Luc Martin", "Von Eva Kurz", "بقلم: سلمى حداد", maybe with a role or place after a comma or bar. */
const BYLINE = /^(?:by|por|par|von|di|door|bij|بقلم|كتب|إعداد)\s*:?\s+\S/iu;

/** Words that mark a dateline's publication or update stamp, in the languages of the sources. */
const STAMP_WORDS =
  /\b(?:published|updated|posted|last modified|publicado|actualizado|publié|mis à jour|modifié|veröffentlicht|aktualisiert|stand|gepubliceerd|bijgewerkt|pubblicato|aggiornato|atualizado)\b|(?:^|\s)(?:نشر|تاريخ النشر|آخر تحديث|تحديث)(?:\s|:|$)/iu;

/** A time of day or a numeric date: "13:39", "14.10.2019", "14/10/2019", "١٣:٣٩". */
const TIME_OR_NUMERIC_DATE =
  /(?<![\p{N}])[\d٠-٩]{1,2}[:h][\d٠-٩]{2}(?![\p{N}])|(?<![\p{N}])[\d٠-٩]{1,2}[./-][\d٠-٩]{1,2}[./-][\d٠-٩]{2,4}(?![\p{N}])/u;

/** A line that ends a sentence: a full stop, question or exclamation mark or ellipsis, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?…:;؟。](?:["”’'»)\]]|\s)*$/u;

/** An agency or author credit closing a paragraph: "(AFP)", "(APA/AFP/Reuters)", "(dpa)", "— Reuters". */
const CLOSING_CREDIT =
  /\s*(?:[([]\s*\p{L}[\p{L}.&]{0,15}(?:\s*[/,;]\s*\p{L}[\p{L}.&]{0,15}){0,5}\s*[)\]]|[—–-]\s*\p{Lu}[\p{L}.]{1,15}(?:\s*[/,]\s*\p{Lu}[\p{L}.]{1,15}){0,5})\s*$/u;

/** The number of words in a line. */
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The line without a closing agency credit, so "…said on Sunday. (AFP)" ends a sentence. */
export const withoutCredit = (text: string) => text.replace(CLOSING_CREDIT, '');

/** True when a line ends a sentence, a closing agency credit aside. */
const endsSentence = (text: string) => SENTENCE_END.test(text) || SENTENCE_END.test(withoutCredit(text));

/** A dateline or time stamp standing alone: a date or time, or a "published/updated" word, in a line that is not a sentence of the text. */
function datelineReason(text: string): string | null {
  const words = wordCount(text);
  if (words > 30) return null;
  const stamp = STAMP_WORDS.test(text) && /[\d٠-٩]/u.test(text);
  // A sentence of six words or more that mentions a date is article text, unless it says "published" or "updated".
  if (endsSentence(text) && words >= 6 && !(stamp && words <= 12)) return null;
  if (dateInText(text) || TIME_OR_NUMERIC_DATE.test(text) || stamp) return 'a dateline or time stamp';
  return null;
}

/** The furniture reason of a line, or null when no furniture pattern fits it (also read by the saved-page rules for lines that are not sentences). */
export function furnitureReason(text: string): string | null {
  const pattern = FURNITURE.find(({ pattern }) => pattern.test(text))?.reason;
  if (pattern) return pattern;
  if (BYLINE.test(text) && wordCount(text) <= 12 && !endsSentence(text)) return 'a byline';
  return datelineReason(text);
}

/** A line that reads as article text: whole sentences, not a menu entry or a related headline. */
function readsAsText(text: string): boolean {
  return endsSentence(text) && wordCount(text) >= 6;
}

/**
 * A paragraph of prose without a sentence end: long enough that it is not a
 * heading, so a capture cut off mid-sentence keeps its last paragraph.
 */
function readsAsCutOffProse(text: string): boolean {
  return wordCount(text) >= 12 && /[\p{Ll}\p{Lo}\p{N},]\s*$/u.test(text);
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
 * - lines matching a furniture pattern (cookie notices, share lines, list
 *   items, breadcrumbs, bylines, datelines, embedded posts…) are furniture;
 * - the article's text runs from the first to the last line that reads as
 *   sentences (ends a sentence, a closing agency credit aside, six words or
 *   more); inside that run, every sentence-ending line is text, and short
 *   lines without one are furniture; a long line of prose right after the
 *   run is text cut off mid-sentence, and stays text;
 * - above the text, the first line that looks like a headline is the
 *   headline (unless --headline named another); a long line of prose between
 *   it and the text is the standfirst, and is text; the rest is furniture,
 *   as is everything below the text.
 */
export function splitCapture(captureText: string, options: SplitOptions = {}): SortedLine[] {
  const lines = captureLines(captureText);
  const reasons = lines.map((line) => furnitureReason(line.text));
  const textual = lines.map((line, index) => reasons[index] === null && readsAsText(line.text));
  const first = textual.indexOf(true);
  let last = textual.lastIndexOf(true);
  // A capture cut off mid-sentence: its last paragraph has no sentence end, but is prose.
  if (last >= 0 && last + 1 < lines.length && reasons[last + 1] === null && readsAsCutOffProse(lines[last + 1]!.text)) last += 1;
  const given = options.headline?.replace(/\s+/g, ' ').trim();
  const headlineIndex = given
    ? lines.findIndex((line) => line.text === given)
    : lines.findIndex((line, index) => (first < 0 || index < first) && reasons[index] === null && looksLikeHeadline(line.text));

  return lines.map((line, index): SortedLine => {
    if (index === headlineIndex) return { ...line, kind: 'headline', reason: given ? 'the headline given' : 'looks like the headline' };
    const reason = reasons[index];
    if (reason) return { ...line, kind: 'furniture', reason };
    if (first >= 0 && index >= first && index <= last) {
      if (endsSentence(line.text)) return { ...line, kind: 'body', reason: 'article text' };
      if (index === last && readsAsCutOffProse(line.text)) return { ...line, kind: 'body', reason: 'article text cut off mid-sentence' };
      return { ...line, kind: 'furniture', reason: 'a short line without a sentence inside the text' };
    }
    // The standfirst: prose between the headline and the text.
    if (
      headlineIndex >= 0 &&
      index > headlineIndex &&
      index < first &&
      wordCount(line.text) >= 10 &&
      lines.slice(index + 1, first).every((_, offset) => reasons[index + 1 + offset] !== null)
    ) {
      return { ...line, kind: 'body', reason: 'the standfirst (prose between the headline and the text)' };
    }
    return { ...line, kind: 'furniture', reason: index < first || first < 0 ? 'above the article text' : 'below the article text' };
  });
}

/** True when a furniture line reads like prose (a sentence of six words or more), so its names and numbers are reviewed too. */
export function readsLikeProse(text: string): boolean {
  return readsAsText(text) || readsAsCutOffProse(text);
}
