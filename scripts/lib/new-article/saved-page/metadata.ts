/**
 * What a saved page says about itself: headline, dates, authors, publisher,
 * language, canonical URL and section, read from its JSON-LD
 * (`NewsArticle`/`Article`), Open Graph and `article:` tags, Highwire
 * `citation_*` tags, `<time datetime>`, `<html lang>` and
 * `<link rel="canonical">`. Every value keeps where it came from, so the
 * review can show it; every source that gives a field is kept, in order of
 * trust, so the review can say when they disagree. Nothing is guessed and
 * nothing is run: JSON-LD is parsed as data.
 */
import { normaliseWhitespace } from '../../../../src/lib/content/paragraphs.ts';

/** One value of a field and where on the page it was read. */
export interface Reading {
  /** The value, white space collapsed. */
  value: string;
  /** Where it was read, e.g. `JSON-LD NewsArticle "headline"` or `<meta property="og:title">`. */
  source: string;
}

/** The fields a page may state, each with every reading found, most trusted first. */
export interface PageMetadata {
  /** The publisher's headline. */
  headline: Reading[];
  /** When the article was first published, as written (ISO 8601 in the sources read). */
  published: Reading[];
  /** When it was last changed. */
  modified: Reading[];
  /** Who wrote it, one reading per author. */
  authors: Reading[];
  /** The publisher's name. */
  publisher: Reading[];
  /** The language tag the page gives itself. */
  language: Reading[];
  /** The address the page names as its own, resolved against --url. */
  canonical: Reading[];
  /** The publisher's section. */
  section: Reading[];
  /** JSON-LD blocks that could not be parsed, for the review (the page is still read). */
  unreadable: string[];
}

/** The parts of a DOM document this module reads. */
export interface MetadataDocument {
  /** All elements matching a CSS selector. */
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  /** The root element, for `lang`. */
  documentElement: { getAttribute(name: string): string | null } | null;
}

/** schema.org types that are an article: the JSON-LD node the page describes itself with. */
const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

/** A JSON-LD value as text: a string, or the `name` / `@id` / `url` of an object; arrays give each. */
function texts(value: unknown, keys: readonly string[] = ['name']): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => texts(item, keys));
  if (value && typeof value === 'object') {
    for (const key of keys) {
      const inner = (value as Record<string, unknown>)[key];
      if (typeof inner === 'string') return [inner];
    }
  }
  return [];
}

/** Every node of a JSON-LD document: top-level arrays and `@graph` flattened. */
function nodes(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(nodes);
  if (!data || typeof data !== 'object') return [];
  const node = data as Record<string, unknown>;
  return [node, ...nodes(node['@graph'])];
}

/** The first JSON-LD node whose @type is an article, and the JSON-LD blocks that did not parse. */
function jsonLdArticle(document: MetadataDocument): { node: Record<string, unknown> | null; type: string; unreadable: string[] } {
  const unreadable: string[] = [];
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]'));
  for (const [index, script] of scripts.entries()) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch (error) {
      unreadable.push(`JSON-LD block ${index + 1}: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    for (const node of nodes(data)) {
      const type = texts(node['@type'], []).find((name) => ARTICLE_TYPES.test(name));
      if (type) return { node, type, unreadable };
    }
  }
  return { node: null, type: '', unreadable };
}

/**
 * Reads the page's metadata. `url` is --url, against which relative
 * canonical addresses are resolved.
 */
export function readMetadata(document: MetadataDocument, url: string): PageMetadata {
  const meta = (key: string): Reading[] =>
    Array.from(document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`))
      .map((element) => ({
        value: normaliseWhitespace(element.getAttribute('content') ?? ''),
        source: `<meta ${element.getAttribute('property') === key ? 'property' : 'name'}="${key}">`,
      }))
      .filter((reading) => reading.value !== '');
  const { node, type, unreadable } = jsonLdArticle(document);
  const ld = (field: string, keys?: readonly string[]): Reading[] =>
    node
      ? texts(node[field], keys)
          .map((value) => ({ value: normaliseWhitespace(value), source: `JSON-LD ${type} "${field}"` }))
          .filter((reading) => reading.value !== '')
      : [];
  const attribute = (selector: string, name: string, source: string): Reading[] =>
    Array.from(document.querySelectorAll(selector))
      .map((element) => ({ value: normaliseWhitespace(element.getAttribute(name) ?? ''), source }))
      .filter((reading) => reading.value !== '')
      .slice(0, 1);
  const absolute = (readings: Reading[]): Reading[] =>
    readings.flatMap((reading) => {
      try {
        return [{ ...reading, value: new URL(reading.value, url).href }];
      } catch {
        return [];
      }
    });
  const lang = normaliseWhitespace(document.documentElement?.getAttribute('lang') ?? '');

  return {
    headline: [...ld('headline'), ...meta('citation_title'), ...meta('og:title'), ...meta('twitter:title')],
    published: [
      ...ld('datePublished'),
      ...meta('article:published_time'),
      ...meta('citation_publication_date'),
      ...meta('citation_date'),
      ...attribute('time[datetime]', 'datetime', '<time datetime> (the first on the page)'),
    ],
    modified: [...ld('dateModified'), ...meta('article:modified_time'), ...meta('og:updated_time')],
    authors: [...ld('author'), ...meta('article:author'), ...meta('citation_author'), ...meta('author')],
    publisher: [...ld('publisher'), ...meta('og:site_name'), ...meta('citation_publisher'), ...meta('citation_journal_title')],
    language: [
      ...(lang ? [{ value: lang, source: '<html lang>' }] : []),
      ...ld('inLanguage', ['alternateName', 'name']),
      ...meta('citation_language'),
      ...meta('og:locale').map((reading) => ({ ...reading, value: reading.value.replace('_', '-') })),
    ],
    canonical: absolute([
      ...attribute('link[rel~="canonical"]', 'href', '<link rel="canonical">'),
      ...meta('og:url'),
      ...ld('mainEntityOfPage', ['@id', 'url']),
      ...ld('url'),
    ]),
    section: [...ld('articleSection'), ...meta('article:section')],
    unreadable,
  };
}
