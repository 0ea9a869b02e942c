/**
 * Dates a draft can read: the publication date from the URL or a dateline,
 * and the relative dates of the text ("last Sunday", "yesterday", "on
 * Wednesday") resolved against the publication date, which the timeline
 * and the figures need written out.
 */
import { isDateError, MONTH_NAMES, parsePartialDate, type PartialDate } from '../../../src/lib/core/dates.ts';
import { ENGLISH, LANGUAGES, languageData } from './languages/index.ts';
import { anyLanguage } from './languages/patterns.ts';
import type { DateMeaning, RelativeDateRule } from './languages/types.ts';

/** A publication date with where it was read. */
export interface FoundDate {
  /** The date at the precision the source gives. */
  date: PartialDate;
  /** Where it came from, in the archive's words: "the URL" or "the dateline "…"". */
  basis: string;
  /** The capture line it was read from (1-based), when it came from a dateline. */
  line?: number;
}

/** A date from its parts, or null when they make no real date. */
function partial(year: number, month?: number, day?: number): PartialDate | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const text =
    day !== undefined && month !== undefined
      ? `${year}-${pad(month)}-${pad(day)}`
      : month !== undefined
        ? `${year}-${pad(month)}`
        : String(year);
  const parsed = parsePartialDate(text);
  return isDateError(parsed) ? null : parsed;
}

/**
 * The publication date written in an article URL's path, at its precision:
 * "/2019/10/16/" or "/2019-10-16-…" give the day, "/2019/10/" the month.
 * Null when the path holds no plausible date (years 1990–2099).
 */
export function dateFromUrl(url: string): FoundDate | null {
  const path = new URL(url).pathname;
  const day = /(?:^|\/)((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=$|[/\-_.])/.exec(path);
  if (day) {
    const date = partial(Number(day[1]), Number(day[2]), Number(day[3]));
    if (date) return { date, basis: 'the URL' };
  }
  // "/2019/10/" and "/2019-10/" (an archive folder per month): a month, at month precision.
  const month = /(?:^|\/)((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?=\/|$)/.exec(path);
  if (month) {
    const date = partial(Number(month[1]), Number(month[2]));
    if (date) return { date, basis: 'the URL' };
  }
  return null;
}

/** Month names and abbreviations of every language, to their numbers. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.values(LANGUAGES).flatMap((language) =>
    language.months.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
  ),
);

/** Words between day, month and year in a written date ("16 de octubre de 2019"), optional. */
export const DATE_LINK = `(?:${anyLanguage((language) => language.dateLinks)}\\s+)?`;

const MONTH_WORD = '(\\p{L}{3,10})\\.?';

/** Dateline shapes: "16 October 2019", "16 de octubre de 2019", "16. Oktober 2019", "October 16, 2019", "2019-10-16", "16.10.2019", "16 أكتوبر 2019". */
const DATELINES: readonly { pattern: RegExp; parts: (match: RegExpExecArray) => [number, string | number, number | undefined] }[] = [
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+${DATE_LINK}${MONTH_WORD}\\s+${DATE_LINK}((?:19|20)\\d{2})(?!\\d)`, 'iu'),
    parts: (m) => [Number(m[3]), m[2]!, Number(m[1])],
  },
  {
    pattern: new RegExp(`${MONTH_WORD}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu'),
    parts: (m) => [Number(m[3]), m[1]!, Number(m[2])],
  },
  {
    pattern: /(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/u,
    parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  // "14.10.2019", as German and Dutch pages stamp them: always day first.
  {
    pattern: /(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?![\d])/u,
    parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
];

/**
 * A date written out in one line of text, as a dateline gives it ("Qamishli,
 * 20 October 2019 –", "Published October 20, 2019"), or null.
 */
export function dateInText(text: string): { date: PartialDate; words: string } | null {
  // Eastern Arabic digits read as ASCII ones; one character each, so the words keep their place.
  const western = westernDigits(text);
  for (const { pattern, parts } of DATELINES) {
    const match = pattern.exec(western);
    if (!match) continue;
    const [year, monthPart, day] = parts(match);
    const month = typeof monthPart === 'number' ? monthPart : MONTHS.get(monthPart.toLowerCase());
    if (month === undefined) continue;
    const date = partial(year, month, day);
    if (date) return { date, words: text.slice(match.index, match.index + match[0].length) };
  }
  return null;
}

/** Text with Eastern Arabic (٠–٩) and Persian (۰–۹) digits written as ASCII digits, one for one. */
export function westernDigits(text: string): string {
  return text.replace(/[٠-٩۰-۹]/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * The publication date from a dateline: the first date written out in the
 * lines above the text or in the first paragraph (`lines` in capture order,
 * up to and including the first paragraph).
 */
export function dateFromDateline(lines: readonly { line: number; text: string }[]): FoundDate | null {
  for (const { line, text } of lines) {
    const found = dateInText(text);
    if (found) return { date: found.date, basis: `the dateline "${found.words}"`, line };
  }
  return null;
}

/** A relative date resolved against the publication date. */
export interface ResolvedDate {
  /** The words as they stand in the text. */
  words: string;
  /** What they resolve to, e.g. "13 October 2019 (Sunday)" or "the week of 7–13 October 2019"; or why they cannot be. */
  resolved: string;
  /** The date in the archive's notation, when one day, month or year is meant. */
  iso?: string;
  /** An existing event about the same place whose date disagrees, said for the archivist to check. */
  conflict?: string;
}

/**
 * The relative-date rules of a language (its module in languages/); a
 * language with none of its own, or unknown, gets English's, as captures in
 * languages the drafting code has no rules for often quote English phrases.
 * The first rule that matches at a position wins (longer phrases come first).
 */
function rulesFor(language: string): readonly RelativeDateRule[] {
  const own = languageData(language)?.relativeDates ?? [];
  return own.length > 0 ? own : ENGLISH.relativeDates;
}

const DAY_MS = 86_400_000;
/** The English weekdays, capitalised, Sunday first: the archive's words for the dates it offers. */
const ENGLISH_WEEKDAYS = ENGLISH.weekdays.map((name) => `${name[0]!.toUpperCase()}${name.slice(1)}`);

/** A UTC day as "13 October 2019 (Sunday)". */
const longDay = (time: number) => {
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()} (${ENGLISH_WEEKDAYS[date.getUTCDay()]})`;
};
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Resolves one meaning against a publication day (UTC midnight, in ms). */
function resolve(meaning: DateMeaning, published: number): { resolved: string; iso?: string } {
  const weekdayOfPublication = new Date(published).getUTCDay();
  if ('days' in meaning) {
    const time = published + meaning.days * DAY_MS;
    return { resolved: longDay(time), iso: isoDay(time) };
  }
  if ('weekday' in meaning) {
    let offset = (weekdayOfPublication - meaning.weekday + 7) % 7; // days back to that weekday, 0 if today
    if (meaning.direction === 'before' && offset === 0) offset = 7;
    if (meaning.direction === 'after') offset = -((meaning.weekday - weekdayOfPublication + 7) % 7 || 7);
    const time = published - offset * DAY_MS;
    const note = meaning.direction === 'on-or-before' ? ', the last one on or before publication; check it is not the week after' : '';
    return { resolved: `${longDay(time)}${note}`, iso: isoDay(time) };
  }
  const date = new Date(published);
  if (meaning.period === 'week') {
    // Weeks run Monday to Sunday, as ISO 8601 and the European sources count them.
    const monday = published - ((weekdayOfPublication + 6) % 7) * DAY_MS + meaning.offset * 7 * DAY_MS;
    const sunday = monday + 6 * DAY_MS;
    return {
      resolved: `the week of Monday ${longDay(monday).replace(/ \(.*\)$/, '')} to Sunday ${longDay(sunday).replace(/ \(.*\)$/, '')}`,
    };
  }
  if (meaning.period === 'month') {
    const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + meaning.offset, 1));
    return { resolved: `${MONTH_NAMES[month.getUTCMonth()]} ${month.getUTCFullYear()}`, iso: month.toISOString().slice(0, 7) };
  }
  const year = date.getUTCFullYear() + meaning.offset;
  return { resolved: String(year), iso: String(year) };
}

/**
 * Every relative date in a paragraph, in text order, resolved against the
 * publication date: first by the language's rules (languages/), then by
 * chrono-node for the expressions they do not cover, when the language's
 * module gives chrono-node's parser (Arabic and Turkish have none: their
 * rules are all). Written dates with digits ("13 October 2019") are not
 * relative and are left out. With a publication date known only to the
 * month or year, each is listed with the reason it cannot be resolved.
 */
export function relativeDates(text: string, language: string, published: PartialDate | undefined): ResolvedDate[] {
  const found: { index: number; end: number; words: string; meaning: DateMeaning | { chrono: Date } }[] = [];
  for (const rule of rulesFor(language)) {
    for (const match of text.matchAll(rule.pattern)) {
      const index = match.index;
      const end = index + match[0].length;
      if (found.some((other) => index < other.end && end > other.index)) continue; // a longer phrase already took these words
      const meaning = rule.meaning(match as RegExpExecArray);
      if (meaning) found.push({ index, end, words: match[0], meaning });
    }
  }
  const parser = languageData(language)?.chrono;
  if (parser) {
    const reference =
      published?.precision === 'day'
        ? new Date(Date.UTC(published.year, published.month! - 1, published.day!, 12))
        : new Date(Date.UTC(2000, 0, 1, 12));
    for (const result of parser.parse(text, { instant: reference, timezone: 0 })) {
      const words = result.text.trim().replace(/[\p{P}\s]+$/u, '');
      const index = result.index + result.text.indexOf(words);
      const end = index + words.length;
      // Only days: "this evening" alone names no day, and written dates ("13 October") are not relative.
      if (!result.start.isCertain('day') && !result.start.isCertain('weekday')) continue;
      if (/\d/.test(words) || found.some((other) => index < other.end && end > other.index)) continue;
      found.push({ index, end, words, meaning: { chrono: result.start.date() } });
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ words, meaning }) => {
      if (!published || published.precision !== 'day') {
        return {
          words,
          resolved: `cannot be resolved: the publication date is ${published ? `known only to the ${published.precision}` : 'unknown'}`,
        };
      }
      if ('chrono' in meaning) {
        const day = Date.UTC(meaning.chrono.getUTCFullYear(), meaning.chrono.getUTCMonth(), meaning.chrono.getUTCDate());
        return { words, resolved: `${longDay(day)}, as chrono-node reads it: check`, iso: isoDay(day) };
      }
      return { words, ...resolve(meaning, Date.UTC(published.year, published.month! - 1, published.day!)) };
    });
}

/** An event as {@link dateConflict} sees it. */
export interface EventForDates {
  /** Its id (file name in `content/events/`). */
  id: string;
  /** Its date as the archive gives it. */
  date: PartialDate;
  /** The places it happened at. */
  places: readonly string[];
}

/**
 * An existing event about one of the paragraph's places that is dated within
 * three days of a resolved date, but not on it: if both are about the same
 * happening, one of the dates is wrong. Null when none disagrees.
 */
export function dateConflict(resolvedIso: string | undefined, places: readonly string[], events: readonly EventForDates[]): string | null {
  if (!resolvedIso || resolvedIso.length !== 10) return null;
  const resolved = Date.parse(`${resolvedIso}T00:00:00Z`);
  for (const event of events) {
    if (event.date.precision !== 'day' || event.date.iso === resolvedIso) continue;
    const place = event.places.find((id) => places.includes(id));
    if (!place) continue;
    const days = Math.abs(Date.parse(`${event.date.iso}T00:00:00Z`) - resolved) / DAY_MS;
    if (days <= 3)
      return `the archive's event ${event.id} about ${place} is dated ${event.date.iso}: if this is the same happening, one date is wrong`;
  }
  return null;
}
