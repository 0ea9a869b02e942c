/**
 * The text rendering of a saved page: one line per block of the text a
 * reader sees, in document order, white space collapsed as a browser
 * collapses it. It is kept beside the saved page as the article's text
 * capture, so the word-for-word rule (`capture-check.ts`) reads what was
 * saved; body extraction renders the extractor's output the same way, so
 * each body paragraph is a line of this rendering by construction.
 */
import { normaliseWhitespace } from '../../../../src/lib/content/paragraphs.ts';

/** Elements that start a new line: the HTML block elements, list items and table cells. */
const BLOCKS: ReadonlySet<string> = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** Elements whose content a reader never sees as text: code, styles, embedded documents and form fields. */
const UNSEEN: ReadonlySet<string> = new Set(
  'head script style noscript template iframe frame frameset object embed svg math canvas audio video source track input textarea select option button map area img picture'.split(
    ' ',
  ),
);

/** The parts of a DOM node the renderer reads (linkedom's and jsdom's nodes both have them). */
export interface RenderNode {
  /** 1 for an element, 3 for text. */
  nodeType: number;
  /** An element's lower-case tag name. */
  localName?: string | null;
  /** A text node's text. */
  textContent: string | null;
  /** Child nodes, in order. */
  childNodes: ArrayLike<RenderNode>;
  /** An element's attribute, or null. */
  getAttribute?: (name: string) => string | null;
}

/** One rendered line and the element that holds its text (the nearest block, or the element of a lone inline). */
export interface RenderedLine {
  /** The line's text, white space collapsed. */
  text: string;
  /** The nearest block element around the text. */
  block: RenderNode;
  /** The share of the line's letters that are inside links (`<a>`), 0 to 1: a line of links is a menu or a pointer elsewhere. */
  linkShare: number;
  /** The inline elements inside the line (a `<span class="author">`, a `<time>`), in document order, for the archive's rules. */
  inlines: RenderNode[];
}

/** True when the element is hidden from every reader: the `hidden` attribute, or an inline display:none / visibility:hidden. */
function isHidden(node: RenderNode): boolean {
  if (node.getAttribute?.('hidden') !== null && node.getAttribute?.('hidden') !== undefined) return true;
  const style = (node.getAttribute?.('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /display:none|visibility:hidden/.test(style);
}

/**
 * Renders a DOM subtree as lines of visible text: a block element or a
 * `<br>` ends the line in progress; scripts, styles, embedded documents,
 * form fields and hidden elements give nothing. Nothing is run: this only
 * reads the tree.
 */
export function renderLines(root: RenderNode): RenderedLine[] {
  const lines: RenderedLine[] = [];
  let parts: string[] = [];
  let linkLetters = 0;
  let inlines: RenderNode[] = [];
  let holder: RenderNode = root;
  const letters = (text: string) => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const flush = () => {
    const text = normaliseWhitespace(parts.join(''));
    if (text !== '') lines.push({ text, block: holder, linkShare: linkLetters / Math.max(1, letters(text)), inlines });
    parts = [];
    linkLetters = 0;
    inlines = [];
  };
  const walk = (node: RenderNode, block: RenderNode, inLink: boolean) => {
    if (node.nodeType === 3) {
      if (parts.length === 0) holder = block;
      parts.push(node.textContent ?? '');
      if (inLink) linkLetters += letters(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.localName ?? '';
    if (UNSEEN.has(name) || isHidden(node)) return;
    if (name === 'br') {
      flush();
      return;
    }
    const isBlock = BLOCKS.has(name);
    if (isBlock) flush();
    else inlines.push(node);
    for (const child of Array.from(node.childNodes)) walk(child, isBlock ? node : block, inLink || name === 'a');
    if (isBlock) flush();
  };
  walk(root, root, false);
  flush();
  return lines;
}
