/**
 * The search page's behaviour, in the browser. Loaded only by /search/, and
 * it loads Pagefind itself only once there is something to search for.
 * Pure logic lives in src/lib (search-terms, search-state, deep-link); this
 * file wires it to the page and to Pagefind.
 */
import { paragraphAnchor } from '../lib/anchors.ts';
import { deepLink, markedWords, paragraphForMatch } from '../lib/deep-link.ts';
import {
  FILTER_LABELS,
  FILTER_NAMES,
  hasCriteria,
  readSearchState,
  toPagefindFilters,
  writeSearchState,
  type FilterName,
  type SearchState,
} from '../lib/search-state.ts';
import { firstParagraphForKey, planSearch } from '../lib/search-terms.ts';

/** The parts of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: { id: string; element: string; location: number }[];
}

/** A Pagefind search and the compact alias key it ran with, if it did. */
interface Outcome {
  search: PagefindSearch;
  /** The compact key ("alhol") when the results came from alias keys rather than words. */
  aliasKey: string | null;
}

/** How many results are drawn at once; more come with "Show more". */
const PAGE_SIZE = 20;

/** Starts the search page: reads the URL, wires the form, filters and history. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('search-status')!;
  const filtersBox = document.getElementById('search-filters')!;
  const resultsList = document.getElementById('search-results') as HTMLOListElement;
  let pagefind: Promise<Pagefind> | undefined;
  let runId = 0;

  /** Imports Pagefind once, from the bundle the build wrote under the site's base path. */
  function loadPagefind(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ form.dataset.searchBundle!)) as Pagefind;
      await module.options({ excerptLength: 24, ranking: { metaWeights: { names: 10, aliases: 2, title: 6 } } });
      await module.init();
      // Loading the filter index once makes every search report its filter counts.
      await module.filters();
      return module;
    })();
    return pagefind;
  }

  /** Searches with the compact key first for names typed with separators, then the words as typed. */
  async function runSearch(engine: Pagefind, state: SearchState): Promise<Outcome> {
    const filters = toPagefindFilters(state);
    if (!state.query) return { search: await engine.search(null, { filters }), aliasKey: null };
    const plan = planSearch(state.query);
    if (plan.compact) {
      const compact = await engine.search(plan.compact, { filters });
      if (compact.unfilteredResultCount > 0) return { search: compact, aliasKey: plan.compact };
    }
    return { search: await engine.search(plan.words, { filters }), aliasKey: null };
  }

  /** Shows the results for a state; later calls win over slower earlier ones. */
  async function show(state: SearchState): Promise<void> {
    const thisRun = ++runId;
    input.value = state.query;
    if (!hasCriteria(state)) {
      status.textContent = '';
      resultsList.replaceChildren();
      filtersBox.hidden = true;
      return;
    }
    status.textContent = 'Searching…';
    let outcome: Outcome;
    try {
      outcome = await runSearch(await loadPagefind(), state);
    } catch (error) {
      status.textContent = 'Search could not load. Please reload the page, or browse by topic, name or timeline.';
      console.error(error);
      return;
    }
    if (thisRun !== runId) return;
    renderFilters(outcome.search, state);
    await renderResults(outcome, state, thisRun);
  }

  /** Draws the filter groups with the number of results each value would give. */
  function renderFilters(search: PagefindSearch, state: SearchState): void {
    const groups = FILTER_NAMES.filter((name) => Object.keys(search.filters[name] ?? {}).length > 0);
    filtersBox.replaceChildren(
      ...groups.map((name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = FILTER_LABELS[name];
        fieldset.append(legend);
        const counts = search.filters[name]!;
        for (const value of Object.keys(counts).sort((a, b) => a.localeCompare(b))) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = state.filters[name]?.includes(value) ?? false;
          box.addEventListener('change', () => navigate(stateWithFilter(state, name, value, box.checked)));
          const count = document.createElement('span');
          count.className = 'filter-count';
          count.textContent = `(${counts[value]})`;
          label.append(box, ` ${value} `, count);
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
    filtersBox.hidden = groups.length === 0;
  }

  /** Draws the results, PAGE_SIZE at a time, and announces the count. */
  async function renderResults({ search, aliasKey }: Outcome, state: SearchState, thisRun: number): Promise<void> {
    const total = search.results.length;
    const described = state.query ? ` for “${state.query}”` : '';
    resultsList.replaceChildren();
    let shown = 0;
    const showMore = document.createElement('button');
    showMore.type = 'button';
    showMore.className = 'search-more';
    showMore.textContent = 'Show more results';
    showMore.addEventListener('click', () => void drawNext());

    async function drawNext(): Promise<void> {
      const batch = search.results.slice(shown, shown + PAGE_SIZE);
      const items = await Promise.all(batch.map(async (result) => resultItem(await result.data(), aliasKey)));
      if (thisRun !== runId) return;
      showMore.remove();
      resultsList.append(...items);
      shown += batch.length;
      if (shown < total) resultsList.after(showMore);
    }

    await drawNext();
    if (thisRun !== runId) return;
    status.textContent = total === 0 ? `No results${described}.` : `${total} ${total === 1 ? 'result' : 'results'}${described}.`;
  }

  /** One result: linked title, kind, publisher and date, and the excerpt with the matches marked. */
  function resultItem(data: PagefindResultData, aliasKey: string | null): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = resultLink(data, aliasKey);
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const facts = document.createElement('p');
    facts.className = 'search-result__meta';
    facts.textContent = [data.meta.type, data.meta.publisher, data.meta.date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around matches.
    excerpt.innerHTML = data.excerpt;
    item.append(heading, facts, excerpt);
    return item;
  }

  /** Moves to a new state: a new history entry, then results for it. */
  function navigate(state: SearchState): void {
    history.pushState(null, '', `${location.pathname}${writeSearchState(state)}`);
    void show(state);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The selected filters stay, so a reader can refine the query within them.
    navigate({ query: input.value.trim(), filters: readSearchState(location.search).filters });
  });
  window.addEventListener('popstate', () => void show(readSearchState(location.search)));
  void show(readSearchState(location.search));
}

/**
 * Where a result opens: the paragraph of the first match in the text, with
 * the matched word highlighted; for a name found only through its alias key
 * (the text spells it another way), the first paragraph that mentions it.
 */
function resultLink(data: PagefindResultData, aliasKey: string | null): string {
  const matched = paragraphForMatch(data.anchors, data.locations);
  if (matched) return deepLink(data.url, matched, markedWords(data.excerpt)[0]);
  const mentioned = aliasKey ? firstParagraphForKey(data.meta.where, aliasKey) : null;
  return deepLink(data.url, mentioned ? paragraphAnchor(mentioned) : null, undefined);
}

/** The state with one filter value switched on or off. */
function stateWithFilter(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[name] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters, [name]: [...current] };
  if (current.size === 0) delete filters[name];
  return { query: state.query, filters };
}
