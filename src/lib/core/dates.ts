/**
 * Dates known only to a precision: a year ("2019"), a month ("2019-10") or a
 * day ("2019-10-16"). News archives meet all three (the Leiden item is known
 * only to the month), so the archive stores the ISO 8601 prefix as written and
 * derives the precision from its length instead of inventing a day.
 */

/** How much of a date is known. */
type DatePrecision = 'year' | 'month' | 'day';

/** A calendar date known to a given precision. */
export interface PartialDate {
  /** The date as written in the content: "2019", "2019-10" or "2019-10-16". */
  readonly iso: string;
  /** How much of the date is known. */
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12 when the precision is month or day. */
  readonly month?: number;
  /** 1–31 when the precision is day. */
  readonly day?: number;
}

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The English month names, January first: the archive's own words for dates, and new-article's for the dates it offers. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  // Arithmetic, not Date.UTC, which reads years 0–99 as 1900–1999.
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a {@link PartialDate}.
 * Returns an error message (never throws) for malformed or impossible dates
 * such as "2019-02-30", so schema validation can name the field.
 */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) {
    return { error: `"${text}" is not a date written as YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: text, precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${match[2]}` };
  if (match[3] === undefined) return { iso: text, precision: 'month', year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `"${text}" is not a real day: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days` };
  }
  return { iso: text, precision: 'day', year, month, day };
}

/** True when {@link parsePartialDate} gave an error rather than a date. */
export function isDateError(value: PartialDate | { error: string }): value is { error: string } {
  return 'error' in value;
}

/** Parses a partial date that is known to be valid (it passed the schema); throws otherwise. */
export function toPartialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (isDateError(parsed)) throw new Error(parsed.error);
  return parsed;
}

/**
 * Formats a date at its own precision for readers, in British style:
 * "2019", "October 2019" or "16 October 2019". Never adds a day or month that
 * is not known.
 */
export function formatPartialDate(date: PartialDate): string {
  if (date.precision === 'year') return String(date.year);
  const monthName = MONTH_NAMES[date.month! - 1];
  if (date.precision === 'month') return `${monthName} ${date.year}`;
  return `${date.day} ${monthName} ${date.year}`;
}

/**
 * The value for a `<time datetime>` attribute. HTML accepts year, month and
 * date strings ("2019", "2019-10", "2019-10-16"), which keep the precision.
 */
export function datetimeAttribute(date: PartialDate): string {
  return date.iso;
}

/**
 * Orders partial dates chronologically. A less precise date sorts before the
 * more precise dates it contains ("2019-10" before "2019-10-01"), so a month
 * heading comes before the days in it.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** The English name of a month, 1–12. */
export function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (!name) throw new RangeError(`No month ${month}`);
  return name;
}

// Day arithmetic, for laying dates out on an axis: a day is counted as whole
// days since 1970-01-01 (UTC), so spans are differences of integers.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01; month and day may overflow (month 13 is January next year), as Date.UTC allows. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The first day a partial date covers: 1 January for a year, the 1st for a month. */
export function firstDayOf(date: PartialDate): number {
  return dayNumber(date.year, date.month ?? 1, date.day ?? 1);
}

/** The day after the last day a partial date covers, so a date spans `firstDayOf(date)` up to, not including, this. */
export function dayAfter(date: PartialDate): number {
  if (date.precision === 'year') return dayNumber(date.year + 1, 1, 1);
  if (date.precision === 'month') return dayNumber(date.year, date.month! + 1, 1);
  return dayNumber(date.year, date.month!, date.day! + 1);
}

/** The year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** The month a day number falls in, as "YYYY-MM". */
export function monthOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 7);
}
