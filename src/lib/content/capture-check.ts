/**
 * The word-for-word rule between an article and its raw capture: every block
 * of body text (paragraphs, and the text of quotes, lists and tables) is a
 * line of the capture, in the captured order, and every other line of the
 * capture is the publisher's headline or listed in `capture.furniture`. The content tests, `npm run check-content` and
 * `npm run new-article` (which checks its own draft before writing it) all
 * apply this one rule.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { ContentProblem } from './problems.ts';
import { normaliseWhitespace, parseMarkdown, type BodyParagraph } from './paragraphs.ts';
import { withoutControls } from '../core/plain-text.ts';
import { otherTextBlocks, type TextBlock } from './text-blocks.ts';

/** One text unit of a capture: a non-empty line, white space collapsed. */
export interface CaptureLine {
  /** 1-based line number in the capture file. */
  line: number;
  /** The line's text, with white space collapsed as browsers render it. */
  text: string;
}

/**
 * The capture's text units: its non-empty lines, with white space collapsed
 * and control and bidi characters taken out (they are not words, and the
 * copy and its furniture may not hold them).
 */
export function captureLines(text: string): CaptureLine[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: normaliseWhitespace(withoutControls(line)) }))
    .filter((unit) => unit.text !== '');
}

/** What {@link checkCapture} needs of an article. */
export interface CapturedArticle {
  /** The article file, for messages. */
  file: string;
  /** Lines in the file before the body, to turn body lines into file lines. */
  bodyLineOffset: number;
  /** The Markdown body, parsed for its other text blocks when neither they nor its tree are given. */
  body: string;
  /** The body's numbered paragraphs. */
  paragraphs: readonly BodyParagraph[];
  /** The body's text outside the numbered paragraphs (`otherTextBlocks`), when the caller has it already. */
  otherText?: readonly TextBlock[] | undefined;
  /** The body's Markdown tree, when the caller has parsed it already. */
  tree?: Root | undefined;
  /** The front matter this rule reads. */
  data: { headline?: string | undefined; headlineSupplied: boolean; capture: { file: string; furniture: readonly string[] } };
}

/** One unit the rule looks for in the capture: a numbered paragraph or another block of body text. */
interface Unit {
  /** Its text, white space collapsed. */
  text: string;
  /** Its body line. */
  line: number;
  /** How messages name it: "paragraph 3", "the list item". */
  name: string;
  /** True for a list item, whose capture line may start with the list's marker. */
  listItem: boolean;
}

/**
 * A list marker at the start of a captured line ("• ", "- ", "3. "): a
 * browser copies a list item with its bullet or number, which Markdown
 * writes as list syntax, not as text.
 */
const LIST_MARKER = /^(?:[•·◦▪▫‣⁃∙○●■□–—*+-]|\d{1,9}[.)])\s+/u;

/** Shortens a line for a message. */
const excerpt = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/** Every unit of the body in document order: the numbered paragraphs and the blocks in quotes, lists and tables. */
function bodyUnits(article: CapturedArticle): Unit[] {
  const others = article.otherText ?? otherTextBlocks(article.tree ?? parseMarkdown(article.body));
  const units: Unit[] = [
    ...article.paragraphs.map((paragraph) => ({ text: paragraph.text, line: paragraph.line, name: `paragraph ${paragraph.number}`, listItem: false })),
    ...others.map((block) => ({ text: block.text, line: block.line, name: `the ${block.kind}`, listItem: block.kind === 'list item' })),
  ];
  // Stable: blocks never share a line with a paragraph, so line order is document order.
  return units.sort((a, b) => a.line - b.line);
}

/** Positions of each text among the capture's lines, ascending, as written, with a list marker taken off, and after a furniture prefix. */
interface CaptureIndex {
  exact: Map<string, number[]>;
  unmarked: Map<string, number[]>;
  /** What follows a furniture entry that starts a line (a dateline, a glued "SUBSCRIBE"), by its text. */
  afterPrefix: Map<string, number[]>;
  /** The furniture entries that start a line with more text after them. */
  prefixes: Set<string>;
}

/**
 * Indexes the capture's lines by text, so each unit is found without
 * rescanning the capture. A line that starts with a furniture entry (a
 * dateline "CITY, Oct 14 (Agency) –", a "SUBSCRIBE" glued to the text) is
 * also indexed by what follows it, so that text can be a paragraph while
 * the prefix is listed as furniture: no word is added or changed.
 */
function indexCapture(texts: readonly string[], furniture: readonly string[]): CaptureIndex {
  const index: CaptureIndex = { exact: new Map(), unmarked: new Map(), afterPrefix: new Map(), prefixes: new Set() };
  const push = (map: Map<string, number[]>, text: string, position: number) => {
    const positions = map.get(text);
    if (positions) positions.push(position);
    else map.set(text, [position]);
  };
  texts.forEach((text, position) => {
    push(index.exact, text, position);
    const unmarked = text.replace(LIST_MARKER, '');
    if (unmarked !== text) push(index.unmarked, unmarked, position);
  });
  // Only entries that are not whole lines can be prefixes: usually none, so this costs nothing.
  const candidates = furniture.filter((entry) => entry !== '' && !index.exact.has(entry));
  texts.forEach((text, position) => {
    for (const prefix of candidates) {
      const rest = text.length > prefix.length && text.startsWith(prefix) ? text.slice(prefix.length).trim() : '';
      if (rest === '') continue;
      push(index.afterPrefix, rest, position);
      index.prefixes.add(prefix);
    }
  });
  return index;
}

/** The capture positions a unit may stand at, ascending. */
function positionsOf(unit: Unit, index: CaptureIndex): number[] {
  const exact = [...(index.exact.get(unit.text) ?? []), ...(index.afterPrefix.get(unit.text) ?? [])];
  if (!unit.listItem) return exact.sort((a, b) => a - b);
  return [...exact, ...(index.unmarked.get(unit.text) ?? [])].sort((a, b) => a - b);
}

/**
 * Checks an article against its capture's text; returns the problems, each
 * naming the file and the field or line. Every block of body text (numbered
 * paragraphs, and the paragraphs of quotes and list items, table rows,
 * anything else with words; not the archive's own notes) must be a line of
 * the capture word for word, in the captured order, so no sentence the
 * source never printed can be published as its text.
 */
export function checkCapture(article: CapturedArticle, captureText: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = captureLines(captureText);
  const texts = lines.map((unit) => unit.text);
  const furniture = article.data.capture.furniture.map(normaliseWhitespace);
  const index = indexCapture(texts, furniture);
  const captureFile = article.data.capture.file;
  const accounted = new Set<number>();

  let previous = -1;
  for (const unit of bodyUnits(article)) {
    const where = `line ${unit.line + article.bodyLineOffset}`;
    const positions = positionsOf(unit, index);
    positions.forEach((position) => accounted.add(position));
    const next = positions.find((position) => position > previous);
    if (next !== undefined) {
      previous = next;
    } else if (positions.length > 0) {
      problems.push({ file: article.file, where, message: `${unit.name} comes earlier in ${captureFile} than the text before it; keep the captured order` });
    } else {
      problems.push({ file: article.file, where, message: `${unit.name} is not a line of ${captureFile} word for word: "${excerpt(unit.text)}"${unit.name.startsWith('the table') ? ' (a table row is one line of the capture, its cells in order, as a browser copies a table)' : ''}` });
    }
  }

  const headline = article.data.headlineSupplied || !article.data.headline ? [] : [normaliseWhitespace(article.data.headline)];
  const outside = new Set([...furniture, ...headline]);
  lines.forEach((unit, position) => {
    if (!accounted.has(position) && !outside.has(unit.text)) {
      problems.push({ file: article.file, where: 'capture.furniture', message: `line ${unit.line} of ${captureFile} is neither in the body nor listed as furniture: "${excerpt(unit.text)}"` });
    }
  });
  furniture.forEach((line, position) => {
    if (!index.exact.has(line) && !index.prefixes.has(line)) problems.push({ file: article.file, where: `capture.furniture[${position}]`, message: `"${excerpt(line)}" is not a line of ${captureFile}` });
  });
  return problems;
}

/** The SHA-256 of a file's bytes, in lowercase hexadecimal, as `capture.sha256` records it. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Why a capture's bytes no longer match the SHA-256 recorded when it was
 * taken, or null when they match. A capture is evidence of what was
 * published: it is never edited, so a mismatch means the file was changed
 * (or replaced) after the copy was checked against it.
 */
export function fixityProblem(file: string, bytes: Uint8Array, recorded: string): string | null {
  const actual = sha256Of(bytes);
  if (actual === recorded) return null;
  return `${file} no longer matches the SHA-256 recorded when it was captured (recorded ${recorded.slice(0, 12)}…, now ${actual.slice(0, 12)}…); a capture is kept exactly as saved: restore the saved file, or if a new capture replaces it, check the copy against it again and record its new hash`;
}
