/**
 * The archive's settings: every environment variable the site, the build and
 * the commands read, parsed in one place with zod. Nothing else reads
 * `process.env` (the architecture test keeps it so); a bad value stops the
 * program with a message naming the variable and the value.
 *
 *   SITE_URL                      absolute http(s) origin for canonical URLs, e.g. "https://example.org"
 *                                 (default http://localhost:4321, for a local preview)
 *   BASE_PATH                     sub-path the site is served under, e.g. "/archive/" (default "/"); segments of
 *                                 letters, digits, "-", "_", "." and "~" only (src/lib/core/base-path.ts)
 *   ARCHIVE_CONTENT_DIR           the content folder (default ./content)
 *   ARCHIVE_CACHE_DIR             the build's cache: Astro's content cache and the derived data (default ./node_modules/.astro)
 *   ARCHIVE_PAGE_SIZE_ARTICLES, _MENTIONS, _TIMELINE, _ENTITIES, _ARTICLES_LATER, _MENTIONS_LATER, _OPEN_DATA
 *                                 items per page of the paginated lists and of open data (src/lib/core/page-sizes.ts)
 *   ARCHIVE_ASTRO_TIMEOUT         seconds `astro build` may take (default 3600)
 *   ARCHIVE_SEARCH_INDEX_TIMEOUT  seconds the search index may take (default 1800)
 *   ARCHIVE_BUILD_LOCK_WAIT       seconds to wait for another build to finish (default 3600)
 *   ARCHIVE_SEARCH_SHARD_SIZE     articles per search-index shard (default 5000; scripts/lib/build/search-shards.ts)
 *   PAGEFIND_EXTENDED_BINARY_PATH, PAGEFIND_BINARY_PATH
 *                                 Pagefind's own variables, read here only to name its program in messages
 *
 * An empty variable counts as unset, for every variable.
 *
 * astro.config.mjs imports this module, so it must never import
 * src/lib/urls/urls.ts (directly or through another module): see urls.ts.
 */
import { z } from 'zod';
import { checkBasePath } from './lib/core/base-path.ts';
import { LOCAL_PREVIEW_ORIGIN, siteOrigin } from './lib/core/site-url.ts';
import { PAGE_SIZE_SETTINGS, parsePageSize, type PageSizes } from './lib/core/page-sizes.ts';

/** The environment as a program receives it. */
export type Environment = Record<string, string | undefined>;

/** The origin absolute URLs use when SITE_URL is unset: fit for a local preview only. */
export const LOCAL_SITE_URL = LOCAL_PREVIEW_ORIGIN;

/** A variable's text, with an empty or blank value read as unset. */
const optionalText = z
  .string()
  .optional()
  .transform((raw) => (raw === undefined || raw.trim() === '' ? undefined : raw));

/** SITE_URL: an absolute http(s) origin, by the rule in src/lib/core/site-url.ts. */
const siteUrl = optionalText.transform((raw, context) => {
  if (raw === undefined) return undefined;
  try {
    return siteOrigin(raw).origin;
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** A limit in seconds, returned in milliseconds. */
const seconds = (variable: string, fallback: number) =>
  optionalText.transform((raw, context) => {
    if (raw === undefined) return fallback * 1000;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) {
      context.addIssue({ code: 'custom', message: `${variable} must be a positive number of seconds, not "${raw}".` });
      return z.NEVER;
    }
    return value * 1000;
  });

/** BASE_PATH: a safe path, normalised, by the rule in src/lib/core/base-path.ts. */
const basePath = optionalText.transform((raw, context) => {
  try {
    return checkBasePath(raw ?? '/', 'BASE_PATH');
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** A page size: a positive whole number (page-sizes.ts says which are accepted). */
const pageSize = (variable: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((raw, context) => {
      try {
        return parsePageSize(raw, variable, fallback);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });

/** A folder: the value without trailing slashes, or the fallback when unset or empty. */
const folder = (fallback: string) => optionalText.transform((raw) => (raw ?? fallback).replace(/(.)\/+$/, '$1'));

/** The schema of the environment: each variable as read, checked and defaulted. */
const environmentSchema = z.object({
  SITE_URL: siteUrl,
  BASE_PATH: basePath,
  ARCHIVE_CONTENT_DIR: folder('./content'),
  ARCHIVE_CACHE_DIR: folder('./node_modules/.astro'),
  ARCHIVE_PAGE_SIZE_ARTICLES: pageSize(PAGE_SIZE_SETTINGS.articles.variable, PAGE_SIZE_SETTINGS.articles.fallback),
  ARCHIVE_PAGE_SIZE_MENTIONS: pageSize(PAGE_SIZE_SETTINGS.mentions.variable, PAGE_SIZE_SETTINGS.mentions.fallback),
  ARCHIVE_PAGE_SIZE_TIMELINE: pageSize(PAGE_SIZE_SETTINGS.timeline.variable, PAGE_SIZE_SETTINGS.timeline.fallback),
  ARCHIVE_PAGE_SIZE_ENTITIES: pageSize(PAGE_SIZE_SETTINGS.entities.variable, PAGE_SIZE_SETTINGS.entities.fallback),
  ARCHIVE_PAGE_SIZE_ARTICLES_LATER: pageSize(PAGE_SIZE_SETTINGS.articlesLater.variable, PAGE_SIZE_SETTINGS.articlesLater.fallback),
  ARCHIVE_PAGE_SIZE_MENTIONS_LATER: pageSize(PAGE_SIZE_SETTINGS.mentionsLater.variable, PAGE_SIZE_SETTINGS.mentionsLater.fallback),
  ARCHIVE_PAGE_SIZE_OPEN_DATA: pageSize(PAGE_SIZE_SETTINGS.openData.variable, PAGE_SIZE_SETTINGS.openData.fallback),
  ARCHIVE_ASTRO_TIMEOUT: seconds('ARCHIVE_ASTRO_TIMEOUT', 3600),
  ARCHIVE_SEARCH_INDEX_TIMEOUT: seconds('ARCHIVE_SEARCH_INDEX_TIMEOUT', 1800),
  ARCHIVE_BUILD_LOCK_WAIT: seconds('ARCHIVE_BUILD_LOCK_WAIT', 3600),
  // Each shard adds about 15 KB (its index chunk for the word) to a reader's first query, so fewer,
  // larger shards; Pagefind's memory sets the limit: 1.48 GB for a 5,000-article shard (0.69 GB at
  // 2,000), below the Astro step's own peak (3.7 GB at 10,000), so the build's peak does not grow.
  // The cost is a rebuild's: it indexes again the whole shard of an edited article (35.6 s against
  // 13.4 s at 2,000 on a busy machine). README, "Search index in shards".
  ARCHIVE_SEARCH_SHARD_SIZE: pageSize('ARCHIVE_SEARCH_SHARD_SIZE', 5000),
  PAGEFIND_EXTENDED_BINARY_PATH: optionalText,
  PAGEFIND_BINARY_PATH: optionalText,
});

/** The settings, named for what they are rather than for their variables. */
export interface Settings {
  /** The origin absolute URLs (canonical links, feed, citations) use: SITE_URL, or LOCAL_SITE_URL when unset. */
  siteUrl: string;
  /** Whether SITE_URL was set; when it was not, absolute URLs point at a local preview. */
  siteUrlIsSet: boolean;
  /** The base path, with exactly one slash at each end: "/" or "/archive/". */
  basePath: string;
  /** The content folder as given (relative to the project root unless absolute), without a trailing slash. */
  contentDir: string;
  /** The build's cache folder, without a trailing slash. */
  cacheDir: string;
  /** Items per page of each paginated list. */
  pageSizes: PageSizes;
  /** How long each step of `npm run build` may take, and how long it waits for another build, in milliseconds. */
  limits: { astro: number; searchIndex: number; buildLockWait: number };
  /** Articles per search-index shard: more articles than this are indexed in several Pagefind runs (ARCHIVE_SEARCH_SHARD_SIZE). */
  searchShardSize: number;
  /** The Pagefind program named by PAGEFIND_EXTENDED_BINARY_PATH or PAGEFIND_BINARY_PATH, if either is set. */
  pagefindBinary: string | undefined;
}

/** A bad setting; the message names the variable and the value. */
class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Reads the settings from an environment; throws a SettingsError naming the first bad variable. */
export function readSettings(env: Environment): Settings {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? '');
    throw new SettingsError(issue.message.includes(variable) ? issue.message : `${variable}: ${issue.message}`);
  }
  const value = parsed.data;
  return {
    siteUrl: value.SITE_URL ?? LOCAL_SITE_URL,
    siteUrlIsSet: value.SITE_URL !== undefined,
    basePath: value.BASE_PATH,
    contentDir: value.ARCHIVE_CONTENT_DIR,
    cacheDir: value.ARCHIVE_CACHE_DIR,
    pageSizes: {
      articles: value.ARCHIVE_PAGE_SIZE_ARTICLES,
      mentions: value.ARCHIVE_PAGE_SIZE_MENTIONS,
      timeline: value.ARCHIVE_PAGE_SIZE_TIMELINE,
      entities: value.ARCHIVE_PAGE_SIZE_ENTITIES,
      articlesLater: value.ARCHIVE_PAGE_SIZE_ARTICLES_LATER,
      mentionsLater: value.ARCHIVE_PAGE_SIZE_MENTIONS_LATER,
      openData: value.ARCHIVE_PAGE_SIZE_OPEN_DATA,
    },
    limits: {
      astro: value.ARCHIVE_ASTRO_TIMEOUT,
      searchIndex: value.ARCHIVE_SEARCH_INDEX_TIMEOUT,
      buildLockWait: value.ARCHIVE_BUILD_LOCK_WAIT,
    },
    searchShardSize: value.ARCHIVE_SEARCH_SHARD_SIZE,
    pagefindBinary: value.PAGEFIND_EXTENDED_BINARY_PATH ?? value.PAGEFIND_BINARY_PATH,
  };
}

let current: Settings | undefined;

/** This process's settings, read from its environment once. Throws a SettingsError naming a bad variable. */
export function settings(): Settings {
  current ??= readSettings(process.env);
  return current;
}
