/**
 * Fragment ids the archive promises to keep stable, in a module with no
 * dependencies so the Markdown pipeline, pages and browser code can share it.
 * Each id has one function that writes it and, where code reads ids back,
 * one that parses it.
 */

/** The fragment id of paragraph `n` (1-based) of an article body: "p-n". */
export function paragraphAnchor(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Paragraph numbers start at 1, got ${n}`);
  return `p-${n}`;
}

/** The paragraph number of a fragment id written by {@link paragraphAnchor} ("p-7" → 7), or null for any other id. */
export function parseParagraphAnchor(id: string): number | null {
  const match = /^p-([1-9]\d*)$/.exec(id);
  return match ? Number(match[1]) : null;
}

/** The kinds of entry on the timeline page. */
export type TimelineEntryKind = 'event' | 'article';

/** The fragment id of an entry on the timeline page: "event-<id>" or "article-<id>". */
export function timelineAnchor(entry: { kind: TimelineEntryKind; id: string }): string {
  return `${entry.kind}-${entry.id}`;
}
