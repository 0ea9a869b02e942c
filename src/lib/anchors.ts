/**
 * Fragment ids the archive promises to keep stable, in a module with no
 * dependencies so the Markdown pipeline, pages and browser code can share it.
 */

/** The fragment id of paragraph `n` (1-based) of an article body: "p-n". */
export function paragraphAnchor(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Paragraph numbers start at 1, got ${n}`);
  return `p-${n}`;
}
