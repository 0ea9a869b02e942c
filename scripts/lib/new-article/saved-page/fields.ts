/**
 * The draft's fields a saved page settles from its own metadata: the
 * publication date, the language and the publisher's name, each with the
 * source the review shows, and what the review must say where the page's
 * sources and the URL disagree. Command-line options still win; the
 * caller applies them.
 */
import { isDateError, parsePartialDate, type PartialDate } from '../../../../src/lib/core/dates.ts';
import type { FoundDate } from '../dates.ts';
import { canonicalLanguageTag } from '../language.ts';
import type { Reading } from './metadata.ts';
import type { SavedPage } from './index.ts';

/** A metadata date as the page writes it ("2019-10-14T09:30:00+03:00"): its calendar date as written, in the publisher's own offset; null when it is no ISO 8601 date. */
export function metadataDate(value: string): PartialDate | null {
  const match = /^(\d{4}-\d{2}(?:-\d{2})?)(?:$|[T\s])/.exec(value.trim());
  if (!match) return null;
  const date = parsePartialDate(match[1]!);
  return isDateError(date) ? null : date;
}

/** A source in words without markup, for front matter that is plain text: `<meta property="x">` → "the x meta tag". */
function plainSource(source: string): string {
  return source
    .replace(/<meta (?:property|name)="([^"]+)">/, 'the $1 meta tag')
    .replace('<time datetime>', 'the datetime of a time element')
    .replace(/[<>]/g, '');
}

/** The publication date the page states: the first reading that is an ISO 8601 date; notes for those that are not or that disagree. */
export function pagePublished(page: SavedPage, notes: string[]): FoundDate | null {
  let found: { reading: Reading; date: PartialDate } | null = null;
  for (const reading of page.metadata.published) {
    const date = metadataDate(reading.value);
    if (!date) notes.push(`published: ${reading.source} gives "${reading.value}", which is no ISO 8601 date; not read`);
    else if (!found) found = { reading, date };
    else if (date.iso !== found.date.iso) notes.push(`published: ${reading.source} gives ${date.iso}, not ${found.date.iso}`);
  }
  return found && { date: found.date, basis: `the page's metadata (${plainSource(found.reading.source)}: "${found.reading.value}")` };
}

/** The language the page gives itself, as a canonical BCP 47 tag, with its source; null when it gives none that is valid. */
export function pageLanguage(page: SavedPage, notes: string[]): { tag: string; source: string } | null {
  let chosen: { tag: string; source: string } | null = null;
  for (const reading of page.metadata.language) {
    const tag = canonicalLanguageTag(reading.value);
    if (!tag) notes.push(`language: ${reading.source} gives "${reading.value}", which is no BCP 47 tag`);
    else if (!chosen) chosen = { tag, source: reading.source };
    else if (tag.split('-')[0] !== chosen.tag.split('-')[0]) notes.push(`language: ${reading.source} gives ${tag}, not ${chosen.tag}`);
  }
  return chosen;
}

/** Every value of a field, with sources, for the review: "a (JSON-LD …); b (<meta …>)". */
export const listReadings = (readings: readonly Reading[]) =>
  [...new Map(readings.map((reading) => [`${reading.value}\u0000${reading.source}`, reading])).values()]
    .map((reading) => `${reading.value} (${reading.source})`)
    .join('; ');
