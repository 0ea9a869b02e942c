/**
 * The date reference managers read from a page that is not an article
 * (`DC.date`): the archive's last change to what the page shows, taken as
 * the newest day on which the archive copied one of the articles in the
 * page's props. Without a date tag Zotero takes the first `<time datetime>`
 * in the body, an event's or article's date, as the page's own. Taken from
 * the content, never the clock, so every build of the same content gives
 * the same date.
 */

/** An article entry as the pages hold it: its collection and its archived day. */
interface ArchivedEntry {
  collection: 'articles';
  data: { archived: { iso: string } };
}

/** True for an article entry (a content entry of the articles collection with its archived day). */
function isArchivedEntry(value: object): value is ArchivedEntry {
  const entry = value as Partial<{ collection: unknown; data: { archived?: { iso?: unknown } } }>;
  return entry.collection === 'articles' && typeof entry.data?.archived?.iso === 'string';
}

/** The newest archived day (ISO 8601) of any article in `props`, searched through its objects and arrays; null when it holds none. */
export function lastArchivedIn(props: unknown): string | null {
  let newest: string | null = null;
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (isArchivedEntry(value)) {
      if (newest === null || value.data.archived.iso > newest) newest = value.data.archived.iso;
      return;
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child);
  };
  visit(props);
  return newest;
}
