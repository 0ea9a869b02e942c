/**
 * How names in any spelling become findable. Pagefind has no synonyms and
 * splits "al-Hol" differently from "al Hol", so the archive does two things:
 *
 * - at build time, every page that mentions an entity carries the compact
 *   search keys of all that entity's names ("alhol alhawl aynissa …") in a
 *   searchable Pagefind meta field (see `aliasKeywords`);
 * - at query time, a query with separators is also tried in its compact form
 *   ("al Hol", "AL-HOL", "al‐Hol" → "alhol"), which finds exactly those pages
 *   (see `planSearch`).
 *
 * The names themselves stay in the content (`content/entities/*.yaml`).
 */
import { foldDiacritics, searchKey } from './aliases.ts';

/**
 * The space-separated, de-duplicated search keys of every name of the given
 * entities, for the `aliases` meta field of a page that mentions them.
 */
export function aliasKeywords(namesOfEntities: readonly (readonly string[])[]): string {
  const keys = new Set<string>();
  for (const names of namesOfEntities) for (const name of names) keys.add(searchKey(name));
  return [...keys].filter(Boolean).sort().join(' ');
}

/** An entity's names and the paragraphs of one article that mention it. */
export interface EntityParagraphs {
  /** The canonical name and every alias. */
  names: readonly string[];
  /** Numbers of the paragraphs that mention it. */
  paragraphs: readonly number[];
}

/**
 * The `where` meta field of an article: for each entity it mentions, the
 * compact keys of its names and the paragraphs that mention it, as
 * "alhawl,alhol@3,7 aynissa,ainissa@1". A result found through an alias key
 * (which matches no word in the text, since the text may spell the name
 * "Al Hol") can then still open at the right paragraph.
 */
export function paragraphKeywords(entities: readonly EntityParagraphs[]): string {
  return entities
    .filter((entity) => entity.paragraphs.length > 0)
    .map((entity) => {
      const keys = [...new Set(entity.names.map(searchKey))].filter(Boolean).sort();
      return `${keys.join(',')}@${entity.paragraphs.join(',')}`;
    })
    .join(' ');
}

/**
 * The first paragraph that mentions a name whose compact key begins with
 * `key`, read from a `where` meta field; null when none does.
 */
export function firstParagraphForKey(where: string | undefined, key: string): number | null {
  let first: number | null = null;
  for (const group of (where ?? '').split(' ')) {
    const [keys = '', paragraphs = ''] = group.split('@');
    if (!keys.split(',').some((candidate) => candidate.startsWith(key))) continue;
    const number = Number(paragraphs.split(',')[0]);
    if (Number.isInteger(number) && number > 0 && (first === null || number < first)) first = number;
  }
  return first;
}

/** The searches to run for what a reader typed, most precise first. */
export interface SearchPlan {
  /** The compact key, tried first when the query has separators ("al Hol" → "alhol"); null otherwise. */
  compact: string | null;
  /** The query as typed, diacritics folded and Unicode hyphens made plain, run when the compact key finds nothing. */
  words: string;
}

/**
 * Plans the Pagefind searches for a query. A name typed with spaces or
 * hyphens is first searched in its compact form, which matches the alias
 * keys on every page that mentions it; ordinary phrases ("Turkish army")
 * find nothing that way and fall back to a word search.
 */
export function planSearch(query: string): SearchPlan {
  const words = foldDiacritics(query)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const key = searchKey(query);
  const hasSeparators = key !== words.toLowerCase();
  return { compact: hasSeparators && key.length > 0 ? key : null, words };
}
