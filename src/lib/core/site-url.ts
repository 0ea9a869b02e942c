/**
 * The site's origin for absolute URLs (canonical links, `og:url`, JSON-LD,
 * citations, the feed, sitemaps, robots.txt, open data), from SITE_URL. Unset,
 * it is the local preview's origin, and the build says so; set, it must be an
 * absolute http(s) origin, or the build stops naming the variable, so no
 * deployment ships wrong addresses silently.
 */

/** The origin `astro preview` serves on, used when SITE_URL is not set. */
export const LOCAL_PREVIEW_ORIGIN = 'http://localhost:4321';

/** The origin absolute URLs are built on. */
export interface SiteOrigin {
  /** E.g. "https://archive.example.org", without a trailing slash. */
  origin: string;
  /** True when SITE_URL was not set, so the URLs point at the local preview. */
  localPreview: boolean;
}

/** A SITE_URL that is not an absolute http(s) origin. */
class SiteUrlError extends Error {}

/**
 * Reads SITE_URL (unset or empty: the local preview). Accepts
 * "https://host" or "https://host:port", with or without a final slash;
 * refuses anything else with a message naming SITE_URL: a relative or
 * non-http(s) address, credentials, a path (the base path is BASE_PATH's),
 * a query or a fragment.
 */
export function siteOrigin(value: string | undefined): SiteOrigin {
  if (value === undefined || value.trim() === '') return { origin: LOCAL_PREVIEW_ORIGIN, localPreview: true };
  const problem = (why: string) =>
    new SiteUrlError(`SITE_URL must be an absolute http(s) origin such as https://archive.example.org, not "${value}": ${why}.`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw problem('it is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw problem(`${url.protocol} is not http: or https:`);
  if (!/^https?:\/\/[^/]/i.test(value.trim())) throw problem('it has no host');
  if (url.username || url.password) throw problem('it carries a user name or password');
  if (url.pathname !== '/') throw problem('it has a path (a sub-path goes in BASE_PATH)');
  if (url.search || value.includes('?')) throw problem('it has a query');
  if (url.hash || value.includes('#')) throw problem('it has a fragment');
  return { origin: url.origin, localPreview: false };
}

/** What the build prints when SITE_URL is not set, at its start and again in its last lines. */
export function localPreviewWarning(): string {
  return (
    `SITE_URL is not set: absolute URLs (canonical links, citations, the feed, sitemaps, robots.txt, open data) point at ${LOCAL_PREVIEW_ORIGIN}. ` +
    'This site is for local preview only; to deploy it, build with SITE_URL set to its origin, e.g. SITE_URL=https://archive.example.org npm run build.'
  );
}
