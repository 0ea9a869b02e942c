/**
 * Gate: every internal link, asset and #fragment of a built site resolves,
 * and every internal URL stays under the base path the site was built for.
 * The crawl reads the files on disk as a static host would serve them under
 * the base path; links to other origins are counted, never fetched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cssReferences, parseElements, type ParsedElement } from '../../../scripts/harness/gates/html.ts';
import { listSitePages, PLACEHOLDER_ORIGIN, resolveUrl, siteFileFor, type Finding } from '../../../scripts/harness/gates/site.ts';

/** Where the site is served, and links its pages write only in the browser. */
export interface CrawlOptions {
  /** The base path the site was built for, "/" or "/some/base/". */
  base?: string;
  /**
   * The origin the site was built for (SITE_URL), so absolute URLs on it
   * count as internal. Without one, only relative and root-relative URLs are.
   */
  origin?: string;
  /**
   * Links read from pages as the browser rendered them, such as search
   * results, which no HTML file holds; checked as links found on that page.
   */
  renderedPages?: RenderedPage[];
}

/** The links on one page as a browser rendered it. */
export interface RenderedPage {
  /** The page's URL path and query, base included, e.g. "/search/?q=al-Hol". */
  path: string;
  /** Each link's href attribute, as written. */
  hrefs: string[];
}

/** What the crawl found. */
export interface CrawlReport {
  /** Internal references that do not resolve, or that leave the base path. */
  findings: Finding[];
  /** How many internal references were checked. */
  internalReferences: number;
  /** How many references point to another origin, by origin. */
  externalReferences: Map<string, number>;
}

/** How a reference is used: followed by a reader (a link), or loaded with the page (an asset). */
type ReferenceKind = 'link' | 'asset';

/** One URL a page or stylesheet refers to. */
interface Reference {
  url: string;
  kind: ReferenceKind;
}

/** Fragments the HTML standard resolves without an element: "#" and "#top" scroll to the top. */
const TOP_OF_PAGE = new Set(['', 'top']);

/** `<link rel>` values whose target the browser loads with the page. */
const LOADED_LINK_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload', 'prefetch']);

/**
 * The URLs in a srcset attribute, without their width or density
 * descriptors. As the HTML standard parses it: a URL runs to the next
 * whitespace, and a candidate ends at a comma right after the URL or at the
 * first comma after its descriptors.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    const url = /^\S+/.exec(rest)?.[0];
    if (url === undefined) return urls;
    rest = rest.slice(url.length);
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    const comma = rest.indexOf(',');
    rest = comma < 0 ? '' : rest.slice(comma + 1);
  }
}

/** The references one element makes, each with how it is used. */
function elementReferences(element: ParsedElement): Reference[] {
  const { tag, attributes } = element;
  const references: Reference[] = [];
  const add = (value: string | undefined, kind: ReferenceKind) => {
    if (value !== undefined) references.push({ url: value, kind });
  };
  const rels = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
  // An SVG <use> or <image> and a stylesheet or icon <link> load their href with the page; an <a> or a canonical <link> do not.
  const loadsHref = tag === 'use' || tag === 'image' || (tag === 'link' && rels.some((rel) => LOADED_LINK_RELS.has(rel)));
  const hrefKind: ReferenceKind = loadsHref ? 'asset' : 'link';
  if (tag !== 'base') {
    add(attributes.get('href'), hrefKind);
    add(attributes.get('xlink:href'), hrefKind);
  }
  add(attributes.get('src'), 'asset');
  add(attributes.get('poster'), 'asset');
  for (const url of srcsetUrls(attributes.get('srcset') ?? '')) add(url, 'asset');
  if (tag === 'object') add(attributes.get('data'), 'asset');
  add(attributes.get('action'), 'link');
  add(attributes.get('formaction'), 'link');
  for (const url of cssReferences(attributes.get('style') ?? '')) add(url, 'asset');
  if (tag === 'style') for (const url of cssReferences(element.text)) add(url, 'asset');
  return references;
}

/** The ids a page's fragments can name: every id, and the name of every <a name>. */
function fragmentTargets(elements: ParsedElement[]): Set<string> {
  const targets = new Set<string>();
  for (const element of elements) {
    const id = element.attributes.get('id');
    if (id) targets.add(id);
    const name = element.attributes.get('name');
    if (element.tag === 'a' && name) targets.add(name);
  }
  return targets;
}

/**
 * The element id a fragment names: percent-decoded, without a text
 * directive (`#p-3:~:text=al-Hol` names `p-3`; `#:~:text=…` names none).
 */
export function fragmentId(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  const directive = fragment.indexOf(':~:');
  const id = directive >= 0 ? fragment.slice(0, directive) : fragment;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/**
 * Crawls a built site from every HTML file in it (and the rendered pages
 * given), following each internal href, src, srcset and CSS url()
 * (stylesheets are read for their own url()s and @imports), and reports each
 * reference that does not resolve:
 * `broken-link` (a link to nothing), `missing-asset` (a file a page loads is
 * not there), `missing-fragment` (the target page has no element with the
 * #fragment's id) and `outside-base` (an internal URL not under the base path).
 */
export function crawlLinks(
  siteDir: string,
  { base = '/', origin = PLACEHOLDER_ORIGIN, renderedPages = [] }: CrawlOptions = {},
): CrawlReport {
  const siteOrigin = new URL(origin).origin;
  const findings: Finding[] = [];
  const externalReferences = new Map<string, number>();
  let internalReferences = 0;
  const fragmentTargetsByFile = new Map<string, Set<string>>();
  const readStylesheets = new Set<string>();

  /** The ids a page's fragments can name, read once per page. */
  const fragmentTargetsOf = (file: string): Set<string> => {
    let targets = fragmentTargetsByFile.get(file);
    if (!targets) {
      targets = fragmentTargets(parseElements(readFileSync(file, 'utf8')));
      fragmentTargetsByFile.set(file, targets);
    }
    return targets;
  };

  /** Checks one reference made by the page or stylesheet at `from`, found at `page`. */
  const check = (reference: Reference, from: URL, page: string): void => {
    const url = resolveUrl(reference.url, from);
    if (!url) {
      findings.push({ rule: 'broken-link', page, target: reference.url, message: 'Not a valid URL.' });
      return;
    }
    // mailto:, tel: and data: URLs name no place on any site.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (url.origin !== siteOrigin) {
      externalReferences.set(url.origin, (externalReferences.get(url.origin) ?? 0) + 1);
      return;
    }
    internalReferences++;
    if (!url.pathname.startsWith(base)) {
      findings.push({
        rule: 'outside-base',
        page,
        target: reference.url,
        message: `Resolves to ${url.pathname}, outside the base path ${base}.`,
      });
      return;
    }
    const file = siteFileFor(siteDir, base, url.pathname);
    if (!file) {
      findings.push(
        reference.kind === 'asset'
          ? { rule: 'missing-asset', page, target: reference.url, message: `No file in the site for ${url.pathname}.` }
          : { rule: 'broken-link', page, target: reference.url, message: `No page or file in the site for ${url.pathname}.` },
      );
      return;
    }
    if (file.endsWith('.css')) readStylesheet(file, url);
    const id = fragmentId(url.hash);
    if (file.endsWith('.html') && !TOP_OF_PAGE.has(id.toLowerCase()) && !fragmentTargetsOf(file).has(id)) {
      findings.push({ rule: 'missing-fragment', page, target: reference.url, message: `${url.pathname} has no element with id "${id}".` });
    }
  };

  /** Follows a stylesheet's url()s and @imports, once per file. */
  const readStylesheet = (file: string, url: URL): void => {
    if (readStylesheets.has(file)) return;
    readStylesheets.add(file);
    for (const reference of cssReferences(readFileSync(file, 'utf8'))) check({ url: reference, kind: 'asset' }, url, url.pathname);
  };

  for (const page of listSitePages(siteDir, base)) {
    const file = join(siteDir, page.file);
    const elements = parseElements(readFileSync(file, 'utf8'));
    fragmentTargetsByFile.set(file, fragmentTargets(elements));
    const pageUrl = new URL(page.path, origin);
    const baseHref = elements.find((element) => element.tag === 'base')?.attributes.get('href');
    const documentBase = (baseHref === undefined ? null : resolveUrl(baseHref, pageUrl)) ?? pageUrl;
    for (const element of elements) for (const reference of elementReferences(element)) check(reference, documentBase, page.path);
  }
  for (const rendered of renderedPages) {
    for (const href of rendered.hrefs) check({ url: href, kind: 'link' }, new URL(rendered.path, origin), rendered.path);
  }
  return { findings, internalReferences, externalReferences };
}
