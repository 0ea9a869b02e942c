/**
 * Titles as a search result shows them. An event's title is a sentence on its
 * own page ("Turkey launches its offensive."), but in a list of results it
 * is a headline, and headlines carry no full stop.
 */

/** The title without one trailing full stop; an ellipsis, "U.S." or "etc." at the end stays as written. */
export function resultTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed.endsWith('.') || trimmed.endsWith('..')) return trimmed;
  // A final word with a full stop inside it (an abbreviation: "U.S.") keeps its own.
  const lastWord = trimmed.split(/\s+/).at(-1)!;
  if (/\.\p{L}+\.$/u.test(lastWord)) return trimmed;
  return trimmed.slice(0, -1);
}

/** An element with an id as Pagefind records it (its `anchors`): headings carry their text. */
export interface HeadingAnchor {
  /** Tag name, e.g. "h2". */
  element: string;
  /** Word position where it starts in the indexed text. */
  location: number;
  /** Its text, which Pagefind records for headings. */
  text?: string;
}

/**
 * The heading a word position sits under: the last heading with an id that
 * starts at or before it and not before `from`. On the figures page each
 * figure's heading is its own name, so a figure result is titled by the
 * figure it matched rather than by the page ("Facts and figures" for all).
 * Pagefind's sub_results carry the same headings, but only those with a
 * match under them, and a page found by a name's token matches in its
 * metadata, under no heading: the page's anchors list every heading.
 * Null when no heading stands between `from` and the position.
 */
export function headingAt(anchors: readonly HeadingAnchor[], location: number, from = 0): string | null {
  const under = anchors
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.location >= from && anchor.location <= location)
    .sort((a, b) => a.location - b.location)
    .at(-1);
  const text = under?.text?.trim();
  return text ? text : null;
}
