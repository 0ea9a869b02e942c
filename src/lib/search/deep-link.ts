/**
 * Where a search result should land: the article paragraph holding the first
 * match, with the matched words highlighted by the browser itself through a
 * text fragment (`#p-7:~:text=Al%20Hol`), so article pages need no script.
 */
import { parseParagraphAnchor } from '../urls/anchors.ts';

/** An element with an id that Pagefind recorded, and the word position where it starts. */
export interface PageAnchor {
  /** The element's id, e.g. "p-7". */
  id: string;
  /** The element's tag name, e.g. "p", "h2", "a". */
  element: string;
  /** Word position of the element's start in the indexed text. */
  location: number;
}

/** Inline elements can carry ids inside a paragraph (footnote markers); they do not end it. */
const INLINE_ELEMENTS = new Set(['a', 'span', 'sup', 'sub', 'em', 'strong', 'mark', 'time', 'abbr', 'cite', 'q', 'b', 'i']);

/**
 * The paragraph that holds the first match that falls in a paragraph at all.
 * A match belongs to the last block element starting at or before it; matches
 * in headings, summaries or notes are skipped. Null when no match is in a
 * paragraph.
 */
export function paragraphForMatch(anchors: readonly PageAnchor[], matchLocations: readonly number[]): string | null {
  const blocks = anchors.filter((anchor) => !INLINE_ELEMENTS.has(anchor.element.toLowerCase())).sort((a, b) => a.location - b.location);
  for (const match of [...matchLocations].sort((a, b) => a - b)) {
    const container = blocks.findLast((anchor) => anchor.location <= match);
    if (container && parseParagraphAnchor(container.id) !== null) return container.id;
  }
  return null;
}

/**
 * The section holding a word position: the last <section> with an id that
 * starts at or before it (on the figures page, one figure). Null when none does.
 */
export function sectionForLocation(anchors: readonly PageAnchor[], location: number): string | null {
  const sections = anchors.filter((anchor) => anchor.element.toLowerCase() === 'section').sort((a, b) => a.location - b.location);
  return sections.findLast((anchor) => anchor.location <= location)?.id ?? null;
}

/** The word position, as Pagefind counts words in a page's text, of a character offset in that text. */
export function wordLocation(content: string, offset: number): number {
  return content.slice(0, offset).split(/\s+/).filter(Boolean).length;
}

/** The words Pagefind marked in an excerpt (`<mark>…</mark>`), decoded, without the punctuation Pagefind marks with them. */
export function markedWords(excerptHtml: string): string[] {
  return [...excerptHtml.matchAll(/<mark>(.*?)<\/mark>/g)]
    .map((match) =>
      match[1]!
        .replace(/<[^>]*>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
    )
    .filter(Boolean);
}

/** Percent-encodes text for a text fragment, where "-", "&" and "," have meanings of their own. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/**
 * The URL a result links to: the page, at the paragraph of the first match
 * when there is one, with a text fragment for the first marked word.
 */
export function deepLink(pageUrl: string, paragraphId: string | null, highlight: string | undefined): string {
  const base = pageUrl.split('#')[0]!;
  if (!paragraphId) return base;
  const directive = highlight ? `:~:text=${encodeTextDirective(highlight)}` : '';
  return `${base}#${paragraphId}${directive}`;
}
