/**
 * The search page's state as it lives in the URL: the query in `q` and each
 * selected filter value as a repeated parameter named after its filter
 * (`?q=al-Hol&type=Article&topic=…`). Keeping all state in the URL makes
 * results linkable and lets back and forward work.
 */

/** The filters readers can narrow results by, in the order the page shows them. */
export const FILTER_NAMES = ['type', 'topic', 'publisher', 'language'] as const;

/** One of {@link FILTER_NAMES}. */
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * How many results the search page draws at once; "Show more results" draws
 * the next batch. Each drawn result fetches its page's Pagefind fragment (the
 * page's whole text, about 2.5 KB gzipped for an article), so this is most of
 * what a cold first query downloads beyond the index. Ten fill more than a
 * phone's screen.
 */
export const RESULTS_PER_BATCH = 10;

/** Human labels for the filter groups. */
export const FILTER_LABELS: Record<FilterName, string> = {
  type: 'Kind of page',
  topic: 'Topic',
  publisher: 'Publisher',
  language: 'Original language',
};

/** What the reader searched for and which filter values are selected. */
export interface SearchState {
  /** The query as typed, trimmed; empty for none. */
  query: string;
  /** Selected values per filter; filters with none selected are absent. */
  filters: Partial<Record<FilterName, string[]>>;
}

/** Reads the state from a URL's search string ("?q=…&type=…"). */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[name] = [...new Set(values)];
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes the state as a search string, "?q=…&type=…", or "" when empty. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the state asks for anything: a query or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/**
 * Pagefind's filter argument for the selected values: any of the values
 * within one filter, all of the filters together.
 */
export function toPagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: values }]));
}

/** A filter value from a URL that the index does not hold. */
interface UnknownFilterValue {
  /** The filter it was given for. */
  name: FilterName;
  /** The value as the URL gave it. */
  value: string;
}

/** A filter value from a URL under a former name, and the value it now has. */
interface RenamedFilterValue {
  name: FilterName;
  /** The value as the URL gave it (a former name). */
  from: string;
  /** The value it stands for now. */
  to: string;
}

/** A state from a URL checked against the values the index holds. */
export interface ReconciledState {
  /** The state with former names replaced and unknown values left out: what is searched. */
  state: SearchState;
  /** Values the URL gave under a former name. */
  renamed: RenamedFilterValue[];
  /** Values the index does not hold, shown to the reader with a way to remove them; they never narrow results. */
  unknown: UnknownFilterValue[];
}

/**
 * A table's own entry for a key, never one it inherits: a value from a URL such as
 * "constructor" or "__proto__" names an Object method, not one of the archive's values.
 */
function ownValue<T>(table: Record<string, T> | undefined, key: string): T | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Checks each selected filter value against the values the index holds
 * (`known`, by filter name). A value given under a former name (`formerNames`:
 * filter → former name → current name, e.g. a renamed topic) becomes its
 * current one, so old links keep working; a value the index does not hold
 * (a typo, an old name nobody recorded, `../../`) is set aside, so that it
 * cannot hide every result.
 */
export function reconcileFilters(
  state: SearchState,
  known: Partial<Record<string, Record<string, number>>>,
  formerNames: Partial<Record<string, Record<string, string>>> = {},
): ReconciledState {
  const filters: SearchState['filters'] = {};
  const renamed: RenamedFilterValue[] = [];
  const unknown: UnknownFilterValue[] = [];
  for (const name of FILTER_NAMES) {
    const kept = new Set<string>();
    for (const value of state.filters[name] ?? []) {
      const current = ownValue(formerNames[name], value);
      if (ownValue(known[name], value) !== undefined) kept.add(value);
      else if (current !== undefined && ownValue(known[name], current) !== undefined) {
        kept.add(current);
        renamed.push({ name, from: value, to: current });
      } else unknown.push({ name, value });
    }
    if (kept.size > 0) filters[name] = [...kept];
  }
  return { state: { query: state.query, filters }, renamed, unknown };
}

/** The state without one selected filter value. */
export function withoutFilterValue(state: SearchState, name: FilterName, value: string): SearchState {
  const filters = { ...state.filters };
  const rest = (filters[name] ?? []).filter((other) => other !== value);
  if (rest.length > 0) filters[name] = rest;
  else delete filters[name];
  return { query: state.query, filters };
}

/** The state without any value of one filter: what the filter's own counts are taken against. */
export function withoutFilter(state: SearchState, name: FilterName): SearchState {
  const filters = { ...state.filters };
  delete filters[name];
  return { query: state.query, filters };
}

/** The state with one filter value ticked (`on`) or unticked; a filter left with no value is dropped. */
export function withFilterValue(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[name] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters, [name]: [...current] };
  if (current.size === 0) delete filters[name];
  return { query: state.query, filters };
}
