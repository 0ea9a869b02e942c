/**
 * Gate: pages stay light. Each page's HTML and the stylesheets it links fit
 * in the first round trip of a new connection, reading pages loads no
 * JavaScript, and fonts come from the site itself. Sizes are byte counts of
 * the built files, so the gate gives the same answer on every machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cssImports, cssReferences, parseElements, type ParsedElement } from './html.ts';
import { segmentOf } from '../../../src/lib/urls/page-kinds.ts';
import { listSitePages, PLACEHOLDER_ORIGIN, resolveUrl, siteFileFor, type Finding } from './site.ts';

/**
 * What a page and its stylesheets may weigh, gzipped: about 10 TCP segments
 * of 1,460 bytes, what a server may send before the first acknowledgement
 * (RFC 6928's initial window), so the page can render after one round trip.
 */
export const PAGE_BUDGET_BYTES = 14_600;

/** The one page that may load any JavaScript: search runs in the browser. */
const SCRIPTED_PAGE = `${segmentOf('search')}/`;

/**
 * The one script a reading page may load: article pages' citation copy
 * buttons (issue: citation help needs a clipboard, which only script can
 * reach). It is a small deferred module that only wires the buttons and runs
 * nothing until one is pressed; the citations themselves are plain text.
 */
const ARTICLE_PAGE = new RegExp(`/${segmentOf('articles')}/[^/]+/$`);
const CITATION_SCRIPT = /\/_astro\/CiteBlock\.[^/]+\.js$/;

/** The only inline script type allowed elsewhere: structured data, which no browser runs. */
const DATA_SCRIPT_TYPE = 'application/ld+json';

/** Where the site is served, and what a page may weigh. */
export interface PageWeightOptions {
  /** The base path the site was built for, "/" or "/some/base/". */
  base?: string;
  /** The origin the site was built for (SITE_URL), so absolute URLs on it count as the site's own. */
  origin?: string;
  /** Bytes a page and its stylesheets may weigh gzipped; {@link PAGE_BUDGET_BYTES} unless told otherwise. */
  budget?: number;
}

/** What one page weighs. */
interface PageWeight {
  /** The page's URL path, base included. */
  page: string;
  /** Its HTML, gzipped. */
  htmlBytes: number;
  /** The stylesheets it loads (those it links, and what they @import): URL path and gzipped size. */
  stylesheets: { path: string; bytes: number }[];
  /** HTML and stylesheets, each gzipped on its own as a server sends them, added up. */
  totalBytes: number;
}

/** What the page-weight gate found. */
export interface PageWeightReport {
  /** Pages over budget, scripts where none may be, fonts from elsewhere. */
  findings: Finding[];
  /** Every page's weight, heaviest first. */
  weights: PageWeight[];
}

/** Size in bytes of `content` compressed with gzip at its highest level, as a server would precompress it. */
function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The findings for scripts and script handlers on a page that may load no JavaScript (but an article's citation script). */
function scriptFindings(elements: ParsedElement[], page: string): Finding[] {
  const findings: Finding[] = [];
  for (const { tag, attributes } of elements) {
    if (tag === 'script') {
      const type = (attributes.get('type') ?? '').trim().toLowerCase();
      const src = attributes.get('src');
      if (src !== undefined && ARTICLE_PAGE.test(page) && CITATION_SCRIPT.test(src)) continue;
      if (attributes.has('src')) {
        findings.push({ rule: 'script', page, target: `script[src="${attributes.get('src')}"]`, message: 'Loads a script file.' });
      } else if (type !== DATA_SCRIPT_TYPE) {
        findings.push({ rule: 'script', page, target: type ? `script[type="${type}"]` : 'script', message: 'Has an inline script.' });
      }
    }
    if (tag === 'link' && /\bmodulepreload\b/i.test(attributes.get('rel') ?? '')) {
      findings.push({ rule: 'script', page, target: `link[href="${attributes.get('href')}"]`, message: 'Preloads a JavaScript module.' });
    }
    // An on…= attribute is a script too, run by the browser when the event fires.
    for (const name of attributes.keys()) {
      if (name.startsWith('on'))
        findings.push({ rule: 'script', page, target: `${tag}[${name}]`, message: 'Has an inline event handler.' });
    }
  }
  return findings;
}

/**
 * Weighs every page of a built site and checks what it loads: a
 * `page-weight` finding for each page whose gzipped HTML and stylesheets
 * exceed `budget`; a `script` finding for each script on a page other than
 * /search/; an `external-font` finding for each @font-face or font preload
 * served from another origin, and an `external-stylesheet` finding for each
 * stylesheet from another origin (how hosted fonts are usually delivered).
 */
export function checkPageWeight(
  siteDir: string,
  { base = '/', origin: siteUrl = PLACEHOLDER_ORIGIN, budget = PAGE_BUDGET_BYTES }: PageWeightOptions = {},
): PageWeightReport {
  const origin = new URL(siteUrl).origin;
  const findings: Finding[] = [];
  const weights: PageWeight[] = [];
  const gzippedStylesheets = new Map<string, number>();

  /** The site file behind an internal URL, or null for another origin or a missing file (the links gate reports those). */
  const siteFile = (url: URL | null): string | null => (url && url.origin === origin ? siteFileFor(siteDir, base, url.pathname) : null);

  /** Flags @font-face sources and @imports from another origin in a piece of CSS found on `page`. */
  const checkCssOrigins = (css: string, from: URL, page: string): void => {
    for (const fontFace of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
      for (const reference of cssReferences(fontFace)) {
        const url = resolveUrl(reference, from);
        if (url && url.origin !== origin && url.protocol !== 'data:') {
          findings.push({
            rule: 'external-font',
            page,
            target: url.href,
            message: 'A font loaded from another origin; fonts must be self-hosted.',
          });
        }
      }
    }
    for (const reference of cssImports(css)) {
      const url = resolveUrl(reference, from);
      if (url && url.origin !== origin) {
        findings.push({ rule: 'external-stylesheet', page, target: url.href, message: 'Imports a stylesheet from another origin.' });
      }
    }
  };

  /** Adds a stylesheet and everything it @imports to `loaded`, checking each for fonts from elsewhere. */
  const loadStylesheet = (url: URL | null, page: string, loaded: Map<string, number>): void => {
    const file = siteFile(url);
    if (!url || !file || loaded.has(url.pathname)) return;
    const css = readFileSync(file, 'utf8');
    if (!gzippedStylesheets.has(file)) gzippedStylesheets.set(file, gzipSize(css));
    loaded.set(url.pathname, gzippedStylesheets.get(file)!);
    checkCssOrigins(css, url, page);
    for (const reference of cssImports(css)) loadStylesheet(resolveUrl(reference, url), page, loaded);
  };

  for (const { file, path } of listSitePages(siteDir, base)) {
    const html = readFileSync(join(siteDir, file));
    const elements = parseElements(html.toString('utf8'));
    const pageUrl = new URL(path, origin);
    const stylesheets = new Map<string, number>();
    for (const { tag, attributes, text } of elements) {
      const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attributes.get('href');
      const url = tag === 'link' && href !== undefined ? resolveUrl(href, pageUrl) : null;
      if (url) {
        if (rels.includes('stylesheet')) {
          if (url.origin !== origin) {
            findings.push({
              rule: 'external-stylesheet',
              page: path,
              target: url.href,
              message: 'Links a stylesheet from another origin.',
            });
          }
          loadStylesheet(url, path, stylesheets);
        }
        if (rels.includes('preload') && attributes.get('as') === 'font' && url.origin !== origin) {
          findings.push({
            rule: 'external-font',
            page: path,
            target: url.href,
            message: 'Preloads a font from another origin; fonts must be self-hosted.',
          });
        }
      }
      if (tag === 'style') checkCssOrigins(text, pageUrl, path);
    }
    if (path !== base + SCRIPTED_PAGE) findings.push(...scriptFindings(elements, path));

    const htmlBytes = gzipSize(html);
    const totalBytes = htmlBytes + [...stylesheets.values()].reduce((sum, bytes) => sum + bytes, 0);
    weights.push({ page: path, htmlBytes, stylesheets: [...stylesheets].map(([sheet, bytes]) => ({ path: sheet, bytes })), totalBytes });
    if (totalBytes > budget) {
      findings.push({
        rule: 'page-weight',
        page: path,
        message: `${totalBytes} bytes gzipped (HTML ${htmlBytes}${[...stylesheets].map(([sheet, bytes]) => `, ${sheet} ${bytes}`).join('')}), over the budget of ${budget}.`,
      });
    }
  }
  weights.sort((a, b) => b.totalBytes - a.totalBytes || a.page.localeCompare(b.page));
  return { findings, weights };
}
