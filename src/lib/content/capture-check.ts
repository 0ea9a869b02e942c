/**
 * The word-for-word rule between an article and its raw capture: every body
 * paragraph is a line of the capture, in the captured order, and every other
 * line of the capture is the publisher's headline or listed in
 * `capture.furniture`. The content tests, `npm run check-content` and
 * `npm run new-article` (which checks its own draft before writing it) all
 * apply this one rule.
 */
import type { ContentProblem } from './problems.ts';
import { normaliseWhitespace, type BodyParagraph } from './paragraphs.ts';

/** One text unit of a capture: a non-empty line, white space collapsed. */
export interface CaptureLine {
  /** 1-based line number in the capture file. */
  line: number;
  /** The line's text, with white space collapsed as browsers render it. */
  text: string;
}

/** The capture's text units: its non-empty lines, with white space collapsed. */
export function captureLines(text: string): CaptureLine[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: normaliseWhitespace(line) }))
    .filter((unit) => unit.text !== '');
}

/** What {@link checkCapture} needs of an article. */
export interface CapturedArticle {
  /** The article file, for messages. */
  file: string;
  /** Lines in the file before the body, to turn body lines into file lines. */
  bodyLineOffset: number;
  /** The body's numbered paragraphs. */
  paragraphs: readonly BodyParagraph[];
  /** The front matter this rule reads. */
  data: { headline?: string | undefined; headlineSupplied: boolean; capture: { file: string; furniture: readonly string[] } };
}

/** Shortens a line for a message. */
const excerpt = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/** Checks an article against its capture's text; returns the problems, each naming the file and the field or line. */
export function checkCapture(article: CapturedArticle, captureText: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = captureLines(captureText);
  const texts = lines.map((unit) => unit.text);
  const furniture = article.data.capture.furniture.map(normaliseWhitespace);
  const captureFile = article.data.capture.file;

  let previous = -1;
  for (const paragraph of article.paragraphs) {
    const where = `line ${paragraph.line + article.bodyLineOffset}`;
    const position = texts.indexOf(paragraph.text, previous + 1);
    if (position >= 0) {
      previous = position;
    } else if (texts.includes(paragraph.text)) {
      problems.push({ file: article.file, where, message: `paragraph ${paragraph.number} comes earlier in ${captureFile} than the paragraph before it; keep the captured order` });
    } else {
      problems.push({ file: article.file, where, message: `paragraph ${paragraph.number} is not a line of ${captureFile} word for word: "${excerpt(paragraph.text)}"` });
    }
  }

  const headline = article.data.headlineSupplied || !article.data.headline ? [] : [normaliseWhitespace(article.data.headline)];
  const accounted = new Set([...article.paragraphs.map((paragraph) => paragraph.text), ...furniture, ...headline]);
  for (const unit of lines) {
    if (!accounted.has(unit.text)) {
      problems.push({ file: article.file, where: 'capture.furniture', message: `line ${unit.line} of ${captureFile} is neither in the body nor listed as furniture: "${excerpt(unit.text)}"` });
    }
  }
  furniture.forEach((line, index) => {
    if (!texts.includes(line)) problems.push({ file: article.file, where: `capture.furniture[${index}]`, message: `"${excerpt(line)}" is not a line of ${captureFile}` });
  });
  return problems;
}
