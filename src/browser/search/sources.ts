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

/** The page's real sources, read from the search form's data attributes. */
export function pageSources(form: HTMLFormElement): SearchSources {
  const { searchBundle, searchNames, searchFilters } = form.dataset as Record<string, string>;
  return {
    async pagefind() {
      const module = (await import(/* @vite-ignore */ searchBundle!)) as Pagefind;
      // No worker: one small index searches in milliseconds on the page itself, and the
      // worker's script would be the largest file of a first search after the WebAssembly.
      await module.options({ excerptLength: 24, noWorker: true, ranking: SEARCH_RANKING });
      await module.init();
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
