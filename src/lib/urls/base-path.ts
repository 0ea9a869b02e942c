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
