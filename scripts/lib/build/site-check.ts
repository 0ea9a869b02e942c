/**
 * Reads a finished (staged) site and says whether it may be published: the
 * search index (in one or several shards) holds exactly the pages marked for it, `_headers` carries the
 * policy every page carries, and every article has its page. `npm run build`
 * swaps the site into place only when this finds nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cspFromHtml, headerCsp } from './headers.ts';
import { articlePageFile, PRIMARY_INDEX_DIR, SHARD_MANIFEST } from './search-shards.ts';

/** One built HTML page, as the checks see it. */
export interface BuiltPage {
  /** Path of the file relative to the site folder, with forward slashes, e.g. "articles/x/index.html". */
  file: string;
  /** The URL the page is served at under the base, e.g. "/base/articles/x/". */
  url: string;
  /** The page's <meta> Content-Security-Policy, or null when it has none. */
  policy: string | null;
  /** Whether the page marks content for search with data-pagefind-body. */
  indexed: boolean;
}

/**
 * A page's data-pagefind-body attribute, in any position within a tag,
 * after HTML's own white space (not \s, which also takes U+00A0: in a page
 * read as Latin-1, by scanPages, a byte of a UTF-8 letter can read as one).
 */
const PAGEFIND_BODY = /<[a-z][^>]*[ \t\n\f\r]data-pagefind-body(?=[ \t\n\f\r=>/])/i;

/** The URL a built file is served at under `base` (as src/settings.ts normalises it): "a/index.html" → "<base>a/", "404.html" → "<base>404.html". */
export function urlOfFile(file: string, base: string): string {
  return base + (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'));
}

/** Whether a page's HTML marks content for search. */
export function marksSearchBody(html: string): boolean {
  return PAGEFIND_BODY.test(html);
}

/** Every HTML page of a site folder with its policy and search marking, in file order. */
export function scanPages(siteDir: string, base: string): BuiltPage[] {
  const entries = readdirSync(siteDir, { recursive: true, withFileTypes: true });
  return (
    entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      // The index's own files are not pages.
      .filter((file) => !file.startsWith('pagefind/'))
      .sort()
      .map((file) => {
        // Read as Latin-1, one byte a character: the markup looked for is ASCII, and decoding 15,000
        // pages as UTF-8 took most of this scan (3.1 s against 0.6 s at 3,000 articles). A policy
        // with any other byte is read again as UTF-8.
        const html = readFileSync(join(siteDir, file), 'latin1');
        let policy = cspFromHtml(html);
        if (policy !== null && /[^ -~]/.test(policy)) policy = cspFromHtml(readFileSync(join(siteDir, file), 'utf8'));
        return { file, url: urlOfFile(file, base), policy, indexed: marksSearchBody(html) };
      })
  );
}

/**
 * The one policy every page carries. Throws naming the first page without a
 * policy or with a different one, since `_headers` can carry only one.
 */
export function sitePolicy(pages: readonly BuiltPage[]): string {
  let policy: string | null = null;
  for (const page of pages) {
    if (!page.policy) throw new Error(`${page.file} has no Content-Security-Policy <meta> tag`);
    policy ??= page.policy;
    if (page.policy !== policy)
      throw new Error(`${page.file} has a Content-Security-Policy unlike the other pages':\n  ${page.policy}\n  ${policy}`);
  }
  if (!policy) throw new Error('no pages were built, so there is no policy for _headers');
  return policy;
}

/** Decodes one Pagefind fragment file (gzip, a "pagefind_dcd" signature, then JSON). */
function decodeFragment(bytes: Buffer): { url: string; content: string } {
  const text = gunzipSync(bytes).toString('utf8');
  const json = text.slice(text.indexOf('{'));
  return JSON.parse(json) as { url: string; content: string };
}

/** The URLs one written index (or shard) holds, one per fragment, and the page count its entry file claims. */
function readSearchIndex(siteDir: string, indexDir: string): { urls: string[]; pageCount: number } {
  const dir = join(siteDir, indexDir);
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) throw new Error(`the search index is missing (no ${indexDir}/pagefind-entry.json)`);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  const pageCount = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  const fragments = join(dir, 'fragment');
  const files = existsSync(fragments) ? readdirSync(fragments).filter((name) => name.endsWith('.pf_fragment')) : [];
  return { urls: files.map((name) => decodeFragment(readFileSync(join(fragments, name))).url).sort(), pageCount };
}

/**
 * The folders of the search index, primary first, as the shard list the
 * search page reads names them (scripts/lib/build/search-shards.ts). A site
 * without the list has the one index in pagefind/. Throws on a list that is
 * not one.
 */
function searchIndexDirs(siteDir: string): string[] {
  const file = join(siteDir, SHARD_MANIFEST);
  if (!existsSync(file)) return [PRIMARY_INDEX_DIR];
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${SHARD_MANIFEST} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const shards = (manifest as { shards?: unknown }).shards;
  if (!Array.isArray(shards) || !shards.every((dir) => typeof dir === 'string' && /^[\w-]+\/$/.test(dir)))
    throw new Error(`${SHARD_MANIFEST}: "shards" must list folders such as "shard-1/"`);
  return [PRIMARY_INDEX_DIR, ...shards.map((dir: string) => `${PRIMARY_INDEX_DIR}/${dir.slice(0, -1)}`)];
}

/**
 * Why the search index in these folders (its shards) is not exactly the
 * marked pages (URLs from the site's root): a shard missing, a page in none,
 * a page in two shards or twice in one, a page not marked.
 */
export function searchIndexProblems(siteDir: string, dirs: readonly string[], marked: readonly string[]): string[] {
  const problems: string[] = [];
  const holders = new Map<string, string[]>();
  for (const dir of dirs) {
    try {
      const index = readSearchIndex(siteDir, dir);
      for (const url of index.urls) holders.set(url, [...(holders.get(url) ?? []), dir]);
      if (index.pageCount !== index.urls.length)
        problems.push(
          `the search index${dirs.length > 1 ? ` shard ${dir}` : ''} claims ${index.pageCount} pages but holds ${index.urls.length}`,
        );
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  // A missing shard would be listed again as every page it should hold; say it once.
  if (problems.some((problem) => problem.startsWith('the search index is missing'))) return problems;
  const expected = new Set(marked);
  const missing = marked.filter((url) => !holders.has(url));
  const unexpected = [...holders.keys()].filter((url) => !expected.has(url)).sort();
  const twice = [...holders].filter(([, where]) => where.length > 1).map(([url, where]) => `${url} (in ${where.join(', ')})`);
  if (missing.length > 0) problems.push(`the search index lacks ${missing.length} page(s) marked data-pagefind-body: ${some(missing)}`);
  if (unexpected.length > 0)
    problems.push(`the search index holds ${unexpected.length} page(s) not marked data-pagefind-body: ${some(unexpected)}`);
  if (twice.length > 0) problems.push(`the search index holds ${twice.length} page(s) more than once: ${some(twice)}`);
  return problems;
}

/** What the staged site is checked against. */
export interface SiteExpectations {
  /** The site folder. */
  siteDir: string;
  /** Ids of the articles that must have a page (drafts excluded). */
  articleIds: readonly string[];
}

/** Lists at most a few items, then how many more, so one message stays readable at 10,000 pages. */
function some(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}

/**
 * Every reason the staged site must not be published; empty when it may be.
 * `pages` is the scan the headers step already made, so pages are read once.
 */
export function checkSite({ siteDir, articleIds }: SiteExpectations, pages: readonly BuiltPage[]): string[] {
  const problems: string[] = [];
  // Pagefind records URLs from the folder's root; the base is added in the browser.
  const marked = pages.filter((page) => page.indexed).map((page) => urlOfFile(page.file, '/'));

  // Search: exactly the marked pages, and so only their marked content
  // (Pagefind indexes whole pages, navigation included, only when none is marked).
  if (marked.length === 0)
    problems.push('no page marks its content with data-pagefind-body, so search would index whole pages, navigation included');
  try {
    problems.push(...searchIndexProblems(siteDir, searchIndexDirs(siteDir), marked));
  } catch (error) {
    problems.push((error as Error).message);
  }

  // Headers: the file exists and carries the policy every page carries.
  try {
    const policy = sitePolicy(pages);
    const headersFile = join(siteDir, '_headers');
    if (!existsSync(headersFile)) problems.push('_headers is missing');
    else if (!readFileSync(headersFile, 'utf8').includes(`Content-Security-Policy: ${headerCsp(policy)}\n`)) {
      problems.push("_headers does not carry the pages' Content-Security-Policy");
    }
  } catch (error) {
    problems.push((error as Error).message);
  }

  // Articles: each has its page, and that page is searchable.
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const missingPages = articleIds.filter((id) => !byFile.has(articlePageFile(id)));
  if (missingPages.length > 0) problems.push(`${missingPages.length} article(s) have no page: ${some(missingPages)}`);
  const unsearchable = articleIds.filter((id) => byFile.get(articlePageFile(id))?.indexed === false);
  if (unsearchable.length > 0) problems.push(`${unsearchable.length} article page(s) are not marked for search: ${some(unsearchable)}`);
  return problems;
}
