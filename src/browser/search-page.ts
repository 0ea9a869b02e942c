/**
 * The search page's behaviour, in the browser. Loaded only by /search/, and
 * it loads Pagefind itself only once there is something to search for.
 * Pure logic lives in src/lib (search-terms, search-state, deep-link); this
 * file wires it to the page and to Pagefind.
 */
import { deepLink, markedWords, paragraphForMatch } from '../lib/search/deep-link.ts';
import {
  FILTER_LABELS,
  FILTER_NAMES,
  hasCriteria,
  readSearchState,
  toPagefindFilters,
  writeSearchState,
  type FilterName,
  type SearchState,
} from '../lib/search/search-state.ts';
import { decodeNames, NameIndex, type NameRecord } from '../lib/search/name-index.ts';
import { plural } from '../lib/pages/plural.ts';
import { exactQuery, namedExcerpt, planSearch } from '../lib/search/search-terms.ts';

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
  content: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: { id: string; element: string; location: number; text?: string }[];
}

/** One result to show, and the entity it was found by, if it was found by a name. */
interface Hit {
  result: PagefindSearch['results'][number];
  /** The entity whose token matched this page; its excerpt then shows the paragraph naming it. */
  named: NameRecord | null;
}

/** What a query found. */
interface Outcome {
  hits: Hit[];
  /** Filter counts of the search that found them. */
  filters: PagefindSearch['filters'];
  /** The entities nearest the query, when it found nothing. */
  suggestions: NameRecord[];
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
  const suggestionsBox = document.getElementById('search-suggestions')!;
  let pagefind: Promise<Pagefind> | undefined;
  let names: Promise<NameIndex | null> | undefined;
  /** Whether Pagefind's filter index is loaded; it is fetched after the first results, not before. */
  let filtersLoaded = false;
  let runId = 0;

  /** Imports Pagefind once, from the bundle the build wrote under the site's base path. */
  function loadPagefind(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ form.dataset.searchBundle!)) as Pagefind;
      // No worker: one small index searches in milliseconds on the page itself, and the
      // worker's script would be the largest file of a first search after the WebAssembly.
      await module.options({ excerptLength: 24, noWorker: true, ranking: { metaWeights: { names: 10, aliases: 2, title: 6 } } });
      await module.init();
      return module;
    })();
    return pagefind;
  }

  /** Fetches the entities' names once; search still works by words if they fail to load. */
  function loadNames(): Promise<NameIndex | null> {
    names ??= fetch(form.dataset.searchNames!)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status} ${response.url}`))))
      .then((file: unknown) => new NameIndex(decodeNames(file)))
      .catch((error: unknown) => {
        console.error(error);
        return null;
      });
    return names;
  }

  /**
   * Runs the searches a query needs (see planSearch): a name by its token,
   * or as typed when no page carries the token; other queries as a phrase, else as all of their
   * words. Every word must match as a word: Pagefind's loose matching (a
   * word it does not know matched by a shorter one it does) never lists a page.
   */
  async function runSearch(engine: Pagefind, index: NameIndex | null, state: SearchState): Promise<Outcome> {
    const filters = toPagefindFilters(state);
    const none = { suggestions: [] as NameRecord[] };
    if (!state.query) {
      const all = await engine.search(null, { filters });
      return { hits: all.results.map((result) => ({ result, named: null })), filters: all.filters, ...none };
    }
    const plan = planSearch(state.query, index);
    if (plan.kind === 'name') {
      const named = await engine.search(plan.token, { filters });
      // Every page that mentions the entity carries its token, so the name as typed is
      // searched only when the token finds nothing. Searching it always would load the
      // positions of each of its words ("camp" is on most pages: 0.8 MB at 10,000 articles).
      const spelled = plan.phrase && named.results.length === 0 ? await engine.search(exactQuery(plan.phrase), { filters }) : null;
      const seen = new Set(named.results.map((result) => result.id));
      const hits: Hit[] = [
        ...named.results.map((result) => ({ result, named: plan.match.entity })),
        ...(spelled?.results ?? []).filter((result) => !seen.has(result.id)).map((result) => ({ result, named: null })),
      ];
      return { hits, filters: named.filters, ...none };
    }
    if (plan.words.length === 0) return { hits: [], filters: {}, ...none };
    const phrase = await engine.search(exactQuery(plan.words), { filters });
    let found = phrase.results;
    let counts = phrase.filters;
    if (found.length === 0 && plan.words.length > 1 && !plan.quoted) {
      // No page has the phrase: the pages that have every word, wherever they stand.
      const each = await Promise.all(plan.words.map((word) => engine.search(exactQuery(word), { filters })));
      const inAll = each.slice(1).reduce((ids, search) => new Set(search.results.map((result) => result.id).filter((id) => ids.has(id))), new Set(each[0]!.results.map((result) => result.id)));
      const ranked = await engine.search(plan.words.join(' '), { filters });
      found = ranked.results.filter((result) => inAll.has(result.id));
      counts = ranked.filters;
    } else if (found.length > 1) {
      // Exact matches all score alike; order them as Pagefind ranks the words.
      const ranked = await engine.search(plan.words.join(' '), { filters });
      const rank = new Map(ranked.results.map((result, position) => [result.id, position]));
      found = [...found].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
    }
    const suggestions = found.length === 0 && index ? index.suggest(state.query).map((suggestion) => suggestion.entity) : [];
    return { hits: found.map((result) => ({ result, named: null })), filters: counts, suggestions };
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
    suggestionsBox.hidden = true;
    let engine: Pagefind;
    let index: NameIndex | null;
    let outcome: Outcome;
    try {
      [engine, index] = await Promise.all([loadPagefind(), loadNames()]);
      // Filters the reader chose need the filter index now; counts for the others can wait.
      if (Object.keys(state.filters).length > 0 && !filtersLoaded) await loadFilters(engine);
      outcome = await runSearch(engine, index, state);
    } catch (error) {
      status.textContent = 'Search could not load. Please reload the page, or browse by topic, name or timeline.';
      console.error(error);
      return;
    }
    if (thisRun !== runId) return;
    await renderResults(outcome, state, thisRun);
    renderSuggestions(outcome.suggestions);
    if (import.meta.env.DEV) void noteStaleDevIndex(thisRun);
    if (!filtersLoaded) {
      await loadFilters(engine);
      // The same searches again, now with filter counts; the index chunks are already loaded.
      outcome = await runSearch(engine, index, state);
    }
    if (thisRun === runId) renderFilters(outcome.filters, state);
  }

  /** Under `npm run dev`, says when the index is older than the content (src/integrations/dev-search.ts). */
  async function noteStaleDevIndex(thisRun: number): Promise<void> {
    const statusUrl = form.dataset.searchBundle!.replace(/pagefind\.js$/, 'dev-status.json');
    const dev = (await (await fetch(statusUrl)).json()) as { state: string };
    if (thisRun === runId && dev.state !== 'ready') {
      status.textContent += ' The search index is being rebuilt after a change, so these results may be out of date; search again in a moment.';
    }
  }

  /** Loads Pagefind's filter index, after which every search reports filter counts. */
  async function loadFilters(engine: Pagefind): Promise<void> {
    await engine.filters();
    filtersLoaded = true;
  }

  /** "Did you mean": links to the pages of the names nearest a query that found nothing. */
  function renderSuggestions(suggestions: readonly NameRecord[]): void {
    suggestionsBox.replaceChildren();
    suggestionsBox.hidden = suggestions.length === 0;
    if (suggestions.length === 0) return;
    suggestionsBox.append('Did you mean ');
    suggestions.forEach((entity, position) => {
      if (position > 0) suggestionsBox.append(position === suggestions.length - 1 ? ' or ' : ', ');
      const link = document.createElement('a');
      link.href = entity.url;
      link.textContent = entity.names[0]!;
      suggestionsBox.append(link);
    });
    suggestionsBox.append('?');
  }

  /** Draws the filter groups with the number of results each value would give. */
  function renderFilters(counted: PagefindSearch['filters'], state: SearchState): void {
    const groups = FILTER_NAMES.filter((name) => Object.keys(counted[name] ?? {}).length > 0);
    filtersBox.replaceChildren(
      ...groups.map((name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = FILTER_LABELS[name];
        fieldset.append(legend);
        const counts = counted[name]!;
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
  async function renderResults({ hits }: Outcome, state: SearchState, thisRun: number): Promise<void> {
    const total = hits.length;
    const described = state.query ? ` for “${state.query}”` : '';
    resultsList.replaceChildren();
    let shown = 0;
    const showMore = document.createElement('button');
    showMore.type = 'button';
    showMore.className = 'search-more';
    showMore.textContent = 'Show more results';
    showMore.addEventListener('click', () => void drawNext());

    async function drawNext(): Promise<void> {
      const batch = hits.slice(shown, shown + PAGE_SIZE);
      const index = await loadNames();
      const items = await Promise.all(batch.map(async (hit) => resultItem(await hit.result.data(), hit.named, index)));
      if (thisRun !== runId) return;
      showMore.remove();
      resultsList.append(...items);
      shown += batch.length;
      if (shown < total) resultsList.after(showMore);
    }

    await drawNext();
    if (thisRun !== runId) return;
    status.textContent = total === 0 ? `No results${described}.` : `${plural(total, 'result')}${described}.`;
  }

  /**
   * One result: linked title, kind, publisher and date, and the excerpt with
   * the matches marked. A page found by a name shows the first paragraph that
   * names it, the name marked as the text spells it, and opens there.
   */
  function resultItem(data: PagefindResultData, named: NameRecord | null, index: NameIndex | null): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.textContent = data.meta.title ?? data.url;
    heading.append(link);
    const facts = document.createElement('p');
    facts.className = 'search-result__meta';
    facts.textContent = [data.meta.type, data.meta.publisher, data.meta.date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    const naming = named && index ? namedExcerpt(data.anchors, data.content, (text) => index.matcher(named).spans(text)) : null;
    if (naming) {
      // Built from the page's own text, HTML-escaped, with <mark> around the name.
      excerpt.innerHTML = naming.html;
      link.href = deepLink(data.url, naming.paragraphId, naming.spelled);
    } else if (named) {
      // Filed under the entity (an event's actors, say) without its text naming it: no opening lines pretending to match.
      excerpt.textContent = `Filed under ${named.names[0]}.`;
      link.href = data.url;
    } else {
      // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around matches.
      excerpt.innerHTML = data.excerpt;
      const matched = paragraphForMatch(data.anchors, data.locations);
      link.href = deepLink(data.url, matched, matched ? markedWords(data.excerpt)[0] : undefined);
    }
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

/** The state with one filter value switched on or off. */
function stateWithFilter(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[name] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters, [name]: [...current] };
  if (current.size === 0) delete filters[name];
  return { query: state.query, filters };
}
