/**
 * How a query is searched: the Pagefind searches a query needs, and the hits
 * they give, in order. No DOM here, so the controller that calls it can be
 * tested in Node with a fake Pagefind.
 */
import { toPagefindFilters, type SearchState } from '../../lib/search/search-state.ts';
import type { NameIndex, NameRecord } from '../../lib/search/name-index.ts';
import { exactQuery, planSearch, type PartsPlan } from '../../lib/search/search-terms.ts';

/** The parts of Pagefind's browser API the search page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
  /** Loads the index chunks a search for `term` will read, without searching. */
  preload?(term: string): Promise<void>;
}

/** Results per value, by filter name, as Pagefind counts them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What one Pagefind search returns. */
export interface PagefindSearch {
  results: PagefindResult[];
  filters: FilterCounts;
  unfilteredResultCount: number;
}

/** One page found; its text is loaded only when asked for. */
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** A found page's text and what Pagefind knows of it. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: { id: string; element: string; location: number; text?: string }[];
}

/** One result to show, and the entity it was found by, if it was found by a name. */
export interface Hit {
  result: PagefindResult;
  /** The entity whose token matched this page; its excerpt then shows the paragraph naming it. */
  named: NameRecord | null;
  /** For a query of names and words, every part it must show: its excerpt marks them all. */
  parts?: { names: NameRecord[]; words: string[] };
  /** For a query of words only, the words: marked in the page's own text when Pagefind's excerpt marks none (a match in the folded words of another script, e.g. Arabic). */
  plainWords?: string[];
}

/** What a query found. */
export interface Outcome {
  hits: Hit[];
  /** Filter counts of the search that found them. */
  filters: FilterCounts;
  /** The entities nearest the query, when it found nothing. */
  suggestions: NameRecord[];
}

/**
 * Runs the searches a query needs (see planSearch): a name by its token,
 * or as typed when no page carries the token; other queries as a phrase, else as all of their
 * words. Every word must match as a word: Pagefind's loose matching (a
 * word it does not know matched by a shorter one it does) never lists a page.
 */
export async function runSearch(engine: Pagefind, index: NameIndex | null, state: SearchState): Promise<Outcome> {
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
