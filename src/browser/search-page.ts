/**
 * The search page's behaviour, in the browser. Loaded only by /search/, and
 * it loads Pagefind itself only once there is something to search for.
 * Pure logic lives in src/lib (search-terms, search-state, deep-link); this
 * file wires it to the page and to Pagefind.
 */
import { deepLink, markedWords, paragraphForMatch, sectionForLocation, wordLocation } from '../lib/search/deep-link.ts';
import {
  FILTER_LABELS,
  FILTER_NAMES,
  RESULTS_PER_BATCH,
  hasCriteria,
  readSearchState,
  reconcileFilters,
  toPagefindFilters,
  withoutFilterValue,
  writeSearchState,
  type FilterName,
  type ReconciledState,
  type SearchState,
} from '../lib/search/search-state.ts';
import { decodeNames, NameIndex, type NameRecord } from '../lib/search/name-index.ts';
import { plural } from '../lib/pages/plural.ts';
import { entityUrl } from '../lib/urls/urls.ts';
import {
  anchorsWithIndexedText,
  exactQuery,
  namedExcerpt,
  partsExcerpt,
  planSearch,
  wordSpans,
  type PartsPlan,
} from '../lib/search/search-terms.ts';
import { SEARCH_RANKING } from '../lib/search/ranking.ts';

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
  /** For a query of names and words, every part it must show: its excerpt marks them all. */
  parts?: { names: NameRecord[]; words: string[] };
  /** For a query of words only, the words: marked in the page's own text when Pagefind's excerpt marks none (a match in folded Arabic). */
  plainWords?: string[];
}

/** What a query found. */
interface Outcome {
  hits: Hit[];
  /** Filter counts of the search that found them. */
  filters: PagefindSearch['filters'];
  /** The entities nearest the query, when it found nothing. */
  suggestions: NameRecord[];
}

/** Starts the search page: reads the URL, wires the form, filters and history. */
export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('search-status')!;
  const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement;
  const filterGroups = document.getElementById('search-filter-groups')!;
  const searchedBox = document.getElementById('search-searched')!;
  const noticesBox = document.getElementById('search-notices')!;
  const startBox = document.getElementById('search-start')!;
  const resultsList = document.getElementById('search-results') as HTMLOListElement;
  const suggestionsBox = document.getElementById('search-suggestions')!;
  let pagefind: Promise<Pagefind> | undefined;
  let names: Promise<NameIndex | null> | undefined;
  /** Pagefind's filter index, once asked for: only when a reader opens the filters or a link names one, so a first search stays small. */
  let filterIndex: Promise<Record<string, Record<string, number>>> | undefined;
  /** The state whose results are on screen, as searched (unknown filter values set aside). */
  let shownState: SearchState | null = null;
  let runId = 0;

  /** Imports Pagefind once, from the bundle the build wrote under the site's base path. */
  function loadPagefind(): Promise<Pagefind> {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ form.dataset.searchBundle!)) as Pagefind;
      // No worker: one small index searches in milliseconds on the page itself, and the
      // worker's script would be the largest file of a first search after the WebAssembly.
      await module.options({ excerptLength: 24, noWorker: true, ranking: SEARCH_RANKING });
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
    if (plan.kind === 'parts') return runPartsSearch(engine, plan, filters);
    if (plan.words.length === 0) return { hits: [], filters: {}, ...none };
    const phrase = await engine.search(exactQuery(plan.words), { filters });
    let found = phrase.results;
    let counts = phrase.filters;
    if (found.length === 0 && plan.words.length > 1 && !plan.quoted) {
      // No page has the phrase: the pages that have every word, wherever they stand.
      const each = await Promise.all(plan.words.map((word) => engine.search(exactQuery(word), { filters })));
      const inAll = each
        .slice(1)
        .reduce(
          (ids, search) => new Set(search.results.map((result) => result.id).filter((id) => ids.has(id))),
          new Set(each[0]!.results.map((result) => result.id)),
        );
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
    return { hits: found.map((result) => ({ result, named: null, plainWords: plan.words })), filters: counts, suggestions };
  }

  /**
   * A query of names and words: the pages that carry every name (its token,
   * or, when no page carries it, the name as typed) and every other word (in
   * any form the stemmer joins), ranked as Pagefind ranks all the parts.
   */
  async function runPartsSearch(engine: Pagefind, plan: PartsPlan, filters: Record<string, unknown>): Promise<Outcome> {
    const nameSearches = plan.names.map(async (name) => {
      const byToken = await engine.search(name.token, { filters });
      if (byToken.results.length > 0) return byToken;
      return engine.search(exactQuery(name.typed), { filters });
    });
    const wordSearches = plan.words.map((word) => engine.search(exactQuery(word), { filters }));
    const each = await Promise.all([...nameSearches, ...wordSearches]);
    const inAll = each
      .slice(1)
      .reduce(
        (ids, search) => new Set(search.results.map((result) => result.id).filter((id) => ids.has(id))),
        new Set(each[0]!.results.map((result) => result.id)),
      );
    const ranked = await engine.search([...plan.names.map((name) => name.token), ...plan.words].join(' '), { filters });
    const order = new Map(ranked.results.map((result, position) => [result.id, position]));
    const results = [...new Map(each.flatMap((search) => search.results.map((result) => [result.id, result] as const))).values()]
      .filter((result) => inAll.has(result.id))
      .sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
    const parts = { names: plan.names.map((name) => name.match.entity), words: plan.words };
    return { hits: results.map((result) => ({ result, named: null, parts })), filters: ranked.filters, suggestions: [] };
  }

  /** Shows the results for a state; later calls win over slower earlier ones. */
  async function show(requested: SearchState): Promise<void> {
    const thisRun = ++runId;
    input.value = requested.query;
    searchedBox.hidden = true;
    noticesBox.hidden = true;
    suggestionsBox.hidden = true;
    if (!hasCriteria(requested)) {
      // Nothing asked: where to start instead of a blank page.
      status.textContent = '';
      resultsList.replaceChildren();
      filtersBox.hidden = true;
      startBox.hidden = false;
      return;
    }
    startBox.hidden = true;
    status.textContent = 'Searching…';
    let engine: Pagefind;
    let index: NameIndex | null;
    let outcome: Outcome;
    let state = requested;
    let reconciled: ReconciledState = { state, renamed: [], unknown: [] };
    try {
      [engine, index] = await Promise.all([loadPagefind(), loadNames()]);
      // A filter in the URL needs the filter index now, to check its values; otherwise it waits until the reader opens the filters.
      if (Object.keys(requested.filters).length > 0) {
        reconciled = await reconcile(engine, requested);
        state = reconciled.state;
      }
      outcome = await runSearch(engine, index, state);
    } catch (error) {
      status.textContent = 'Search could not load. Please reload the page, or browse by topic, name or timeline.';
      startBox.hidden = false;
      console.error(error);
      return;
    }
    if (thisRun !== runId) return;
    shownState = state;
    if (reconciled.renamed.length > 0 || reconciled.unknown.length > 0) {
      // Say what happened to the link's filters, and keep the URL to what was searched plus what the reader may remove.
      renderNotices(reconciled, requested);
    }
    await renderResults(outcome, state, thisRun);
    renderSearched(outcome, state.query, index);
    renderSuggestions(outcome.suggestions);
    startBox.hidden = outcome.hits.length > 0;
    if (import.meta.env.DEV) void noteStaleDevIndex(thisRun);
    filtersBox.hidden = outcome.hits.length === 0 && Object.keys(state.filters).length === 0;
    if (Object.keys(state.filters).length > 0) filtersBox.open = true;
    if (filtersBox.open) await showFilterCounts(engine, index, state, outcome, thisRun);
    else filterGroups.replaceChildren();
  }

  /** The state a URL asks for, checked against the values the filter index holds (and the former names of renamed ones). */
  async function reconcile(engine: Pagefind, requested: SearchState): Promise<ReconciledState> {
    const known = await loadFilters(engine);
    const first = reconcileFilters(requested, known);
    if (first.unknown.length === 0) return first;
    return reconcileFilters(requested, known, await loadFormerNames());
  }

  /** The former names of filter values (renamed topics), fetched only when a URL gives a value the index lacks. */
  async function loadFormerNames(): Promise<Record<string, Record<string, string>>> {
    try {
      const response = await fetch(form.dataset.searchFilters!);
      return response.ok ? ((await response.json()) as Record<string, Record<string, string>>) : {};
    } catch {
      return {};
    }
  }

  /**
   * Filter counts: for each group, the results each value would give with
   * the other groups' ticked values applied (within a group, values add
   * results, so a group's own ticks do not count against its values).
   */
  async function showFilterCounts(
    engine: Pagefind,
    index: NameIndex | null,
    state: SearchState,
    outcome: Outcome,
    thisRun: number,
  ): Promise<void> {
    await loadFilters(engine);
    const counted: PagefindSearch['filters'] = { ...(await runSearch(engine, index, state)).filters };
    for (const name of Object.keys(state.filters) as FilterName[]) {
      const others = withoutFilter(state, name);
      counted[name] = (await runSearch(engine, index, others)).filters[name] ?? {};
    }
    if (thisRun === runId && outcome.hits.length + Object.keys(state.filters).length > 0) renderFilters(counted, state);
  }

  /** Under `npm run dev`, says when the index is older than the content (src/integrations/dev-search.ts). */
  async function noteStaleDevIndex(thisRun: number): Promise<void> {
    const statusUrl = form.dataset.searchBundle!.replace(/pagefind\.js$/, 'dev-status.json');
    const dev = (await (await fetch(statusUrl)).json()) as { state: string };
    if (thisRun === runId && dev.state !== 'ready') {
      status.textContent +=
        ' The search index is being rebuilt after a change, so these results may be out of date; search again in a moment.';
    }
  }

  /** Loads Pagefind's filter index once, after which every search reports filter counts; returns every value it holds. */
  function loadFilters(engine: Pagefind): Promise<Record<string, Record<string, number>>> {
    filterIndex ??= engine.filters();
    return filterIndex;
  }

  /** Says which filter values of the link were read under their new names, and which the archive does not have, each with a way to remove it. */
  function renderNotices({ renamed, unknown }: ReconciledState, requested: SearchState): void {
    const items = [
      ...renamed.map(({ name, from, to }) => {
        const item = document.createElement('li');
        item.textContent = `The ${FILTER_LABELS[name].toLowerCase()} “${from}” is now called “${to}”; showing that.`;
        return item;
      }),
      ...unknown.map(({ name, value }) => {
        const item = document.createElement('li');
        item.append(`No ${FILTER_LABELS[name].toLowerCase()} called “${value}” in the archive, so it does not narrow these results. `);
        const remove = document.createElement('a');
        remove.href = `${location.pathname}${writeSearchState(withoutFilterValue(requested, name, value))}`;
        remove.textContent = `Remove “${value}” from the search`;
        remove.addEventListener('click', (event) => {
          event.preventDefault();
          navigate(withoutFilterValue(requested, name, value));
        });
        item.append(remove);
        return item;
      }),
    ];
    noticesBox.replaceChildren(...items);
    noticesBox.hidden = items.length === 0;
  }

  /** Says what a query was searched as: the names recognised, each with the spelling typed, and the other words. */
  function renderSearched(outcome: Outcome, query: string, index: NameIndex | null): void {
    if (outcome.hits.length > 0 || !query) return;
    const plan = planSearch(query, index);
    const names =
      plan.kind === 'name'
        ? [{ typed: query, entity: plan.match.entity }]
        : plan.kind === 'parts'
          ? plan.names.map((name) => ({ typed: name.typed, entity: name.match.entity }))
          : [];
    const words = plan.kind === 'name' ? [] : plan.words;
    const parts = [
      ...names.map(({ typed, entity }) => `the name ${entity.names[0]}${typed === entity.names[0] ? '' : ` (typed “${typed}”)`}`),
      ...(words.length > 0
        ? [
            `${words.length === 1 ? 'the word' : 'the words'} ${words.map((word) => `“${word}”`).join(', ')}${plan.kind === 'words' && plan.quoted ? ' as a phrase' : ''}`,
          ]
        : []),
    ];
    if (parts.length === 0) return;
    searchedBox.textContent = `Searched for pages with ${parts.join(' and ')}${names.length + words.length > 1 ? ', all of them' : ''}.`;
    searchedBox.hidden = false;
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
      link.href = entityUrl(entity.kind, entity.id);
      link.textContent = entity.names[0]!;
      suggestionsBox.append(link);
    });
    suggestionsBox.append('?');
  }

  /** Draws the filter groups: only values that would give results, or that are ticked, with the number of results each would give. */
  function renderFilters(counted: PagefindSearch['filters'], state: SearchState): void {
    const groups = FILTER_NAMES.map((name) => {
      const counts = counted[name] ?? {};
      const values = Object.keys(counts).filter((value) => counts[value]! > 0 || state.filters[name]?.includes(value));
      return { name, counts, values };
    }).filter(({ values }) => values.length > 0);
    filterGroups.replaceChildren(
      ...groups.map(({ name, counts, values }) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = FILTER_LABELS[name];
        fieldset.append(legend);
        for (const value of values.sort((a, b) => a.localeCompare(b))) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = state.filters[name]?.includes(value) ?? false;
          box.addEventListener('change', () => navigate(stateWithFilter(state, name, value, box.checked)));
          const count = document.createElement('span');
          count.className = 'filter-count';
          count.textContent = `(${counts[value] ?? 0})`;
          label.append(box, ` ${value} `, count);
          fieldset.append(label);
        }
        return fieldset;
      }),
    );
  }

  /** Draws the results, RESULTS_PER_BATCH at a time, and announces the count. */
  async function renderResults({ hits }: Outcome, state: SearchState, thisRun: number): Promise<void> {
    const total = hits.length;
    const described = state.query ? ` for “${state.query}”` : '';
    const counted = total === 0 ? `No results${described}.` : `${plural(total, 'result')}${described}.`;
    resultsList.replaceChildren();
    let shown = 0;
    const showMore = document.createElement('button');
    showMore.type = 'button';
    showMore.className = 'search-more';
    showMore.textContent = 'Show more results';
    // A second click while a batch loads would draw that batch twice.
    let drawing = false;
    showMore.addEventListener('click', () => void showNextBatch());

    /** "Show more results": the next batch; if it fails to load, the status says so and the button stays for another try. */
    async function showNextBatch(): Promise<void> {
      if (drawing) return;
      try {
        await drawNext();
        // Put back only after a failure, so the count is not read out again with every batch.
        if (thisRun === runId && status.textContent !== counted) status.textContent = counted;
      } catch {
        if (thisRun === runId) status.textContent = `${counted} More results could not be loaded; try again.`;
      }
    }

    /** Draws the next batch; throws, with nothing drawn, when its texts fail to load. */
    async function drawNext(): Promise<void> {
      drawing = true;
      const batch = hits.slice(shown, shown + RESULTS_PER_BATCH);
      shown += batch.length;
      let items: HTMLLIElement[];
      try {
        const index = await loadNames();
        items = await Promise.all(batch.map(async (hit) => resultItem(await hit.result.data(), hit, index)));
      } catch (error) {
        // Not drawn (the connection dropped, say): the button stays, and the next click tries this batch again.
        shown -= batch.length;
        throw error;
      } finally {
        drawing = false;
      }
      if (thisRun !== runId) return;
      // Removing the button would drop keyboard focus to the top of the page:
      // a reader who asked for more goes on at the first new result instead.
      const askedForMore = document.activeElement === showMore;
      showMore.remove();
      resultsList.append(...items);
      if (askedForMore) items[0]?.querySelector('a')?.focus();
      if (shown < total) resultsList.after(showMore);
    }

    await drawNext();
    if (thisRun !== runId) return;
    status.textContent = counted;
  }

  /**
   * One result: linked title, kind, publisher and date, and the excerpt with
   * the matches marked. A page found by a name shows the first paragraph that
   * names it, the name marked as the text spells it, and opens there.
   */
  function resultItem(data: PagefindResultData, { named, parts, plainWords = [] }: Hit, index: NameIndex | null): HTMLLIElement {
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
    const words = parts?.words ?? plainWords;
    // Paragraph texts as indexed: without footnote numbers and other text the index leaves out.
    const anchors = anchorsWithIndexedText(data.anchors, data.content);
    const naming =
      named && index
        ? namedExcerpt(anchors, data.content, (text) => index.matcher(named).spans(text))
        : (parts && index) || (words.length > 0 && !/<mark>/.test(data.excerpt))
          ? partsExcerpt(anchors, data.content, [
              ...(index ? (parts?.names ?? []).map((entity) => (text: string) => index.matcher(entity).spans(text)) : []),
              ...words.map(wordSpans),
            ])
          : null;
    // On the figures page, a result opens at the figure it matched in, not at the top of a long page.
    const figure = (location: number | undefined) =>
      data.meta.type === 'Figure' && location !== undefined ? sectionForLocation(data.anchors, location) : null;
    if (naming) {
      // Built from the page's own text, HTML-escaped, with <mark> around the name and words.
      excerpt.innerHTML = naming.html;
      const at = naming.paragraphId ?? figure(naming.offset === null ? undefined : wordLocation(data.content, naming.offset));
      link.href = deepLink(data.url, at, naming.spelled);
    } else if (named) {
      // Filed under the entity (an event's actors, say) without its text naming it: say so, the name marked as why it matched.
      const name = document.createElement('mark');
      name.textContent = named.names[0]!;
      excerpt.append('Filed under ', name, '.');
      link.href = data.url;
    } else {
      // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around matches.
      excerpt.innerHTML = data.excerpt;
      const matched = paragraphForMatch(data.anchors, data.locations) ?? figure(data.locations[0]);
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
  filtersBox.addEventListener('toggle', () => {
    // The filter index is fetched the first time a reader opens the filters.
    if (!filtersBox.open || !shownState || filterGroups.childElementCount > 0) return;
    filterGroups.textContent = 'Loading the filters…';
    const state = shownState;
    const thisRun = runId;
    void Promise.all([loadPagefind(), loadNames()]).then(async ([engine, index]) => {
      const outcome = await runSearch(engine, index, state);
      await showFilterCounts(engine, index, state, outcome, thisRun);
    });
  });
  void show(readSearchState(location.search));
}

/** The state without any value of one filter. */
function withoutFilter(state: SearchState, name: FilterName): SearchState {
  const filters = { ...state.filters };
  delete filters[name];
  return { query: state.query, filters };
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
