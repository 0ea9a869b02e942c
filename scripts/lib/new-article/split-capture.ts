/**
 * Splits a raw page capture into the article's paragraphs, its headline and
 * page furniture (menus, section labels, share and sign-up lines, cookie
 * notices, related links, tag lists), line by line. The split is a proposal:
 * the review list shows it, and the archivist moves any line that landed on
 * the wrong side. Lines are never changed, only sorted.
 */
import { captureLines, type CaptureLine } from '../../../src/lib/content/capture-check.ts';
import { dateInText } from './dates.ts';
import {
  blockOpened,
  inScriptWithoutSentenceMarks,
  leadingFurniture,
  POST_ATTRIBUTION,
  textOnlyReason,
  wordCount,
  type LeadingFurniture,
} from './text-furniture.ts';
import { furniture } from './languages/patterns.ts';

/** Where a capture line goes in the draft. */
type LineKind = 'body' | 'headline' | 'furniture';

/** One capture line with where it goes and why. */
export interface SortedLine extends CaptureLine {
  /** Body paragraph, the publisher's headline, or furniture (listed in `capture.furniture`). */
  kind: LineKind;
  /** Why it was put there, in a few words, for the review list. */
  reason: string;
}

/** The reason of a bulleted line: furniture, unless a line ending in a colon opens the list inside the text. */
const LIST_ITEM = 'a list item (related links or tags)';

/**
 * Where a furniture pattern applies: to any line; only to a line that is not
 * a sentence of six words or more, or starts with the words ("Read more: …"),
 * since "more information", "teilen" or "publicidad" also occur in article
 * sentences; or only to a line of four words or fewer (Arabic "شارك" is
 * "share" and "took part", "إعلان" "advertisement" and "announcement").
 */
type Scope = 'any line' | 'not inside a sentence' | 'a short line';

/** The reason of a share, sign-up or navigation line. */
const SHARE_LINE = 'a share, sign-up or navigation line';

/** Patterns of lines that are page furniture, with the reason shown and where each applies (the words are each language's, in languages/). */
const FURNITURE: readonly { pattern: RegExp; reason: string; scope: Scope }[] = [
  // "News › World › Middle East", "Inicio > Internacional": a trail of section names.
  { pattern: /^[^.!?]{1,40}(?:\s[›»>/]\s[^.!?]{1,40})+$/u, reason: 'a breadcrumb', scope: 'any line' },
  // An embedded post: its link, or the attribution line under it ("— Name (@handle) 13 October 2019").
  {
    pattern: /pic\.twitter\.com\/|(?:^|\s)https?:\/\/t\.co\/|^[—–-]\s*[^@]{1,60}\(@\w{1,30}\)/u,
    reason: 'an embedded social-media post',
    scope: 'any line',
  },
  { pattern: /^[•·▪◦‣∙*›»>|–—-]\s*\S/u, reason: LIST_ITEM, scope: 'any line' },
  { pattern: /cookie/iu, reason: 'a cookie notice', scope: 'any line' },
  { pattern: /\S\s+[|·•/]\s+\S.*\s[|·•/]\s+\S/u, reason: 'a menu', scope: 'any line' },
  // "©" and the cookie notice above are no one language's words.
  { pattern: new RegExp(`©|${furniture((words) => words.copyright)}`, 'iu'), reason: 'a copyright line', scope: 'any line' },
  {
    pattern: new RegExp(
      furniture((words) => words.shareLines),
      'iu',
    ),
    reason: SHARE_LINE,
    scope: 'not inside a sentence',
  },
  {
    pattern: new RegExp(
      furniture((words) => words.shareLinesAnywhere),
      'iu',
    ),
    reason: SHARE_LINE,
    scope: 'any line',
  },
  {
    pattern: new RegExp(
      furniture((words) => words.shareWordsShortLine),
      'iu',
    ),
    reason: SHARE_LINE,
    scope: 'a short line',
  },
  {
    pattern: new RegExp(
      furniture((words) => words.pointersOutsideSentence),
      'iu',
    ),
    reason: 'a pointer to another page',
    scope: 'not inside a sentence',
  },
  { pattern: /^(?:[a-z]{2}(?:\s+|\s*[|/]\s*|$))+$/u, reason: 'a language switcher', scope: 'any line' },
];

/** True when a furniture pattern applies to the line, by its scope. */
function applies({ pattern, scope }: (typeof FURNITURE)[number], text: string): boolean {
  const match = pattern.exec(text);
  if (!match) return false;
  if (scope === 'a short line') return wordCount(text) <= 4;
  return scope === 'any line' || match.index === 0 || !readsAsText(text);
}

/** A byline: "By Jane Roe", "Por Ana Gil", "Par Luc Martin", "Von Eva Kurz", "بقلم: سلمى حداد", maybe with a role or place after a comma or bar. */
const BYLINE = new RegExp(`^${furniture((words) => words.bylines)}\\s*:?\\s+\\S`, 'iu');

/** Words that mark a dateline's publication or update stamp, in every language. */
const STAMP_WORDS = new RegExp(
  furniture((words) => words.stampWords),
  'iu',
);

/** A time of day or a numeric date: "13:39", "14.10.2019", "14/10/2019", "١٣:٣٩". */
const TIME_OR_NUMERIC_DATE =
  /(?<![\p{N}])[\d٠-٩]{1,2}[:h][\d٠-٩]{2}(?![\p{N}])|(?<![\p{N}])[\d٠-٩]{1,2}[./-][\d٠-٩]{1,2}[./-][\d٠-٩]{2,4}(?![\p{N}])/u;

/** A line that ends a sentence: a full stop, question or exclamation mark or ellipsis, maybe inside quotes or brackets. */
const SENTENCE_END = /[.!?…:;؟。！？：；](?:["”’'»)\]]|\s)*$/u;

/** An agency or author credit closing a paragraph: "(AFP)", "(APA/AFP/Reuters)", "(dpa)", "— Reuters". */
const CLOSING_CREDIT =
  /\s*(?:[([]\s*\p{L}[\p{L}.&]{0,15}(?:\s*[/,;]\s*\p{L}[\p{L}.&]{0,15}){0,5}\s*[)\]]|[—–-]\s*\p{Lu}[\p{L}.]{1,15}(?:\s*[/,]\s*\p{Lu}[\p{L}.]{1,15}){0,5})\s*$/u;

/** The line without a closing agency credit, so "…said on Sunday. (AFP)" ends a sentence. */
export const withoutCredit = (text: string) => text.replace(CLOSING_CREDIT, '');

/** True when a line ends a sentence, a closing agency credit aside; in Thai or Lao, which mark no sentence end, a line of six words or more. */
const endsSentence = (text: string) =>
  SENTENCE_END.test(text) || SENTENCE_END.test(withoutCredit(text)) || (inScriptWithoutSentenceMarks(text) && wordCount(text) >= 6);

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
  const pattern = FURNITURE.find((entry) => applies(entry, text))?.reason;
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

/** A capture line while it is sorted: its text with any dateline or glued word split off, and its furniture reason so far. */
interface Unit {
  /** The capture line as captured. */
  line: CaptureLine;
  /** The text that is sorted: the line, or what follows a dateline or glued word at its start. */
  text: string;
  /** The dateline or glued furniture word split off the line's start, when what follows reads as article text. */
  lead: LeadingFurniture | null;
  /** Why the text is furniture, or null while nothing says it is. */
  reason: string | null;
}

/** The capture's lines with a first furniture reason each; a dateline or glued word is split off a line whose rest is article text. */
function unitsOf(captureText: string): Unit[] {
  return captureLines(captureText).map((line) => {
    const found = leadingFurniture(line.text);
    const lead = found && readsAsText(found.rest) ? found : null;
    const text = lead ? lead.rest : line.text;
    return { line, text, lead, reason: textOnlyReason(text) ?? furnitureReason(text) };
  });
}

/** The text of an embedded post: the line just above its attribution ("— Name (@handle) date"), which a copy keeps without its link. */
function markEmbeddedPosts(units: Unit[]): void {
  units.forEach((unit, index) => {
    const above = units[index - 1];
    if (above && above.reason === null && POST_ATTRIBUTION.test(unit.text)) above.reason = 'an embedded social-media post';
  });
}

/**
 * Below the first line of article text, a heading of comments or of other
 * stories opens a block, and its lines that nothing else sets aside take
 * the block's reason. A teaser box ends where article text resumes; a
 * comment thread runs to the end, as its comments are sentences too.
 */
function markBlocks(units: Unit[], first: number): void {
  let block: string | null = null;
  let heading = '';
  for (let index = first + 1; first >= 0 && index < units.length; index++) {
    const unit = units[index]!;
    const opened = blockOpened(unit.text);
    if (opened) {
      [block, heading, unit.reason] = [opened, unit.text, `${opened} (its heading)`];
    } else if (block === 'related-story teasers' && unit.reason === null && readsAsText(unit.text)) {
      block = null;
    } else if (block && (unit.reason === null || unit.reason === LIST_ITEM || unit.reason === 'a comment prompt')) {
      unit.reason = `${block} (below “${heading}”)`;
    }
  }
}

/** A line shaped like an item of a list or a row of a table: a bullet or number in front, or a short line with a figure in it. */
function listShaped(unit: Unit): boolean {
  if (unit.reason === LIST_ITEM) return true;
  return unit.reason === null && (/^\d{1,3}[.)]\s/u.test(unit.text) || (/\p{N}/u.test(unit.text) && wordCount(unit.text) <= 15));
}

/**
 * Why each unit is article text, or null: inside the run of text, every
 * sentence, and short lines of two words or more (subheadings, table
 * rows), and list items after a line ending in a colon; below it, short
 * sentences and such a list, until a line that is neither.
 */
function bodyReasons(units: Unit[], first: number, last: number): (string | null)[] {
  const reasons: (string | null)[] = units.map(() => null);
  let listOpen = false;
  for (let index = first; first >= 0 && index < units.length; index++) {
    const unit = units[index]!;
    const inside = index <= last;
    let reason: string | null = null;
    if (listOpen && listShaped(unit)) reason = 'a list item or table row of the text';
    else if (unit.reason !== null) reason = null;
    else if (endsSentence(unit.text) && (inside || wordCount(unit.text) >= 2))
      reason = inside ? 'article text' : 'article text (a short sentence)';
    else if (readsAsCutOffProse(unit.text) && index >= last) reason = 'article text cut off mid-sentence';
    else if (inside && wordCount(unit.text) >= 2) reason = 'article text (a subheading, list item or table row)';
    if (reason === null && !inside) break;
    reasons[index] = reason;
    if (reason === 'article text cut off mid-sentence') break;
    listOpen = reason !== null && (/[:：]\s*$/u.test(unit.text) || (listOpen && reason.startsWith('a list item')));
  }
  return reasons;
}

/** The headline's index: the line --headline names, else the first line above the text that looks like one, else (Thai, which marks no sentence end) a first text line followed by more text. */
function findHeadline(units: Unit[], textual: boolean[], first: number, given: string | undefined): number {
  if (given) return units.findIndex((unit) => unit.line.text === given);
  const above = units.findIndex(
    (unit, index) => (first < 0 || index < first) && unit.reason === null && !unit.lead && looksLikeHeadline(unit.text),
  );
  if (above >= 0 || first < 0) return above;
  const unit = units[first]!;
  return !SENTENCE_END.test(unit.text) && !unit.lead && looksLikeHeadline(unit.text) && textual[first + 1] ? first : -1;
}

/**
 * Sorts every line of a capture into body, headline or furniture:
 * - lines matching a furniture pattern (cookie notices, share lines, list
 *   items, breadcrumbs, bylines, datelines, captions with a credit, comment
 *   prompts, promotional blurbs, markup…) are furniture, as is the text of
 *   an embedded post and everything under a heading of comments or other
 *   stories (a teaser box ends where article text resumes);
 * - a dateline or a furniture word glued to a paragraph's start is split
 *   off: two entries with the same line number, furniture then body;
 * - the article's text runs from the first to the last line that reads as
 *   sentences (ends a sentence, a closing agency credit aside, six words or
 *   more); inside that run, sentences, subheadings and table rows are text;
 *   after it, short sentences and a list opened by a colon stay text, and a
 *   long line of prose cut off mid-sentence too;
 * - above the text, the first line that looks like a headline is the
 *   headline (unless --headline named another); a long line of prose between
 *   it and the text is the standfirst, and is text; the rest is furniture,
 *   as is everything below the text.
 */
export function splitCapture(captureText: string, options: SplitOptions = {}): SortedLine[] {
  const units = unitsOf(captureText);
  markEmbeddedPosts(units);
  markBlocks(
    units,
    units.findIndex((unit) => unit.reason === null && readsAsText(unit.text)),
  );
  const textual = units.map((unit) => unit.reason === null && readsAsText(unit.text));
  const given = options.headline?.replace(/\s+/g, ' ').trim();
  let first = textual.indexOf(true);
  const headlineIndex = findHeadline(units, textual, first, given);
  if (headlineIndex === first && first >= 0) first = textual.indexOf(true, first + 1);
  const last = textual.lastIndexOf(true);
  const body = bodyReasons(units, first, last);
  const lastBody = body.findLastIndex((reason) => reason !== null);

  return units.flatMap((unit, index): SortedLine[] => {
    const { line } = unit;
    if (index === headlineIndex) return [{ ...line, kind: 'headline', reason: given ? 'the headline given' : 'looks like the headline' }];
    const reason = body[index];
    if (reason) {
      const text: SortedLine = { ...line, text: unit.text, kind: 'body', reason };
      return unit.lead ? [{ ...line, text: unit.lead.prefix, kind: 'furniture', reason: unit.lead.reason }, text] : [text];
    }
    if (isStandfirst(units, index, headlineIndex, first))
      return [{ ...line, kind: 'body', reason: 'the standfirst (prose between the headline and the text)' }];
    const why =
      unit.reason ??
      (first < 0 || index < first
        ? 'above the article text'
        : index < lastBody
          ? 'a short line without a sentence inside the text'
          : 'below the article text');
    return [{ ...line, kind: 'furniture', reason: why }];
  });
}

/** The standfirst: prose of eight words or more between the headline and the text, with only furniture (a byline, a time stamp, a caption) or short lines after it. */
function isStandfirst(units: Unit[], index: number, headline: number, first: number): boolean {
  const unit = units[index]!;
  return (
    headline >= 0 &&
    index > headline &&
    index < first &&
    unit.reason === null &&
    !unit.lead &&
    // Eight words: a Turkish or German standfirst says in eight what English says in ten.
    wordCount(unit.text) >= 8 &&
    // Between it and the text: furniture, or short lines without a sentence (a byline without "By": a name, then a role).
    units.slice(index + 1, first).every((other) => other.reason !== null || (wordCount(other.text) <= 4 && !endsSentence(other.text)))
  );
}

/** True when a furniture line reads like prose (a sentence of six words or more), so its names and numbers are reviewed too. */
export function readsLikeProse(text: string): boolean {
  return readsAsText(text) || readsAsCutOffProse(text);
}
