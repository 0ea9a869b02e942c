/**
 * How many items each paginated list shows a page. The defaults are sized so
 * that the heaviest page of a 10,000-article archive stays within 14,600
 * bytes gzipped with its stylesheet (the scale test checks it in bytes);
 * each can be overridden with an environment variable, e.g.
 * `ARCHIVE_PAGE_SIZE_ARTICLES=30 npm run build`. A value that is not a
 * positive whole number stops the build with the variable named.
 *
 * src/settings.ts reads the variables with these rules. No import of urls.ts
 * here (nor of pagination.ts, which needs it): astro.config.mjs reads this
 * module through the settings.
 */

/**
 * Checks a page size: a positive whole number. `name` says where the value
 * came from (an environment variable, an option), so the message names it.
 */
export function assertPageSize(size: number, name = 'page size'): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`${name} must be a positive whole number; got ${JSON.stringify(size)}`);
  return size;
}

/**
 * Reads a page size from text (an environment variable), or the fallback
 * when it is unset or empty. Anything but digits stops with a message that
 * names the variable and the value: "12abc" and "1.5" are not page sizes.
 */
export function parsePageSize(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return assertPageSize(fallback, name);
  if (!/^\s*\d+\s*$/.test(raw) || Number(raw) < 1) throw new Error(`${name} must be a positive whole number; got "${raw}"`);
  return Number(raw);
}

/** Items per page of each paginated list. */
export interface PageSizes {
  /** Article cards on the home page and on each topic's pages. */
  articles: number;
  /** Quoted paragraphs on each entity's pages (each quote is a whole paragraph, so fewer). */
  mentions: number;
  /** Entries (events and publications) on each page of a year of the timeline. */
  timeline: number;
  /** Names on each page of the index of people, places and organisations. */
  entities: number;
  /** Articles on each later page (2, 3 …) of the home page and of a topic, listed compactly: headline, publisher, date. */
  articlesLater: number;
  /** Mentions on each later page of an entity, listed compactly: the article's headline and paragraph, publisher, date. */
  mentionsLater: number;
}

/** The defaults, and the environment variable that overrides each. */
export const PAGE_SIZE_SETTINGS: Record<keyof PageSizes, { variable: string; fallback: number }> = {
  articles: { variable: 'ARCHIVE_PAGE_SIZE_ARTICLES', fallback: 30 },
  mentions: { variable: 'ARCHIVE_PAGE_SIZE_MENTIONS', fallback: 20 },
  timeline: { variable: 'ARCHIVE_PAGE_SIZE_TIMELINE', fallback: 30 },
  entities: { variable: 'ARCHIVE_PAGE_SIZE_ENTITIES', fallback: 100 },
  articlesLater: { variable: 'ARCHIVE_PAGE_SIZE_ARTICLES_LATER', fallback: 100 },
  mentionsLater: { variable: 'ARCHIVE_PAGE_SIZE_MENTIONS_LATER', fallback: 150 },
};
