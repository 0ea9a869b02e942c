/**
 * Dates a draft can read: the publication date from the URL or a dateline,
 * and the relative dates of the text ("last Sunday", "yesterday", "on
 * Wednesday") resolved against the publication date, which the timeline
 * and the figures need written out.
 */
import * as chrono from 'chrono-node';
import { isDateError, MONTH_NAMES, parsePartialDate, type PartialDate } from '../../../src/lib/core/dates.ts';

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
    // Arabic: the Egyptian and Gulf names, and the Levantine ones that are one word.
    ['يناير كانون الثاني', 1],
    ['فبراير شباط', 2],
    ['مارس آذار', 3],
    ['أبريل إبريل نيسان', 4],
    ['مايو أيار', 5],
    ['يونيو يونيه حزيران', 6],
    ['يوليو يوليه تموز', 7],
    ['أغسطس آب', 8],
    ['سبتمبر أيلول', 9],
    ['أكتوبر اكتوبر', 10],
    ['نوفمبر', 11],
    ['ديسمبر', 12],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [name, month as number] as const)),
);

const MONTH_WORD = '(\\p{L}{3,10})\\.?';

/** Dateline shapes: "16 October 2019", "16 de octubre de 2019", "16. Oktober 2019", "October 16, 2019", "2019-10-16", "16.10.2019", "16 أكتوبر 2019". */
const DATELINES: readonly { pattern: RegExp; parts: (match: RegExpExecArray) => [number, string | number, number | undefined] }[] = [
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_WORD}\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)`, 'iu'),
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

const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const WEEKDAYS_DE = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];
const WEEKDAYS_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const WEEKDAYS_NL = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const WEEKDAYS_TR = ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'];
/** Turkish weekdays longest first, so "Pazartesi" is not read as "Pazar" and "Cumartesi" not as "Cuma". */
const WEEKDAYS_TR_LONGEST_FIRST = [...WEEKDAYS_TR].sort((a, b) => b.length - a.length);
/** What may follow a Turkish word: a case ending after an apostrophe ("Cuma'dan") or nothing that is a letter. */
const TR_END = "(?:['’]\\p{L}+)?(?!\\p{L})";

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

/** A rule's meaning for a weekday named in match group `group`, or null when the word is not one of `names`. */
const weekday =
  (names: readonly string[], group: number, direction: 'before' | 'on-or-before' | 'after') =>
  (m: RegExpExecArray): Meaning | null => {
    const index = weekdayOf(names, m[group]);
    return index < 0 ? null : { weekday: index, direction };
  };

/** Arabic: no capitals and no \b, so words are bounded by anything that is not a letter. */
const AR_RULES = (): Rule[] => [
  { pattern: /(?<!\p{L})(?:أول أمس|أول من أمس)(?!\p{L})/gu, meaning: () => ({ days: -2 }) },
  { pattern: /(?<!\p{L})(?:أمس|البارحة)(?!\p{L})/gu, meaning: () => ({ days: -1 }) },
  {
    pattern: new RegExp(`(?<!\\p{L})(?:يوم )?${wd(WEEKDAYS_AR)} (?:الماضي|المنصرم)(?!\\p{L})`, 'gu'),
    meaning: weekday(WEEKDAYS_AR, 1, 'before'),
  },
  {
    pattern: new RegExp(`(?<!\\p{L})(?:يوم )?${wd(WEEKDAYS_AR)} (?:المقبل|القادم)(?!\\p{L})`, 'gu'),
    meaning: weekday(WEEKDAYS_AR, 1, 'after'),
  },
  { pattern: new RegExp(`(?<!\\p{L})يوم ${wd(WEEKDAYS_AR)}(?!\\p{L})`, 'gu'), meaning: weekday(WEEKDAYS_AR, 1, 'on-or-before') },
  // "منذ الأربعاء", since Wednesday: the last Wednesday up to the publication day.
  {
    pattern: new RegExp(`(?<!\\p{L})منذ (?:يوم )?${wd(WEEKDAYS_AR)}(?!\\p{L})`, 'gu'),
    meaning: weekday(WEEKDAYS_AR, 1, 'on-or-before'),
  },
  { pattern: /(?<!\p{L})(?:الأسبوع|الاسبوع) (?:الماضي|المنصرم)(?!\p{L})/gu, meaning: () => ({ period: 'week', offset: -1 }) },
  { pattern: /(?<!\p{L})هذا (?:الأسبوع|الاسبوع)(?!\p{L})/gu, meaning: () => ({ period: 'week', offset: 0 }) },
  { pattern: /(?<!\p{L})الشهر الماضي(?!\p{L})/gu, meaning: () => ({ period: 'month', offset: -1 }) },
  { pattern: /(?<!\p{L})(?:العام الماضي|السنة الماضية)(?!\p{L})/gu, meaning: () => ({ period: 'year', offset: -1 }) },
  { pattern: /(?<!\p{L})اليوم(?!\p{L})/gu, meaning: () => ({ days: 0 }) },
];

/** Turkish: case endings follow a name after an apostrophe ("Cuma'dan"); "pazar" alone is also "market", so a weekday counts with "günü", "geçen" or "önümüzdeki". */
const TR_RULES = (): Rule[] => [
  { pattern: new RegExp(`(?<!\\p{L})(?:evvelsi|önceki) gün${TR_END}`, 'giu'), meaning: () => ({ days: -2 }) },
  { pattern: new RegExp(`(?<!\\p{L})dün(?: gece| akşam)?${TR_END}`, 'giu'), meaning: () => ({ days: -1 }) },
  { pattern: new RegExp(`(?<!\\p{L})bugün(?:kü)?${TR_END}`, 'giu'), meaning: () => ({ days: 0 }) },
  { pattern: new RegExp(`(?<!\\p{L})(\\d+) gün önce${TR_END}`, 'giu'), meaning: (m) => ({ days: -Number(m[1]) }) },
  {
    pattern: new RegExp(`(?<!\\p{L})geçen ${wd(WEEKDAYS_TR_LONGEST_FIRST)}(?: günü)?${TR_END}`, 'giu'),
    meaning: weekday(WEEKDAYS_TR, 1, 'before'),
  },
  {
    pattern: new RegExp(`(?<!\\p{L})(?:önümüzdeki|gelecek) ${wd(WEEKDAYS_TR_LONGEST_FIRST)}(?: günü)?${TR_END}`, 'giu'),
    meaning: weekday(WEEKDAYS_TR, 1, 'after'),
  },
  {
    pattern: new RegExp(`(?<!\\p{L})${wd(WEEKDAYS_TR_LONGEST_FIRST)} günü${TR_END}`, 'giu'),
    meaning: weekday(WEEKDAYS_TR, 1, 'on-or-before'),
  },
  { pattern: new RegExp(`(?<!\\p{L})geçen hafta${TR_END}`, 'giu'), meaning: () => ({ period: 'week', offset: -1 }) },
  { pattern: new RegExp(`(?<!\\p{L})bu hafta${TR_END}`, 'giu'), meaning: () => ({ period: 'week', offset: 0 }) },
  { pattern: new RegExp(`(?<!\\p{L})geçen ay${TR_END}`, 'giu'), meaning: () => ({ period: 'month', offset: -1 }) },
  { pattern: new RegExp(`(?<!\\p{L})geçen (?:yıl|sene)${TR_END}`, 'giu'), meaning: () => ({ period: 'year', offset: -1 }) },
];

/** Spanish. */
const ES_RULES = (): Rule[] => [
  { pattern: /\banteayer\b/giu, meaning: () => ({ days: -2 }) },
  { pattern: /\bayer\b/giu, meaning: () => ({ days: -1 }) },
  { pattern: /\banoche\b/giu, meaning: () => ({ days: -1 }) },
  { pattern: /\bhoy\b/giu, meaning: () => ({ days: 0 }) },
  { pattern: new RegExp(`\\bel pasado ${wd(WEEKDAYS_ES)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_ES, 1, 'before') },
  { pattern: new RegExp(`\\b(?:el )?${wd(WEEKDAYS_ES)} pasado(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_ES, 1, 'before') },
  {
    pattern: new RegExp(`\\b(?:el )?(?:próximo )?${wd(WEEKDAYS_ES)} (?:próximo|que viene)(?!\\p{L})`, 'giu'),
    meaning: weekday(WEEKDAYS_ES, 1, 'after'),
  },
  { pattern: new RegExp(`\\bel ${wd(WEEKDAYS_ES)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_ES, 1, 'on-or-before') },
  { pattern: /\bla semana pasada\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
  { pattern: /\besta semana\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
  { pattern: /\bel mes pasado\b/giu, meaning: () => ({ period: 'month', offset: -1 }) },
  { pattern: /\bel año pasado\b/giu, meaning: () => ({ period: 'year', offset: -1 }) },
];

/** French. */
const FR_RULES = (): Rule[] => [
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

/** German. */
const DE_RULES = (): Rule[] => [
  { pattern: /\bvorgestern\b/giu, meaning: () => ({ days: -2 }) },
  { pattern: /\bgestern\b/giu, meaning: () => ({ days: -1 }) },
  { pattern: /\bheute\b/giu, meaning: () => ({ days: 0 }) },
  { pattern: new RegExp(`\\bletzten ${wd(WEEKDAYS_DE)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_DE, 1, 'before') },
  { pattern: new RegExp(`\\bam ${wd(WEEKDAYS_DE)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_DE, 1, 'on-or-before') },
  { pattern: /\b(?:letzte|vergangene) Woche\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
  { pattern: /\bdiese Woche\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
];

/** Dutch. */
const NL_RULES = (): Rule[] => [
  { pattern: /\beergisteren\b/giu, meaning: () => ({ days: -2 }) },
  { pattern: /\bgisteren\b/giu, meaning: () => ({ days: -1 }) },
  { pattern: /\bvandaag\b/giu, meaning: () => ({ days: 0 }) },
  { pattern: new RegExp(`\\b(?:afgelopen|vorige) ${wd(WEEKDAYS_NL)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_NL, 1, 'before') },
  { pattern: new RegExp(`\\bop ${wd(WEEKDAYS_NL)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_NL, 1, 'on-or-before') },
  { pattern: /\b(?:vorige|afgelopen) week\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
  { pattern: /\bdeze week\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
];

/** English, also the rules for any language without its own. */
const EN_RULES = (): Rule[] => [
  { pattern: /\bthe day before yesterday\b/giu, meaning: () => ({ days: -2 }) },
  { pattern: /\byesterday\b/giu, meaning: () => ({ days: -1 }) },
  { pattern: /\blast night\b/giu, meaning: () => ({ days: -1 }) },
  { pattern: /\b(?:today|this morning|this afternoon|this evening|tonight)\b/giu, meaning: () => ({ days: 0 }) },
  { pattern: /\b(\d+|two|three|four|five|six|seven|ten) days ago\b/giu, meaning: (m) => ({ days: -numberWord(m[1]!) }) },
  { pattern: /\b(?:a|one) week ago\b/giu, meaning: () => ({ days: -7 }) },
  {
    pattern: new RegExp(`\\b(?:last|this past|past) ${wd(WEEKDAYS_EN)}(?!\\p{L})`, 'giu'),
    meaning: weekday(WEEKDAYS_EN, 1, 'before'),
  },
  { pattern: new RegExp(`\\bnext ${wd(WEEKDAYS_EN)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_EN, 1, 'after') },
  { pattern: new RegExp(`(?<!\\p{L})(?:on )?${wd(WEEKDAYS_EN)}(?!\\p{L})`, 'giu'), meaning: weekday(WEEKDAYS_EN, 1, 'on-or-before') },
  { pattern: /\b(?:last|past) week\b/giu, meaning: () => ({ period: 'week', offset: -1 }) },
  { pattern: /\bthis week\b/giu, meaning: () => ({ period: 'week', offset: 0 }) },
  { pattern: /\blast month\b/giu, meaning: () => ({ period: 'month', offset: -1 }) },
  { pattern: /\blast year\b/giu, meaning: () => ({ period: 'year', offset: -1 }) },
];

/** Each supported language's rules by its primary subtag; any other language gets English's. */
const RULES_BY_LANGUAGE: Readonly<Record<string, () => Rule[]>> = {
  ar: AR_RULES,
  tr: TR_RULES,
  es: ES_RULES,
  fr: FR_RULES,
  de: DE_RULES,
  nl: NL_RULES,
  en: EN_RULES,
};

/** The rules for a language; the first that matches at a position wins (longer phrases come first). */
function rulesFor(language: string): Rule[] {
  return (RULES_BY_LANGUAGE[language.split('-')[0] ?? ''] ?? EN_RULES)();
}

/** Small number words for "three days ago". */
function numberWord(word: string): number {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  return /^\d+$/.test(word) ? Number(word) : words.indexOf(word.toLowerCase());
}

const DAY_MS = 86_400_000;
const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A UTC day as "13 October 2019 (Sunday)". */
const longDay = (time: number) => {
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()} (${ENGLISH_WEEKDAYS[date.getUTCDay()]})`;
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

/** chrono-node's parser for each language it covers; it finds what the rules above do not list ("domingo", "ontem", "ieri"). */
const CHRONO_PARSERS: Readonly<Record<string, { parse: typeof chrono.parse }>> = {
  en: chrono.en,
  fr: chrono.fr,
  de: chrono.de,
  es: chrono.es,
  pt: chrono.pt,
  nl: chrono.nl,
  it: chrono.it,
};

/**
 * Every relative date in a paragraph, in text order, resolved against the
 * publication date: first by the rules above (Arabic and Turkish have only
 * these: chrono-node has no locale for either), then
 * by chrono-node for the expressions they do not cover, in every language
 * chrono-node reads. Written dates with digits ("13 October 2019") are not
 * relative and are left out. With a publication date known only to the
 * month or year, each is listed with the reason it cannot be resolved.
 */
export function relativeDates(text: string, language: string, published: PartialDate | undefined): ResolvedDate[] {
  const found: { index: number; end: number; words: string; meaning: Meaning | { chrono: Date } }[] = [];
  for (const rule of rulesFor(language)) {
    for (const match of text.matchAll(rule.pattern)) {
      const index = match.index;
      const end = index + match[0].length;
      if (found.some((other) => index < other.end && end > other.index)) continue; // a longer phrase already took these words
      const meaning = rule.meaning(match as RegExpExecArray);
      if (meaning) found.push({ index, end, words: match[0], meaning });
    }
  }
  const parser = CHRONO_PARSERS[language.split('-')[0]!];
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
