/**
 * Which section of the site a page belongs to, so the navigation can mark
 * it (`aria-current`) on detail pages too: an article is in "Articles", a
 * person in "People, places, organisations", an event in "Timeline".
 */

/** The sections the main navigation links to. */
export type Section = 'articles' | 'topics' | 'entities' | 'timeline' | 'figures' | 'search';

/** The first path segment of each section's pages (after the site's base). */
const SECTION_OF_SEGMENT: Readonly<Record<string, Section>> = {
  articles: 'articles',
  topics: 'topics',
  entities: 'entities',
  people: 'entities',
  places: 'entities',
  organisations: 'entities',
  timeline: 'timeline',
  events: 'timeline',
  figures: 'figures',
  search: 'search',
};

/**
 * The section of the page at `pathname`, the site living under `base`
 * ("/" or "/archive/"): the home page and its later pages ("/2/") are the
 * articles; a path outside every section (the 404 page) has none.
 */
export function currentSection(pathname: string, base: string): Section | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = pathname.slice(base.length);
  if (rest === '' || /^\d+\/?$/.test(rest)) return 'articles';
  const segment = rest.split('/')[0]!;
  return Object.hasOwn(SECTION_OF_SEGMENT, segment) ? SECTION_OF_SEGMENT[segment] : undefined;
}
