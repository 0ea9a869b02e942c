/**
 * Base-path arithmetic with no dependencies, shared by urls.ts (pages) and by
 * the build's own plugins and integrations, which run outside Astro's bundle
 * and must be handed the base explicitly.
 */

/** Normalises a base path to start and end with exactly one slash: "" → "/", "a/b" → "/a/b/". */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** One segment of a base path: RFC 3986's unreserved characters, so nothing in it is percent-encoded, quoted or special to a server. */
const SAFE_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Checks a base path and returns it normalised ("/" or "/a/b/"), or throws
 * naming `name` (BASE_PATH, --base) and the value. A base goes into every
 * link, the `_headers` rules and the server configurations, so it must mean
 * the same to a browser, a host and a server: each segment holds only
 * letters, digits, "-", "_", "." and "~" (no "%", so no encoded dots; no
 * quotes, spaces or braces), no segment is made of dots only ("." and ".."
 * are resolved away by browsers, so `_headers` rules under them match no
 * request), and no segment is empty ("/a//b/" is another path).
 */
export function checkBasePath(raw: string, name: string): string {
  const segments = raw.replace(/^\/+|\/+$/g, '').split('/');
  if (segments.length === 1 && segments[0] === '') return '/';
  const bad = segments.find((segment) => !SAFE_SEGMENT.test(segment) || /^\.+$/.test(segment));
  if (bad !== undefined) {
    const why =
      bad === ''
        ? 'it has an empty segment ("//")'
        : /^\.+$/.test(bad)
          ? `its segment "${bad}" is made of dots only`
          : `its segment "${bad}" holds a character other than letters, digits, "-", "_", "." and "~"`;
    throw new Error(
      `${name} must be a path such as /archive/, each segment made of letters, digits, "-", "_", "." and "~", not ${JSON.stringify(raw)}: ${why}.`,
    );
  }
  return `/${segments.join('/')}/`;
}

/** Prefixes a site-relative path ("articles/x/", "/search/") with a base path. */
export function joinBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/**
 * Rewrites a root-relative link written in content ("/articles/x/#p-2") so it
 * works under the base path. Other links (absolute, protocol-relative,
 * fragment-only, relative) are returned unchanged, as are links that already
 * start with the base.
 */
export function rebaseRootRelative(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = normaliseBase(base);
  if (prefix === '/' || href.startsWith(prefix)) return href;
  return joinBase(prefix, href);
}
