/**
 * Robust Links (https://robustlinks.mementoweb.org/spec/): every link from an
 * article to its original carries the original's address and the day the
 * archive copied it, so a reader whose link has rotted can find the version
 * that was cited in any web archive, and, where a snapshot in a public web
 * archive is known, that snapshot's address.
 */
import { firstDayOf, type PartialDate } from '../core/dates.ts';

/** A known copy of the original in a public web archive. */
export interface Snapshot {
  /** The snapshot's address. */
  url: string;
  /** The day the public archive captured it. */
  date: PartialDate;
}

/** The `data-*` attributes of a Robust Link. */
export interface RobustLinkAttributes {
  'data-originalurl': string;
  'data-versiondate': string;
  'data-versionurl'?: string;
}

/** The snapshot captured nearest the day the archive made its copy (the earlier one on a tie); null when none is known. */
export function nearestSnapshot(snapshots: readonly Snapshot[], archived: PartialDate): Snapshot | null {
  const day = firstDayOf(archived);
  const ranked = [...snapshots].sort(
    (a, b) => Math.abs(firstDayOf(a.date) - day) - Math.abs(firstDayOf(b.date) - day) || firstDayOf(a.date) - firstDayOf(b.date),
  );
  return ranked[0] ?? null;
}

/** The attributes for a link to the original at `originalUrl`, copied by the archive on `archived`. */
export function robustLinkAttributes(article: {
  originalUrl: string;
  archived: PartialDate;
  snapshots: readonly Snapshot[];
}): RobustLinkAttributes {
  const snapshot = nearestSnapshot(article.snapshots, article.archived);
  return {
    'data-originalurl': article.originalUrl,
    'data-versiondate': article.archived.iso,
    ...(snapshot ? { 'data-versionurl': snapshot.url } : {}),
  };
}
