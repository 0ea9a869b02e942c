/**
 * Paragraph numbering for article bodies. Paragraphs are what readers cite and
 * what events and mentions point to, so they are numbered in one place: the
 * top-level paragraphs of the Markdown, in order, from 1. Footnote definitions
 * (the archive's notes) are not top-level paragraphs, so adding a note never
 * renumbers the text.
 */
import type { FootnoteDefinition, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** One numbered paragraph of an article body. */
export interface BodyParagraph {
  /** 1-based position among the body's top-level paragraphs; the anchor is `p-${number}`. */
  number: number;
  /** The paragraph's text as a reader sees it, without footnote markers. */
  text: string;
  /** Line of the Markdown body where the paragraph starts (1-based), for error messages. */
  line: number;
  /**
   * The archive's notes (footnotes) the paragraph refers to, in the order
   * their markers appear, so a quote of the paragraph can carry them.
   * Absent when the paragraph refers to none.
   */
  notes?: ParagraphNote[];
}

/** One of the archive's notes on a paragraph (a footnote: a translation slip, a correction). */
export interface ParagraphNote {
  /** The footnote's label in the Markdown ("supply" for `[^supply]`). */
  label: string;
  /** The note's text, white space collapsed. */
  text: string;
}

/** The top-level paragraph nodes of a Markdown tree, in document order. */
export function topLevelParagraphs(tree: Root): Paragraph[] {
  return tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
}

/** Parses Markdown with the same GFM dialect the site renders with. */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/**
 * Splits a Markdown body (or its tree, when the caller has parsed it already
 * and needs it again) into its numbered paragraphs, exactly as the site
 * numbers them (see `src/markdown/remark-paragraph-ids.ts`).
 */
export function bodyParagraphs(body: string | Root): BodyParagraph[] {
  const tree = typeof body === 'string' ? parseMarkdown(body) : body;
  const definitions = new Map(
    tree.children
      .filter((node): node is FootnoteDefinition => node.type === 'footnoteDefinition')
      .map((node) => [node.identifier, normaliseWhitespace(toString(node))]),
  );
  return topLevelParagraphs(tree).map((node, index) => {
    const notes = referencedNotes(node, definitions);
    return {
      number: index + 1,
      text: normaliseWhitespace(toString(node)),
      line: node.position?.start.line ?? 0,
      ...(notes.length > 0 ? { notes } : {}),
    };
  });
}

/** The notes a paragraph's footnote markers point to, each once, in marker order. */
function referencedNotes(paragraph: Paragraph, definitions: ReadonlyMap<string, string>): ParagraphNote[] {
  const notes: ParagraphNote[] = [];
  visit(paragraph, 'footnoteReference', (reference) => {
    const text = definitions.get(reference.identifier);
    if (text !== undefined && !notes.some((note) => note.label === reference.label)) notes.push({ label: reference.label ?? reference.identifier, text });
  });
  return notes;
}

/** Collapses runs of white space to one space and trims, as browsers render text. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
