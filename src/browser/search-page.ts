/**
 * The search page's behaviour, in the browser. Loaded only by /search/, and
 * it starts Pagefind only when the reader focuses the box or there is something to search for
 * (the page's head preloads Pagefind's files, so a shared link does not wait for each in turn).
 * The controller (search/controller.ts) owns the state and runs the searches;
 * one renderer per box draws what it reports. Pure logic lives in src/lib/search.
 */
import { SearchController } from './search/controller.ts';
import { connectFilters } from './search/filters.ts';
import { connectInput } from './search/input.ts';
import { connectNotices } from './search/notices.ts';
import { connectResults } from './search/results.ts';
import { pageSources } from './search/sources.ts';
import { connectStatus } from './search/status.ts';
import { connectSuggestions } from './search/suggestions.ts';

/** Starts the search page: reads the URL, wires the form, filters and history. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form.search-form')!;
  const byId = (id: string) => document.getElementById(id)!;
  const controller = new SearchController(pageSources(form), {
    read: () => location.search,
    push: (search) => history.pushState(null, '', `${location.pathname}${search}`),
  });
  connectInput(controller, form);
  connectStatus(controller, byId('search-status'), byId('search-searched'));
  connectNotices(controller, byId('search-notices'));
  connectSuggestions(controller, byId('search-suggestions'), byId('search-start'));
  connectResults(controller, byId('search-results') as HTMLOListElement);
  connectFilters(controller, byId('search-filters') as HTMLDetailsElement, byId('search-filter-groups'), byId('search-results'));
  window.addEventListener('popstate', () => void controller.fromAddress());
  void controller.fromAddress();
}
