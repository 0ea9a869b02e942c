/**
 * Writing a capture line as a Markdown paragraph that renders to exactly the
 * same text, so the draft keeps the word-for-word rule: characters Markdown
 * would read as syntax are escaped with a backslash, and the result is
 * parsed back to prove it.
 */
import { bodyParagraphs } from '../../../src/lib/content/paragraphs.ts';
import { normaliseWhitespace } from '../../../src/lib/content/paragraphs.ts';

/** Escapes what Markdown (with GFM) would turn into markup inside a line or at its start. */
function escapeSyntax(line: string): string {
  return line
    .replace(/[\\`*_[\]<~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^([#>+=|-])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Escapes every ASCII punctuation mark, which CommonMark always allows: the fallback when targeted escaping is not enough. */
function escapeAllPunctuation(line: string): string {
  return line.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** True when the Markdown is exactly one paragraph whose text is the line's. */
function rendersAs(markdown: string, line: string): boolean {
  const paragraphs = bodyParagraphs(markdown);
  return paragraphs.length === 1 && paragraphs[0]!.text === normaliseWhitespace(line);
}

/**
 * A capture line as one Markdown paragraph with the same text. Throws when
 * no escaping achieves it, so a draft never changes a word silently.
 */
export function lineToParagraph(line: string): string {
  const trimmed = line.trim();
  for (const candidate of [escapeSyntax(trimmed), escapeAllPunctuation(trimmed)]) {
    if (rendersAs(candidate, trimmed)) return candidate;
  }
  throw new Error(`this line cannot be written as a Markdown paragraph without changing its text: "${trimmed.slice(0, 60)}"`);
}
