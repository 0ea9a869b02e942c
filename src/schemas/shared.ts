/**
 * Schema pieces shared by several collections: dates at a precision, language
 * tags and references to other entries.
 */
import { z } from 'astro/zod';
import { isDateError, parsePartialDate, type PartialDate } from '../lib/core/dates.ts';
import { domainToUnicode } from 'node:url';
import { homographHostProblem, plainTextProblem, urlCredentialsProblem } from '../lib/core/plain-text.ts';

/**
 * The message for a date YAML has already turned into a timestamp. The text
 * is gone by then, and YAML rolls impossible dates over (2019-02-30 becomes
 * 2 March, 2019-13-01 becomes 1 January 2020) and shifts times with a zone
 * into another day, so the date is refused rather than guessed back.
 */
const UNQUOTED_DATE_MESSAGE =
  'put the date in quotes, e.g. "2019-10-16": unquoted, YAML reads it as a timestamp and can silently change it (2019-02-30 becomes 2 March); a date has no time or zone';

/**
 * YAML reads an unquoted 2019 as a number, which is still the text the
 * editor wrote; an unquoted 2019-10-16 it reads as a timestamp, which is
 * left as it is so the string check below refuses it with
 * {@link UNQUOTED_DATE_MESSAGE}.
 */
function yearToText(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
}

/** The earliest year any date in the archive may have: a floor well before its oldest events (2010), so "0019" or "1019" is caught as a typo. */
const EARLIEST_YEAR = 1900;

/**
 * A date known to the year, month or day: "2019", "2019-10" or "2019-10-16",
 * accepted only as the characters written (quoted in YAML) and checked as a
 * real calendar date, with no time or zone. Impossible dates (2019-02-30)
 * are rejected with the reason. Every date field of every collection uses it.
 */
export const partialDate = z.preprocess(
  yearToText,
  z
    .string({
      error: (issue) => (issue.input instanceof Date ? UNQUOTED_DATE_MESSAGE : 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD'),
    })
    .transform((text, ctx): PartialDate => {
      const parsed = parsePartialDate(text);
      if (isDateError(parsed)) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      if (parsed.year < EARLIEST_YEAR) {
        ctx.addIssue({
          code: 'custom',
          message: `the year ${text.slice(0, 4)} is before ${EARLIEST_YEAR}, earlier than anything the archive records; write the year with its four digits (e.g. 2019)`,
        });
        return z.NEVER;
      }
      return parsed;
    }),
);

/** HTML markup in a text field: a tag, comment or declaration (`<b`, `</`, `<!--`), or a character reference (`&amp;`, `&#60;`). */
const MARKUP = /<[a-z/!?]|&(?:[a-z][a-z0-9]*|#[0-9]+|#x[0-9a-f]+);/i;

/**
 * A front-matter or YAML text field: plain text, never markup. Pages, the
 * feed, the open data and JSON-LD all write it as text, and a tag in it is a
 * mistake or an attack, so the schema refuses it. `<` and `&` are fine on
 * their own ("<5%", "Q&A"). It also refuses what is not text at all (see
 * {@link plainTextProblem}): control characters, bidi controls, nothing but
 * white space, and words that mix Latin with look-alike letters.
 */
export const plainText = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const markup = MARKUP.exec(text);
    if (markup)
      ctx.addIssue({
        code: 'custom',
        message: `plain text only: "${markup[0]}" is markup; write the words without HTML tags or character references`,
      });
    const problem = plainTextProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A BCP 47 language tag such as "en", "es" or "nl": well formed, as the pages' `lang` and dates need it (`en-gb-gb` repeats a region and is not). */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en" or "es"')
  .refine((tag) => {
    try {
      Intl.getCanonicalLocales(tag);
      return true;
    } catch {
      return false;
    }
  }, 'not a valid BCP 47 language tag (is a part repeated, as in "en-gb-gb"?); write e.g. "en" or "en-GB"');

/** The id of another entry: lower-case words joined by hyphens, as its file name. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an entry id: lower-case letters, digits and hyphens (the file name without extension)');

/**
 * A list of entry ids, each listed once: an id listed twice would count a
 * mention twice and quote a paragraph twice. The second listing is named.
 */
export const entryIdList = z
  .array(entryId)
  .superRefine((ids, ctx) => {
    const first = new Map<string, number>();
    ids.forEach((id, index) => {
      if (first.has(id))
        ctx.addIssue({ code: 'custom', path: [index], message: `"${id}" is listed twice (first at [${first.get(id)}]); list each once` });
      else first.set(id, index);
    });
  })
  .default([]);

/**
 * An absolute http(s) URL, without a user name or password in it (they would
 * be published on every page that links it), and with a host that cannot
 * pass for another (no mixed scripts, no script unlike its top-level
 * domain's: readers see the host as written).
 */
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'expected an absolute http or https URL' })
  .refine((text) => !urlCredentialsProblem(text), {
    error: (issue) => urlCredentialsProblem(String(issue.input)) ?? '',
  })
  .refine((text) => !homographHostProblem(text, domainToUnicode), {
    error: (issue) => homographHostProblem(String(issue.input), domainToUnicode) ?? '',
  });
