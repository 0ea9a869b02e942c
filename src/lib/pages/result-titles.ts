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
