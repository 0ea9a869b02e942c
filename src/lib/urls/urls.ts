/**
 * The one place that builds internal URLs. Every link, asset and form action
 * on the site comes from here, so the archive works at the root of a host or
 * under any sub-path (`base` in astro.config.mjs). No component writes a
 * root-relative URL by hand.
 */
import { paragraphAnchor } from './anchors.ts';
import { joinBase } from '../core/base-path.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import { kindSegment } from '../content/entity-kinds.ts';
import { segmentOf, type PageKindName } from './page-kinds.ts';

/**
 * The site's base path as Astro resolved it: "/" or "/some/base/" (Vitest sets
 * "/" too). Astro replaces `import.meta.env.BASE_URL` only in modules it
 * bundles, so astro.config.mjs must never import this module (directly or
 * through a plugin): the config's copy would be reused with the base lost.
 */
const DEFAULT_BASE: string = import.meta.env.BASE_URL ?? '/';

/**
 * Prefixes a site-relative path ("articles/x/", "/search/", "favicon.svg")
 * with the base path. Query strings and fragments pass through untouched.
 */
export function withBase(path: string, base: string = DEFAULT_BASE): string {
  return joinBase(base, path);
}

/** URL of the home page, which lists the articles, newest first (later pages at /2/, /3/…). */
export function homeUrl(base?: string): string {
  return kindPath('home', undefined, base);
}

/** URL of a kind's own page, the first of its list: pageKindUrl('topics') is /topics/. */
export function pageKindUrl(kind: PageKindName, base?: string): string {
  return kindPath(kind, undefined, base);
}

/** URL of one article page; `id` is the content entry id, e.g. "2019-10-16-el-mundo-ayn-issa-escape". */
export function articleUrl(id: string, base?: string): string {
  return kindPath('articles', id, base);
}

/** URL of paragraph `n` (1-based) of an article. */
export function paragraphUrl(articleId: string, n: number, base?: string): string {
  return `${articleUrl(articleId, base)}#${paragraphAnchor(n)}`;
}

/** URL of the topic index. */
export function topicsUrl(base?: string): string {
  return kindPath('topics', undefined, base);
}

/** URL of one topic page. */
export function topicUrl(id: string, base?: string): string {
  return kindPath('topics', id, base);
}

/** URL of the index of people, places and organisations. */
export function entitiesUrl(base?: string): string {
  return kindPath('entities', undefined, base);
}

/** URL of one entity page, e.g. /places/al-hol/. */
export function entityUrl(kind: EntityKind, id: string, base?: string): string {
  return withBase(`${kindSegment(kind)}/${encodePath(id)}/`, base);
}

/** URL of one event's page. */
export function eventUrl(id: string, base?: string): string {
  return kindPath('events', id, base);
}

/** URL of the timeline of events. */
export function timelineUrl(base?: string): string {
  return kindPath('timeline', undefined, base);
}

/** URL of one year of the timeline, e.g. /timeline/2019/. */
export function timelineYearUrl(year: number, base?: string): string {
  return kindPath('timeline', String(year), base);
}

/** URL of the facts-and-figures page, every quantity with its claims side by side. */
export function figuresUrl(base?: string): string {
  return kindPath('figures', undefined, base);
}

/** URL of one figure: its section on the figures page, whose id is the figure's id (/figures/#ayn-issa-escapees). */
export function figureUrl(id: string, base?: string): string {
  return `${figuresUrl(base)}#${encodeURIComponent(id)}`;
}

/** URL of the page where the archive explains itself: what it collects, how copies are made and checked, corrections. */
export function aboutUrl(base?: string): string {
  return kindPath('about', undefined, base);
}

/** URL of the search page, optionally with a query already filled in. */
export function searchUrl(query?: string, base?: string): string {
  const path = kindPath('search', undefined, base);
  return query ? `${path}?q=${encodeURIComponent(query)}` : path;
}

/**
 * URL of page `n` (n ≥ 2) of a paginated list whose first page is at
 * `listUrl` (a URL from one of the helpers here): "/topics/x/" → "/topics/x/2/".
 * Page 1 stays at the list's own URL, so existing links never change.
 */
export function pagedUrl(listUrl: string, n: number): string {
  const path = listUrl.endsWith('/') ? listUrl : `${listUrl}/`;
  return `${path}${n}/`;
}

/** URL of an open data file, by its path under /data/ ("index.json", "articles/<id>.json"). */
export function openDataUrl(path: string, base?: string): string {
  return withBase(`${segmentOf('data')}/${path.split('/').map(encodeURIComponent).join('/')}`, base);
}

/** URL of a file in `public/` or one the build writes (feeds, data files). */
export function fileUrl(path: string, base?: string): string {
  return withBase(path, base);
}

/**
 * Turns a site path from one of the helpers above into an absolute URL on the
 * deployed site, for canonical links, feeds, structured data and citations.
 */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * The URL of a kind's index page, or of the page of `id` under it: the
 * segment comes from the page-kinds table, so it is spelled once.
 */
function kindPath(kind: PageKindName, id: string | undefined, base: string | undefined): string {
  const segment = segmentOf(kind);
  const prefix = segment === '' ? '' : `${segment}/`;
  return withBase(id === undefined ? prefix : `${prefix}${encodePath(id)}/`, base);
}

/** Encodes each segment of an id that may contain slashes (ids from nested folders). */
function encodePath(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}
