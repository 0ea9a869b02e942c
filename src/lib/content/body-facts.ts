/**
 * What the checks and pages need of an article body that depends on the body
 * alone, derived from one parse. The content loader keeps it with the entry
 * in Astro's content store (src/lib/content/loader/), so a body is parsed
 * once per change of its file or of the code that derives it.
 */
import type { Root } from 'mdast';
import { findArchiveLinks } from './checks/articles.ts';
import { bodyParagraphs, parseMarkdown, type BodyParagraph } from './paragraphs.ts';
import type { BodyLink } from './problems.ts';
import { otherTextBlocks, type TextBlock } from './text-blocks.ts';
import { findUnsafeMarkup, type UnsafeMarkup } from './unsafe-markup.ts';

/** The body-only facts of an article. */
export interface BodyFacts {
  /** The numbered paragraphs. */
  paragraphs: BodyParagraph[];
  /** Markup outside the allowlist, and footnotes that do not match. */
  unsafe: UnsafeMarkup[];
  /** Links that may lead into the archive, checked against the whole archive later. */
  links: BodyLink[];
  /** The text outside the numbered paragraphs (quotes, list items, table rows), for the word-for-word rule. */
  otherText: TextBlock[];
}

/** Parses a body once and derives every body-only fact the checks and pages use. */
export function deriveBodyFacts(body: string): BodyFacts {
  return bodyFactsOf(parseMarkdown(body));
}

/**
 * The body-only facts of a body already parsed (with `parseMarkdown`'s
 * grammar, before any plugin changed the tree), for a caller that parses it
 * to render it too. Reads the tree, never changes it.
 */
export function bodyFactsOf(tree: Root): BodyFacts {
  return { paragraphs: bodyParagraphs(tree), unsafe: findUnsafeMarkup(tree), links: findArchiveLinks(tree), otherText: otherTextBlocks(tree) };
}

/**
 * A body as Astro's Markdown loader would hand it to the pages (trimmed),
 * with the number of lines the trim removed from its start, so line numbers
 * in messages count from the file's first line.
 */
export function trimmedBody(body: string): { text: string; leadingLines: number } {
  const text = body.trim();
  const leading = body.slice(0, body.length - body.trimStart().length);
  return { text, leadingLines: leading.split('\n').length - 1 };
}
