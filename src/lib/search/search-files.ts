/**
 * The files the search page loads, named in one place: the page's form gives
 * them to its script (data attributes) and its head preloads the ones a
 * search from a shared link always needs.
 */
import { fileUrl } from '../urls/urls.ts';

/**
 * The cache tag the search page carries until the build's search-index step
 * writes the index's own: Astro renders the page before Pagefind runs, so
 * scripts/index-search.mjs replaces the value after every
 * `pagefind-entry.json?ts=` in search/index.html with a hash of the index's
 * entry files. Seen in a page, it means that step did not run.
 */
export const ENTRY_TAG_UNSET = 'unset';

/** Where the search page finds Pagefind and the files the build writes for it. */
export interface SearchFiles {
  /** Pagefind's module, written by the search-index step of the build. */
  bundle: string;
  /**
   * Pagefind's entry file, which names the index's other files, with the
   * index's cache tag as `?ts=`: the URL Pagefind fetches it under when given
   * that tag as its `metaCacheTag` (without one it adds `?ts=<now>`, a URL no
   * preload can match). Rendered with {@link ENTRY_TAG_UNSET}; the
   * search-index step writes the real tag.
   */
  entry: string;
  /**
   * Pagefind's WebAssembly for the page's language. Pagefind picks the index
   * whose language is the page's `lang` and loads `wasm.<language>.pagefind`
   * (the `wasm` field of pagefind-entry.json); the e2e test
   * tests/e2e/search-preload.test.ts checks that this is the file it fetches.
   */
  wasm: string;
  /** The entities' names for name search (src/pages/search/names.json.ts). */
  names: string;
  /** Former names of filter values (src/pages/search/filters.json.ts). */
  filters: string;
}

/** The search files of a page in `lang` (a BCP 47 tag such as "en"), under the site's base path. */
export function searchFiles(lang: string, base?: string): SearchFiles {
  const language = lang.split('-')[0]!.toLowerCase();
  return {
    bundle: fileUrl('pagefind/pagefind.js', base),
    entry: `${fileUrl('pagefind/pagefind-entry.json', base)}?ts=${ENTRY_TAG_UNSET}`,
    wasm: fileUrl(`pagefind/wasm.${language}.pagefind`, base),
    names: fileUrl('search/names.json', base),
    filters: fileUrl('search/filters.json', base),
  };
}
