/**
 * What the RSS feed adds to @astrojs/rss's output: the channel's language,
 * when its content last changed, its own address (atom:link rel="self"),
 * and each item's publisher and, where the source names them, authors
 * (Dublin Core, since RSS's own <author> must be an e-mail address).
 */
import type { PartialDate } from '../core/dates.ts';
import { escapeHtml } from '../core/escapes.ts';

/** The namespaces the extra elements use, for @astrojs/rss's `xmlns`. */
export const FEED_NAMESPACES = { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' } as const;

/**
 * The RFC 822 date of the newest archived copy: the last time the feed's
 * content changed, as RSS defines lastBuildDate. Taken from the content, not
 * the clock, so the same content always builds the same feed. Null for an
 * empty archive.
 */
export function lastChanged(archivedDates: readonly PartialDate[]): string | null {
  const newest = archivedDates
    .map((date) => date.iso)
    .sort()
    .at(-1);
  return newest ? new Date(`${newest}T00:00:00Z`).toUTCString() : null;
}

/** The channel's extra elements. */
export function feedChannelExtras(channel: { language: string; selfUrl: string; archivedDates: readonly PartialDate[] }): string {
  const changed = lastChanged(channel.archivedDates);
  return [
    `<language>${escapeHtml(channel.language)}</language>`,
    ...(changed ? [`<lastBuildDate>${changed}</lastBuildDate>`] : []),
    `<atom:link href="${escapeHtml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
  ].join('');
}

/** One item's extra elements: its publisher, and its authors when the source names them ("Surname, Given"). */
export function feedItemExtras(item: { publisher: string; authors?: readonly string[] | undefined }): string {
  return [
    `<dc:publisher>${escapeHtml(item.publisher)}</dc:publisher>`,
    ...(item.authors ?? []).map((author) => `<dc:creator>${escapeHtml(author)}</dc:creator>`),
  ].join('');
}
