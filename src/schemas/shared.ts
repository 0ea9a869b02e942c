/**
 * Schema pieces shared by several collections: dates at a precision, language
 * tags and references to other entries.
 */
import { z } from 'astro/zod';
import { isDateError, parsePartialDate, type PartialDate } from '../lib/dates.ts';

/**
 * YAML reads an unquoted 2019-10-16 as a timestamp and 2019 as a number;
 * both are turned back into the text the editor wrote.
 */
function dateToText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return value;
}

/**
 * A date known to the year, month or day: "2019", "2019-10" or "2019-10-16".
 * Impossible dates (2019-02-30) are rejected with the reason.
 */
export const partialDate = z.preprocess(
  dateToText,
  z.string({ error: 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD' }).transform((text, ctx): PartialDate => {
    const parsed = parsePartialDate(text);
    if (isDateError(parsed)) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed;
  }),
);

/** A BCP 47 language tag such as "en", "es" or "nl". */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en" or "es"');

/** The id of another entry: lower-case words joined by hyphens, as its file name. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an entry id: lower-case letters, digits and hyphens (the file name without extension)');

/** An absolute http(s) URL. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'expected an absolute http or https URL' });
