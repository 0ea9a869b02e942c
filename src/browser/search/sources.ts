/**
 * Where the search page gets Pagefind, the entities' names and the former
 * names of filter values: files the build wrote under the site's base path,
 * named on the search form (`data-search-bundle`, `data-search-names`,
 * `data-search-filters`) so that no script spells a URL.
 */
import { decodeNames, NameIndex } from '../../lib/search/name-index.ts';
import { SEARCH_RANKING } from '../../lib/search/ranking.ts';
import type { FormerNames, SearchSources } from './controller.ts';
import type { Pagefind } from './run-search.ts';

/** Pagefind's module, with the call that adds a shard (the search itself needs only the Pagefind interface). */
type PagefindModule = Pagefind & { mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void> };

/**
 * Pagefind's options, for the primary index and each merged shard alike, so
 * a page ranks and shows the same whichever shard holds it. The index's cache
 * tag joins them: one tag for every shard, as the build hashes them all.
 */
const PAGEFIND_OPTIONS = { excerptLength: 24, ranking: SEARCH_RANKING };

/**
 * The folders of the index shards to merge into the primary, from the shard
 * list the build writes beside it (scripts/lib/build/search-shards.ts): none
 * for a single index, and none when the list cannot be read, so search still
 * works on the primary's pages.
 */
async function shardFolders(bundleUrl: string): Promise<string[]> {
  try {
    const response = await fetch(new URL('shards.json', bundleUrl));
    if (!response.ok) return [];
    const { shards } = (await response.json()) as { shards?: unknown };
    return Array.isArray(shards)
      ? shards.filter((dir): dir is string => typeof dir === 'string').map((dir) => new URL(dir, bundleUrl).pathname)
      : [];
  } catch {
    return [];
  }
}

/** The page's real sources, read from the search form's data attributes. */
export function pageSources(form: HTMLFormElement): SearchSources {
  const { searchBundle, searchEntry, searchNames, searchFilters } = form.dataset as Record<string, string>;
  return {
    async pagefind() {
      const bundleUrl = new URL(searchBundle!, document.baseURI).href;
      // The index's cache tag, as the page preloads the entry file with it (src/lib/search/search-files.ts):
      // Pagefind then fetches that same URL. Under `npm run dev` there is none, and Pagefind adds ?ts=<now>.
      const tag = searchEntry ? new URL(searchEntry, document.baseURI).searchParams.get('ts') : null;
      const options = { ...PAGEFIND_OPTIONS, ...(tag ? { metaCacheTag: tag } : {}) };
      // The shard list is fetched while the module loads and the primary index starts,
      // so Pagefind's own chain (entry, metadata, WebAssembly) never waits for it. Under
      // `npm run dev` the index is one, built in memory (src/integrations/dev-search.ts).
      const shards = import.meta.env.DEV ? Promise.resolve([]) : shardFolders(bundleUrl);
      const module = (await import(/* @vite-ignore */ searchBundle!)) as PagefindModule;
      // No worker: one small index searches in milliseconds on the page itself, and the
      // worker's script would be the largest file of a first search after the WebAssembly.
      await module.options({ ...options, noWorker: true });
      await module.init();
      // Pagefind searches every merged shard with each query and sums their counts
      // and filters; results are ordered by score across shards.
      await Promise.all((await shards).map((folder) => module.mergeIndex(folder, options)));
      return module;
    },
    // Search still works by words if the names fail to load.
    names: () =>
      fetch(searchNames!)
        .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status} ${response.url}`))))
        .then((file: unknown) => new NameIndex(decodeNames(file)))
        .catch((error: unknown) => {
          console.error(error);
          return null;
        }),
    // Fetched only when a URL gives a filter value the index lacks.
    async formerNames() {
      try {
        const response = await fetch(searchFilters!);
        return response.ok ? ((await response.json()) as FormerNames) : {};
      } catch {
        return {};
      }
    },
    // Under `npm run dev`, whether the index is as new as the content (src/integrations/dev-search.ts); not in a built site.
    ...(import.meta.env.DEV && {
      async devIndexReady() {
        const statusUrl = searchBundle!.replace(/pagefind\.js$/, 'dev-status.json');
        return ((await (await fetch(statusUrl)).json()) as { state: string }).state === 'ready';
      },
    }),
  };
}
