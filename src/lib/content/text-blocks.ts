/**
 * Every block of text in an article body, whatever Markdown structure holds
 * it, for the word-for-word rule (`capture-check.ts`). The numbered
 * paragraphs are only the body's top-level paragraphs; words in a block
 * quote, a list item or a table are text the page shows as the source's too,
 * so each of those blocks is a unit of its own. The archive's notes
 * (footnote definitions) are its own words and are left out, as are link
 * definitions, which show nothing.
 */
import type { Nodes, Root, RootContent, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normaliseWhitespace } from './paragraphs.ts';

/** What holds a block of body text, as the word-for-word rule names it. */
type TextBlockKind = 'block quote' | 'list item' | 'table row' | 'heading' | 'block';

/** A block of body text outside the numbered paragraphs. */
export interface TextBlock {
  /** What holds it, for messages and for the list-marker allowance in the word-for-word rule. */
  kind: TextBlockKind;
  /** Its text as a reader sees it (a table row: its cells in order, one space between), white space collapsed. */
  text: string;
  /** Line of the Markdown body where it starts (1-based). */
  line: number;
}

/** Nodes the rule passes over: the archive's own notes, and link definitions, which show no text. */
const NOT_BODY_TEXT: ReadonlySet<string> = new Set(['footnoteDefinition', 'definition']);

/**
 * The body's text blocks that are not numbered paragraphs, in document order:
 * each paragraph inside a block quote or list item, each table row, each
 * heading, and any other block with text. Top-level paragraphs are left out
 * (they are `bodyParagraphs`).
 */
export function otherTextBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') collect(node, 'block', blocks);
  }
  return blocks;
}

/** Adds the text blocks of one node, named after the innermost container that holds them. */
function collect(node: RootContent, container: TextBlockKind, blocks: TextBlock[]): void {
  if (NOT_BODY_TEXT.has(node.type)) return;
  switch (node.type) {
    case 'blockquote':
      for (const child of node.children) collect(child, 'block quote', blocks);
      return;
    case 'list':
      for (const item of node.children) for (const child of item.children) collect(child, 'list item', blocks);
      return;
    case 'table':
      for (const row of node.children) add(row, 'table row', blocks, rowText(row));
      return;
    case 'heading':
      add(node, 'heading', blocks);
      return;
    case 'paragraph':
      add(node, container, blocks);
      return;
    default:
      // Anything else with words (a code block, raw HTML: refused by the markup check, checked here all the same).
      add(node, 'block', blocks);
  }
}

/** A table row's text: its cells in order, one space between, as a browser copies a row (cells split by tabs). */
function rowText(row: TableRow): string {
  return row.children.map((cell) => toString(cell)).join(' ');
}

/** Adds one block, if it has any text. */
function add(node: Nodes, kind: TextBlockKind, blocks: TextBlock[], raw = toString(node)): void {
  const text = normaliseWhitespace(raw);
  if (text !== '') blocks.push({ kind, text, line: node.position?.start.line ?? 0 });
}
