/**
 * The timeline's structure: events and article publications in date order,
 * grouped by year and month. Entries known only to the year sit in their
 * year's "month not known" group, ahead of the months, never in a month
 * they may not belong to.
 */
import type { TimelineEntryKind } from '../urls/anchors.ts';
import { comparePartialDates, monthName, type PartialDate } from '../core/dates.ts';

/** One entry on the timeline: an event or an article's publication. */
export interface TimelineEntry {
  /** "event" or "article". */
  kind: TimelineEntryKind;
  /** The event or article id; the entry's anchor is `#<kind>-<id>`. */
  id: string;
  /** When it happened or was published (for spans, when it began). */
  date: PartialDate;
}

/** Entries of one month, or of a year where the month is not known (`month` null). */
export interface TimelineMonth<T extends TimelineEntry> {
  /** 1–12, or null for entries known only to the year. */
  month: number | null;
  /** "October 2019", or "2019, month not known". */
  label: string;
  entries: T[];
}

/** One year of the timeline. */
export interface TimelineYear<T extends TimelineEntry> {
  year: number;
  months: TimelineMonth<T>[];
}

/** On one date, what happened comes before what was published about it. */
const KIND_ORDER: Record<TimelineEntryKind, number> = { event: 0, article: 1 };

/** Orders entry kinds as the timeline shows them on one date: events, then articles. The chart uses it too. */
export function compareTimelineKinds(a: TimelineEntryKind, b: TimelineEntryKind): number {
  return KIND_ORDER[a] - KIND_ORDER[b];
}

/**
 * Sorts entries by date (events before articles on the same date, then by
 * id, so the order is stable) and groups them by year and month.
 */
export function groupTimeline<T extends TimelineEntry>(entries: readonly T[]): TimelineYear<T>[] {
  const sorted = [...entries].sort(
    (a, b) => comparePartialDates(a.date, b.date) || compareTimelineKinds(a.kind, b.kind) || a.id.localeCompare(b.id),
  );
  const years: TimelineYear<T>[] = [];
  for (const entry of sorted) {
    let year = years.at(-1);
    if (year?.year !== entry.date.year) {
      year = { year: entry.date.year, months: [] };
      years.push(year);
    }
    const month = entry.date.month ?? null;
    let group = year.months.at(-1);
    if (!group || group.month !== month) {
      const label = month === null ? `${entry.date.year}, month not known` : `${monthName(month)} ${entry.date.year}`;
      group = { month, label, entries: [] };
      year.months.push(group);
    }
    group.entries.push(entry);
  }
  return years;
}
