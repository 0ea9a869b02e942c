/**
 * What every quality gate needs to know about a built site on disk: which
 * files it has, which of them are pages, and which URL each page is served at
 * under a base path. Gates report problems as {@link Finding}s, so a test can
 * expect `[]` of the real site and a specific finding of a broken fixture.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * The origin gates resolve a site's URLs against when the site names none;
 * `.invalid` is reserved, so it can never be a real host.
 */
export const PLACEHOLDER_ORIGIN = 'http://site.invalid';

/** `reference` resolved against `base`, or null if it is not a valid URL. */
export function resolveUrl(reference: string, base: URL | string): URL | null {
  try {
    return new URL(reference, base);
  } catch {
    return null;
  }
}

/** One problem a gate found. */
export interface Finding {
  /** What was broken: an axe rule id, an html-validate rule id, or the gate's own name for it. */
  rule: string;
  /** The page (URL path, base included) or file (path inside the site) it was found on. */
  page: string;
  /** The element (CSS selector), URL or file it concerns, when there is one. */
  target?: string;
  /** What is wrong, in words. */
  message: string;
}

/** Every file under `siteDir`, as slash-separated paths relative to it, sorted. */
export function listSiteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** One HTML page of a built site. */
export interface SitePage {
  /** Path of the HTML file inside the site, e.g. "topics/index.html". */
  file: string;
  /** The URL path a static host serves it at, base included, e.g. "/some/base/topics/". */
  path: string;
}

/**
 * Every HTML page of a built site with the URL it is served at: a folder's
 * index.html answers for the folder's URL with its trailing slash, as the
 * site's `trailingSlash: 'always'` links to it.
 */
export function listSitePages(siteDir: string, base = '/'): SitePage[] {
  return listSiteFiles(siteDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: base + encodeURI(file.replace(/(^|\/)index\.html$/, '$1')) }));
}

/**
 * The file a static host serving `siteDir` under `base` answers a URL path
 * with, or null if there is none: a folder answers with its index.html (after
 * a redirect to the slashed URL, when the slash is missing).
 */
export function siteFileFor(siteDir: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null; // a malformed %-escape names no file
  }
  const root = resolve(siteDir);
  const file = join(root, relativePath);
  if (!(file === root || file.startsWith(root + sep)) || !existsSync(file)) return null;
  if (!statSync(file).isDirectory()) return file;
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
}
