/**
 * The one table of page kinds: for each first path segment of the site (after
 * its base), what the pages there are called, where the navigation lists
 * them, which navigation section they mark with `aria-current`, and whether
 * the search index reads them. The URL helpers (urls.ts), the entity kinds,
 * the sections, the header, footer and 404 lists and the search index's page
 * glob (scripts/lib/build/search-shards.ts) all read it, and the architecture
 * test keeps every other module from spelling a segment; the route folders
 * under src/pages/ must match the segments (the same test).
 *
 * Adding a page kind: CONTRIBUTING.md, "Adding a page".
 */

/** The sections the main navigation links to; a detail page marks the one it belongs to. */
export type Section = 'articles' | 'topics' | 'entities' | 'timeline' | 'figures' | 'search';

/**
 * Which of a kind's pages the search index reads (those pages carry
 * data-pagefind-body; the build's verify step checks the two agree):
 * "each" page 1 of every page under the segment (/events/<id>/), "index" the
 * one page at the segment itself (/figures/), false none.
 */
export type Searched = 'each' | 'index' | false;

/** What the site says and does for one kind of page. */
export interface PageKind {
  /** The first path segment after the base, without slashes: "topics" for /topics/…; "" for the home page. */
  segment: string;
  /** The heading and title of the kind's own index page, for the kinds that have one. */
  title?: string;
  /** Its link text in the header and the 404 page's list, for the kinds the navigation links to. */
  navLabel?: string;
  /** Its words in the footer's "Browse:" line, lower case as running text. */
  browseLabel?: string;
  /** The navigation section its pages mark as current; none for a page outside every section. */
  section?: Section;
  /** Whether and which of its pages the search index reads. */
  searched: Searched;
}

/** Every kind of page, by name. Each segment is spelled here and nowhere else. */
export const PAGE_KINDS = {
  home: { segment: '', title: 'Articles', navLabel: 'Articles', browseLabel: 'articles', section: 'articles', searched: false },
  articles: { segment: 'articles', section: 'articles', searched: 'each' },
  events: { segment: 'events', section: 'timeline', searched: 'each' },
  topics: { segment: 'topics', title: 'Topics', navLabel: 'Topics', browseLabel: 'topics', section: 'topics', searched: 'each' },
  people: { segment: 'people', section: 'entities', searched: 'each' },
  places: { segment: 'places', section: 'entities', searched: 'each' },
  organisations: { segment: 'organisations', section: 'entities', searched: 'each' },
  entities: {
    segment: 'entities',
    title: 'People, places and organisations',
    navLabel: 'People, places, organisations',
    browseLabel: 'people, places and organisations',
    section: 'entities',
    searched: false,
  },
  timeline: { segment: 'timeline', title: 'Timeline', navLabel: 'Timeline', browseLabel: 'timeline', section: 'timeline', searched: false },
  figures: {
    segment: 'figures',
    title: 'Facts and figures',
    navLabel: 'Figures',
    browseLabel: 'figures',
    section: 'figures',
    searched: 'index',
  },
  about: { segment: 'about', title: 'About this archive', searched: false },
  search: { segment: 'search', title: 'Search', navLabel: 'Search', browseLabel: 'search', section: 'search', searched: false },
  data: { segment: 'data', searched: false },
} as const satisfies Record<string, PageKind>;

/** The name of a page kind: "home", "topics", "people"… */
export type PageKindName = keyof typeof PAGE_KINDS;

/** The kinds the header and the 404 page link to, in the header's order (the long entities label late, so it wraps last on a phone). */
export const NAVIGATION: readonly PageKindName[] = ['home', 'topics', 'timeline', 'figures', 'entities', 'search'];

/** The kinds the footer's "Browse:" line links to, in its order. */
export const BROWSE: readonly PageKindName[] = ['home', 'topics', 'entities', 'timeline', 'figures', 'search'];

/** A kind's row, typed as the general shape (so optional columns read as optional). */
export function pageKind(name: PageKindName): PageKind {
  return PAGE_KINDS[name];
}

/** The first path segment of a kind's pages: "topics". */
export function segmentOf(name: PageKindName): string {
  return PAGE_KINDS[name].segment;
}

/** The segments whose pages the search index reads, by how it reads them, in table order. */
export function searchedSegments(searched: Exclude<Searched, false>): string[] {
  return Object.values(PAGE_KINDS as Record<string, PageKind>)
    .filter((kind) => kind.searched === searched)
    .map((kind) => kind.segment);
}

/** The section a first path segment belongs to, if any ("people" → "entities"); "" is the home page. */
export function sectionOfSegment(segment: string): Section | undefined {
  return Object.values(PAGE_KINDS as Record<string, PageKind>).find((kind) => kind.segment === segment)?.section;
}
