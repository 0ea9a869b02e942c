/**
 * The timeline in pages: one list per year at /timeline/<year>/, paginated
 * (/timeline/<year>/2/…) so no page grows with the archive, and an index of
 * years with their months. Years keep their URLs as the archive grows: new
 * articles of a later year never move an earlier year's entries.
 */
import { paginate, type Page } from '../pages/pagination.ts';
import { groupTimeline, type TimelineEntry, type TimelineMonth } from './timeline.ts';
import { timelineAnchor } from '../urls/anchors.ts';
import { timelineYearUrl } from '../urls/urls.ts';

/** One page of one year: its entries grouped by month. */
interface TimelineYearPage<T extends TimelineEntry> {
  /** The year. */
  year: number;
  /** Where the page sits among the year's pages, and its entries. */
  page: Page<T>;
  /** The page's entries by month (a month that spills over continues on the next page). */
  months: TimelineMonth<T>[];
}

/** A month as the index of years lists it. */
interface TimelineMonthSummary {
  /** 1–12, or null for entries known only to the year. */
  month: number | null;
  /** "October 2019", or "2019, month not known". */
  label: string;
  /** How many entries it has. */
  count: number;
  /** URL of the page where the month starts, with the month's anchor. */
  url: string;
}

/** A year as the index of years lists it. */
interface TimelineYearSummary {
  /** The year. */
  year: number;
  /** URL of its first page. */
  url: string;
  /** How many events and how many publications it has. */
  events: number;
  articles: number;
  /** How many pages it takes. */
  pageCount: number;
  /** Its months, in order. */
  months: TimelineMonthSummary[];
}

/** The timeline cut into year pages, with the index and where each entry is. */
export interface TimelinePages<T extends TimelineEntry> {
  /** The index of years. */
  years: TimelineYearSummary[];
  /** Every page of every year, in date order. */
  pages: TimelineYearPage<T>[];
  /** Each entry's URL (its page, and its anchor there), by anchor ("event-<id>"). */
  entryUrls: Map<string, string>;
}

/** The anchor of a month's heading on a year page: "month-2019-10", or "month-2019-unknown". */
export function monthAnchor(year: number, month: number | null): string {
  return `month-${year}-${month === null ? 'unknown' : String(month).padStart(2, '0')}`;
}

/**
 * Sorts and groups the entries by year (see `groupTimeline`), cuts each
 * year into pages of `size` entries, and records where every entry and
 * month landed so other pages can link to them.
 */
export function paginateTimeline<T extends TimelineEntry>(entries: readonly T[], size: number): TimelinePages<T> {
  const years: TimelineYearSummary[] = [];
  const pages: TimelineYearPage<T>[] = [];
  const entryUrls = new Map<string, string>();
  for (const year of groupTimeline(entries)) {
    const flat = year.months.flatMap((month) => month.entries);
    const yearPages = paginate(flat, size, timelineYearUrl(year.year));
    const pageOf = new Map<T, Page<T>>();
    for (const page of yearPages) {
      for (const entry of page.items) {
        pageOf.set(entry, page);
        entryUrls.set(timelineAnchor(entry), `${page.url}#${timelineAnchor(entry)}`);
      }
      pages.push({ year: year.year, page, months: groupTimeline(page.items)[0]?.months ?? [] });
    }
    years.push({
      year: year.year,
      url: yearPages[0]!.url,
      events: flat.filter((entry) => entry.kind === 'event').length,
      articles: flat.filter((entry) => entry.kind === 'article').length,
      pageCount: yearPages.length,
      months: year.months.map((month) => ({
        month: month.month,
        label: month.label,
        count: month.entries.length,
        url: `${pageOf.get(month.entries[0]!)!.url}#${monthAnchor(year.year, month.month)}`,
      })),
    });
  }
  return { years, pages, entryUrls };
}
