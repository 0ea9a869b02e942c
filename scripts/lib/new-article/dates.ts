/**
 * Dates a draft can read: the publication date from the URL or a dateline,
 * and the relative dates of the text ("last Sunday", "yesterday", "on
 * Wednesday") resolved against the publication date, which the timeline
 * and the figures need written out.
 */
import { isDateError, parsePartialDate, type PartialDate } from '../../../src/lib/content/dates.ts';

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
  const text = day !== undefined && month !== undefined ? `${year}-${pad(month)}-${pad(day)}` : month !== undefined ? `${year}-${pad(month)}` : String(year);
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
  const month = /(?:^|\/)((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?=\/)/.exec(path);
  if (month) {
    const date = partial(Number(month[1]), Number(month[2]));
    if (date) return { date, basis: 'the URL' };
  }
  return null;
}

/** Month names and abbreviations in the supported languages, to their numbers. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january jan enero ene janvier janv januar jänner januari gennaio janeiro', 1],
    ['february feb febrero février févr fevrier februar februari febbraio fevereiro', 2],
    ['march mar marzo mars märz maart março', 3],
    ['april apr abril avril aprile', 4],
    ['may mayo mai mei maggio maio', 5],
    ['june jun junio juin juni giugno junho', 6],
    ['july jul julio juillet juil juli luglio julho', 7],
    ['august aug agosto août aout augustus', 8],
    ['september sep sept septiembre septembre settembre setembro', 9],
    ['october oct octubre octobre oktober ottobre outubro okt', 10],
    ['november nov noviembre novembre novembro', 11],
    ['december dec diciembre dic décembre déc decembre dezember dezembro dicembre', 12],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [name, month as number] as const)),
);

const MONTH_WORD = '(\\p{L}{3,10})\\.?';

/** Dateline shapes: "16 October 2019", "16 de octubre de 2019", "16. Oktober 2019", "October 16, 2019", "2019-10-16". */
const DATELINES: readonly { pattern: RegExp; parts: (match: RegExpExecArray) => [number, string | number, number | undefined] }[] = [
  { pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_WORD}\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)`, 'iu'), parts: (m) => [Number(m[3]), m[2]!, Number(m[1])] },
  { pattern: new RegExp(`${MONTH_WORD}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu'), parts: (m) => [Number(m[3]), m[1]!, Number(m[2])] },
  { pattern: /(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/u, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

/**
 * A date written out in one line of text, as a dateline gives it ("Qamishli,
 * 20 October 2019 –", "Published October 20, 2019"), or null.
 */
export function dateInText(text: string): { date: PartialDate; words: string } | null {
  for (const { pattern, parts } of DATELINES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, monthPart, day] = parts(match);
    const month = typeof monthPart === 'number' ? monthPart : MONTHS.get(monthPart.toLowerCase());
    if (month === undefined) continue;
    const date = partial(year, month, day);
    if (date) return { date, words: match[0] };
  }
  return null;
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
}

const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAYS_DE = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const WEEKDAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** What a relative expression means: a day offset, a weekday before/on/after, or the week, month or year before/of. */
type Meaning =
  | { days: number }
  | { weekday: number; direction: 'before' | 'on-or-before' | 'after' }
  | { period: 'week' | 'month' | 'year'; offset: 0 | -1 };

/** One pattern of relative dates in one language. */
interface Rule {
  pattern: RegExp;
  meaning: (match: RegExpExecArray) => Meaning | null;
}

const wd = (names: readonly string[]) => `(${names.join('|')})`;
const weekdayOf = (names: readonly string[], word: string | undefined) => names.indexOf((word ?? '').toLowerCase());

/** The rules for each supported language; the first that matches at a position wins (longer phrases come first). */
function rulesFor(language: string): Rule[] {
  const weekday = (names: readonly string[], group: number, direction: 'before' | 'on-or-before' | 'after') => (m: RegExpExecArray): Meaning | null => {
    const index = weekdayOf(names, m[group]);
    return index < 0 ? null : { weekday: index, direction };
  };
  switch (language.split('-')[0]) {
    case 'es':
      return [
        { pattern: /\banteayer\b/giu, meaning: () => ({ days: -2 }) },
        { pattern: /\bayer\b/giu, meaning: () => ({ days: -1 }) },
        { pattern: /\banoche\b/giu, meaning: () => ({ days: -1 }) },
        { pattern: /\bhoy\b/giu, meaning: () => ({ days: 0 }) },
        { pattern: new RegExp(`\\bel pasado ${wd(WEEKDAYS_ES)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_ES, 1, 'before') },
        { pattern: new RegExp(`\\b(?:el )?${wd(WEEKDAYS_ES)} pasado(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_ES, 1, 'before') },
        { pattern: new RegExp(`\\b(?:el )?(?:próximo )?${wd(WEEKDAYS_ES)} (?:próximo|que viene)(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_ES, 1, 'after') },
        { pattern: new RegExp(`\\bel ${wd(WEEKDAYS_ES)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_ES, 1, 'on-or-before') },
        { pattern: /\bla semana pasada\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
        { pattern: /\besta semana\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
        { pattern: /\bel mes pasado\b/giu, meaning: () => ({ period: 'month', offset: -1 }) },
        { pattern: /\bel año pasado\b/giu, meaning: () => ({ period: 'year', offset: -1 }) },
      ];
    case 'fr':
      return [
        { pattern: /\bavant-hier\b/giu, meaning: () => ({ days: -2 }) },
        { pattern: /\bhier\b/giu, meaning: () => ({ days: -1 }) },
        { pattern: /\baujourd['’]hui\b/giu, meaning: () => ({ days: 0 }) },
        { pattern: new RegExp(`\\b${wd(WEEKDAYS_FR)} dernier(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_FR, 1, 'before') },
        { pattern: new RegExp(`\\b${wd(WEEKDAYS_FR)} prochain(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_FR, 1, 'after') },
        { pattern: new RegExp(`(?<!\\p{L})${wd(WEEKDAYS_FR)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_FR, 1, 'on-or-before') },
        { pattern: /\bla semaine dernière\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
        { pattern: /\bcette semaine\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
        { pattern: /\ble mois dernier\b/giu, meaning: () => ({ period: 'month', offset: -1 }) },
        { pattern: /\bl['’](?:an|année) dernière?\b/giu, meaning: () => ({ period: 'year', offset: -1 }) },
      ];
    case 'de':
      return [
        { pattern: /\bvorgestern\b/giu, meaning: () => ({ days: -2 }) },
        { pattern: /\bgestern\b/giu, meaning: () => ({ days: -1 }) },
        { pattern: /\bheute\b/giu, meaning: () => ({ days: 0 }) },
        { pattern: new RegExp(`\\bletzten ${wd(WEEKDAYS_DE)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_DE, 1, 'before') },
        { pattern: new RegExp(`\\bam ${wd(WEEKDAYS_DE)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_DE, 1, 'on-or-before') },
        { pattern: /\b(?:letzte|vergangene) Woche\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
        { pattern: /\bdiese Woche\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
      ];
    case 'nl':
      return [
        { pattern: /\beergisteren\b/giu, meaning: () => ({ days: -2 }) },
        { pattern: /\bgisteren\b/giu, meaning: () => ({ days: -1 }) },
        { pattern: /\bvandaag\b/giu, meaning: () => ({ days: 0 }) },
        { pattern: new RegExp(`\\b(?:afgelopen|vorige) ${wd(WEEKDAYS_NL)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_NL, 1, 'before') },
        { pattern: new RegExp(`\\bop ${wd(WEEKDAYS_NL)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_NL, 1, 'on-or-before') },
        { pattern: /\b(?:vorige|afgelopen) week\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
        { pattern: /\bdeze week\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
      ];
    default:
      return [
        { pattern: /\bthe day before yesterday\b/giu, meaning: () => ({ days: -2 }) },
        { pattern: /\byesterday\b/giu, meaning: () => ({ days: -1 }) },
        { pattern: /\blast night\b/giu, meaning: () => ({ days: -1 }) },
        { pattern: /\b(?:today|this morning|this afternoon|this evening|tonight)\b/giu, meaning: () => ({ days: 0 }) },
        { pattern: /\b(\d+|two|three|four|five|six|seven|ten) days ago\b/giu, meaning: (m) => ({ days: -numberWord(m[1]!) }) },
        { pattern: /\b(?:a|one) week ago\b/giu, meaning: () => ({ days: -7 }) },
        { pattern: new RegExp(`\\b(?:last|this past|past) ${wd(WEEKDAYS_EN)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_EN, 1, 'before') },
        { pattern: new RegExp(`\\bnext ${wd(WEEKDAYS_EN)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_EN, 1, 'after') },
        { pattern: new RegExp(`(?<!\\p{L})(?:on )?${wd(WEEKDAYS_EN)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_EN, 1, 'on-or-before') },
        { pattern: /\b(?:last|past) week\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
        { pattern: /\bthis week\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
        { pattern: /\blast month\b/giu, meaning: () => ({ period: 'month', offset: -1 }) },
        { pattern: /\blast year\b/giu, meaning: () => ({ period: 'year', offset: -1 }) },
      ];
  }
}

/** Small number words for "three days ago". */
function numberWord(word: string): number {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return /^\d+$/.test(word) ? Number(word) : words.indexOf(word.toLowerCase());
}

const DAY_MS = 86_400_000;
const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A UTC day as "13 October 2019 (Sunday)". */
const longDay = (time: number) => {
  const date = new Date(time);
  return `${date.getUTCDate()} ${ENGLISH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} (${ENGLISH_WEEKDAYS[date.getUTCDay()]})`;
};
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Resolves one meaning against a publication day (UTC midnight, in ms). */
function resolve(meaning: Meaning, published: number): { resolved: string; iso?: string } {
  const weekdayOfPublication = new Date(published).getUTCDay();
  if ('days' in meaning) {
    const time = published + meaning.days * DAY_MS;
    return { resolved: longDay(time), iso: isoDay(time) };
  }
  if ('weekday' in meaning) {
    let offset = (weekdayOfPublication - meaning.weekday + 7) % 7; // days back to that weekday, 0 if today
    if (meaning.direction === 'before' && offset === 0) offset = 7;
    if (meaning.direction === 'after') offset = -(((meaning.weekday - weekdayOfPublication + 7) % 7) || 7);
    const time = published - offset * DAY_MS;
    const note = meaning.direction === 'on-or-before' ? ', the last one on or before publication; check it is not the week after' : '';
    return { resolved: `${longDay(time)}${note}`, iso: isoDay(time) };
  }
  const date = new Date(published);
  if (meaning.period === 'week') {
    // Weeks run Monday to Sunday, as ISO 8601 and the European sources count them.
    const monday = published - ((weekdayOfPublication + 6) % 7) * DAY_MS + meaning.offset * 7 * DAY_MS;
    const sunday = monday + 6 * DAY_MS;
    return { resolved: `the week of Monday ${longDay(monday).replace(/ \(.*\)$/, '')} to Sunday ${longDay(sunday).replace(/ \(.*\)$/, '')}` };
  }
  if (meaning.period === 'month') {
    const month = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + meaning.offset, 1));
    return { resolved: `${ENGLISH_MONTHS[month.getUTCMonth()]} ${month.getUTCFullYear()}`, iso: month.toISOString().slice(0, 7) };
  }
  const year = date.getUTCFullYear() + meaning.offset;
  return { resolved: String(year), iso: String(year) };
}

/**
 * Every relative date in a paragraph, in text order, resolved against the
 * publication date. With a publication date known only to the month or
 * year, each is listed with the reason it cannot be resolved.
 */
export function relativeDates(text: string, language: string, published: PartialDate | undefined): ResolvedDate[] {
  const found: { index: number; end: number; words: string; meaning: Meaning }[] = [];
  for (const rule of rulesFor(language)) {
    for (const match of text.matchAll(rule.pattern)) {
      const index = match.index;
      const end = index + match[0].length;
      if (found.some((other) => index < other.end && end > other.index)) continue; // a longer phrase already took these words
      const meaning = rule.meaning(match as RegExpExecArray);
      if (meaning) found.push({ index, end, words: match[0], meaning });
    }
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ words, meaning }) => {
      if (!published || published.precision !== 'day') {
        return { words, resolved: `cannot be resolved: the publication date is ${published ? `known only to the ${published.precision}` : 'unknown'}` };
      }
      return { words, ...resolve(meaning, Date.UTC(published.year, published.month! - 1, published.day!)) };
    });
}
