/**
 * The search page's one owner of state: what is asked for, what is shown,
 * which run is current. It runs searches, loads results a batch at a time and
 * counts filters, and tells the page's renderers what happened through events.
 * A run that a later one has overtaken is dropped here, in `#emitFor`, and
 * nowhere else. No DOM: the page hands it its loaders and its address bar, so
 * a test can hand it a fake Pagefind instead.
 */
import type { NameIndex } from '../../lib/search/name-index.ts';
import {
  FILTER_NAMES,
  RESULTS_PER_BATCH,
  hasCriteria,
  readSearchState,
  reconcileFilters,
  withoutFilter,
  writeSearchState,
  type ReconciledState,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { runSearch, type FilterCounts, type Hit, type Outcome, type Pagefind, type PagefindResultData } from './run-search.ts';
import { planSearch, plannedTerms } from '../../lib/search/search-terms.ts';

/** Former names of filter values, by filter: former name → current name (a renamed topic). */
export type FormerNames = Record<string, Record<string, string>>;

/** Where the controller gets what it searches; it asks for Pagefind and the names once each. */
export interface SearchSources {
  /** Pagefind, imported and initialised. */
  pagefind(): Promise<Pagefind>;
  /** The entities' names, or null when they cannot load (search then works by words alone). */
  names(): Promise<NameIndex | null>;
  /** Former names of filter values, or none when they cannot load. */
  formerNames(): Promise<FormerNames>;
  /** Under `npm run dev` only: whether the index is up to date with the content. */
  devIndexReady?(): Promise<boolean>;
}

/** The page's address: its search string, and a new history entry. */
export interface SearchAddress {
  /** The current search string, "?q=…". */
  read(): string;
  /** Adds a history entry with this search string. */
  push(search: string): void;
}

/** One result with its page's text, ready to draw. */
interface LoadedHit {
  hit: Hit;
  data: PagefindResultData;
}

/** A batch of results to draw, and the name index their excerpts are marked with. */
export interface Batch {
  items: LoadedHit[];
  index: NameIndex | null;
  /** Results of the search not yet drawn after this batch. */
  remaining: number;
}

/** A finished search, as the `results` event reports it. */
interface ShownSearch extends Batch {
  /** The state the URL asked for. */
  requested: SearchState;
  /** The state searched: unknown filter values set aside, former names replaced. */
  state: SearchState;
  /** What became of the URL's filter values. */
  reconciled: ReconciledState;
  outcome: Outcome;
}

/** The events the controller emits, by name, with what each carries. */
export interface SearchEvents {
  /** Nothing is asked for: the page shows where to start. */
  idle: { state: SearchState };
  /** A search for `state` has begun; earlier runs will emit nothing more. */
  searching: { state: SearchState };
  /** The search could not run (Pagefind, its index or the first results failed to load). */
  failed: { error: unknown };
  /** The search finished, and its first batch of results is loaded. */
  results: ShownSearch;
  /** The next batch of the shown search ("Show more results"). */
  more: Batch;
  /** The next batch could not load; asking again retries the same batch. */
  morefailed: Record<string, never>;
  /** Counts for each filter value of the shown search, each group counted with the other groups' ticks. */
  filters: { counts: FilterCounts; state: SearchState };
  /** Under `npm run dev`: the index is older than the content. */
  staleindex: Record<string, never>;
}

/** A listener for one kind of event. */
type Listener<K extends keyof SearchEvents> = (detail: SearchEvents[K]) => void;

/** The search on screen, and what is needed to draw more of it or count its filters. */
interface Shown extends ShownSearch {
  run: number;
  engine: Pagefind;
  /** How many hits have been drawn. */
  drawn: number;
  /** True while a batch loads: a second "Show more" would draw it twice. */
  loading: boolean;
  /** The filter count of this search, once asked for: asked twice, counted once. */
  counting?: Promise<void> | undefined;
}

/** Owns the search page's state; see the module comment. */
export class SearchController {
  readonly #sources: SearchSources;
  readonly #address: SearchAddress;
  readonly #listeners = new Map<keyof SearchEvents, Listener<never>[]>();
  #pagefind?: Promise<Pagefind>;
  #names?: Promise<NameIndex | null>;
  /** Pagefind's filter index, once asked for: only when a reader opens the filters or a link names one, so a first search stays small. */
  #filterIndex?: Promise<FilterCounts>;
  /** The latest run; only its events reach the page. */
  #run = 0;
  #shown: Shown | null = null;

  constructor(sources: SearchSources, address: SearchAddress) {
    this.#sources = sources;
    this.#address = address;
  }

  /** Calls `listener` with each event of this kind, for as long as the page lives. */
  on<K extends keyof SearchEvents>(type: K, listener: Listener<K>): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener as Listener<never>]);
  }

  /** Shows what the address asks for: on load, and after back or forward. */
  fromAddress(): Promise<void> {
    return this.show(readSearchState(this.#address.read()));
  }

  /** A query typed by the reader; the selected filters stay, so a reader can refine within them. */
  searchFor(query: string): Promise<void> {
    return this.navigate({ query: query.trim(), filters: readSearchState(this.#address.read()).filters });
  }

  /**
   * Starts loading what the first search will need while the reader is
   * still typing: Pagefind and the name index (when the box gets focus),
   * and, once words are typed, the index chunks their searches will read.
   * A search waits on the same loads, so a failure here shows there.
   */
  async prepare(query = ''): Promise<void> {
    try {
      const [engine, index] = await Promise.all([this.#engine(), this.#nameIndex()]);
      const terms = query.trim() ? plannedTerms(planSearch(query, index)) : [];
      await Promise.all(terms.map((term) => engine.preload?.(term)));
    } catch {
      // Reported by the search that needs what failed to load.
    }
  }

  /** Moves to a new state: a new history entry, then results for it. */
  navigate(state: SearchState): Promise<void> {
    this.#address.push(writeSearchState(state));
    return this.show(state);
  }

  /** Searches for a state and reports it; a later call wins over a slower earlier one. */
  async show(requested: SearchState): Promise<void> {
    const run = ++this.#run;
    // Nothing more is drawn or counted for the search on screen: its events would be dropped anyway.
    this.#shown = null;
    if (!hasCriteria(requested)) {
      this.#emit('idle', { state: requested });
      return;
    }
    this.#emit('searching', { state: requested });
    let shown: Shown;
    try {
      const [engine, index] = await Promise.all([this.#engine(), this.#nameIndex()]);
      // A filter in the URL needs the filter index now, to check its values; otherwise it waits until the reader opens the filters.
      const reconciled =
        Object.keys(requested.filters).length > 0
          ? await this.#reconcile(engine, requested)
          : { state: requested, renamed: [], unknown: [] };
      const outcome = await runSearch(engine, index, reconciled.state);
      shown = {
        run,
        engine,
        index,
        requested,
        state: reconciled.state,
        reconciled,
        outcome,
        drawn: 0,
        loading: false,
        items: [],
        remaining: 0,
      };
      Object.assign(shown, await this.#nextBatch(shown));
    } catch (error) {
      this.#emitFor(run, 'failed', { error });
      return;
    }
    // Even an overtaken run may become the one shown: every event it could cause is for its own run, and dropped.
    this.#shown = shown;
    this.#emitFor(run, 'results', shown);
    if (this.#sources.devIndexReady) void this.#noteStaleIndex(run, this.#sources.devIndexReady);
  }

  /** Loads and reports the next batch of the shown search; does nothing while one loads or when all are drawn. */
  async more(): Promise<void> {
    const shown = this.#shown;
    if (!shown || shown.loading || shown.drawn >= shown.outcome.hits.length) return;
    try {
      this.#emitFor(shown.run, 'more', await this.#nextBatch(shown));
    } catch {
      this.#emitFor(shown.run, 'morefailed', {});
    }
  }

  /**
   * Counts the shown search's filter values: for each group, the results each
   * value would give with the other groups' ticked values applied (within a
   * group, values add results, so a group's own ticks do not count against its values).
   */
  countFilters(): Promise<void> {
    const shown = this.#shown;
    if (!shown) return Promise.resolve();
    shown.counting ??= this.#count(shown).catch((error: unknown) => {
      // Counted again when asked again.
      shown.counting = undefined;
      throw error;
    });
    return shown.counting;
  }

  async #count({ run, engine, index, state, outcome }: Shown): Promise<void> {
    await this.#filters(engine);
    const counts: FilterCounts = { ...(await runSearch(engine, index, state)).filters };
    for (const name of FILTER_NAMES.filter((name) => state.filters[name])) {
      counts[name] = (await runSearch(engine, index, withoutFilter(state, name))).filters[name] ?? {};
    }
    if (outcome.hits.length + Object.keys(state.filters).length > 0) this.#emitFor(run, 'filters', { counts, state });
  }

  /** The next batch's texts; nothing counts as drawn when one of them fails to load (the connection dropped, say). */
  async #nextBatch(shown: Shown): Promise<Batch> {
    shown.loading = true;
    try {
      const batch = shown.outcome.hits.slice(shown.drawn, shown.drawn + RESULTS_PER_BATCH);
      const items = await Promise.all(batch.map(async (hit) => ({ hit, data: await hit.result.data() })));
      shown.drawn += batch.length;
      return { items, index: shown.index, remaining: shown.outcome.hits.length - shown.drawn };
    } finally {
      shown.loading = false;
    }
  }

  /** The state a URL asks for, checked against the values the filter index holds (and the former names of renamed ones). */
  async #reconcile(engine: Pagefind, requested: SearchState): Promise<ReconciledState> {
    const known = await this.#filters(engine);
    const first = reconcileFilters(requested, known);
    if (first.unknown.length === 0) return first;
    return reconcileFilters(requested, known, await this.#sources.formerNames());
  }

  async #noteStaleIndex(run: number, ready: () => Promise<boolean>): Promise<void> {
    if (!(await ready())) this.#emitFor(run, 'staleindex', {});
  }

  #engine(): Promise<Pagefind> {
    this.#pagefind ??= this.#sources.pagefind();
    return this.#pagefind;
  }

  #nameIndex(): Promise<NameIndex | null> {
    this.#names ??= this.#sources.names();
    return this.#names;
  }

  /** Loads Pagefind's filter index once, after which every search reports filter counts; returns every value it holds. */
  #filters(engine: Pagefind): Promise<FilterCounts> {
    this.#filterIndex ??= engine.filters();
    return this.#filterIndex;
  }

  /** The stale-run rule, the only copy of it: an event of a run that a later one has overtaken is dropped. */
  #emitFor<K extends keyof SearchEvents>(run: number, type: K, detail: SearchEvents[K]): void {
    if (run === this.#run) this.#emit(type, detail);
  }

  #emit<K extends keyof SearchEvents>(type: K, detail: SearchEvents[K]): void {
    for (const listener of this.#listeners.get(type) ?? []) (listener as Listener<K>)(detail);
  }
}
