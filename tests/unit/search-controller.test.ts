/**
 * The search page's controller, in Node, against a fake Pagefind: a few
 * pages in memory behind the same API the page uses. The real index and
 * the real page are tested end to end in tests/e2e/search*.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { SearchController, type SearchEvents, type SearchSources } from '../../src/browser/search/controller.ts';
import type { FilterCounts, Pagefind, PagefindResultData, PagefindSearch } from '../../src/browser/search/run-search.ts';
import { countLine, searchedLine, searchTitle } from '../../src/browser/search/status.ts';
import { entityToken, NameIndex, type NameRecord } from '../../src/lib/search/name-index.ts';
import { RESULTS_PER_BATCH, readSearchState, type SearchState } from '../../src/lib/search/search-state.ts';

/** A page of the fake index: its words, and its filter values. */
interface FakePage {
  id: string;
  text: string;
  filters: Record<string, string>;
}

const HOL: NameRecord = { id: 'al-hol', kind: 'place', names: ['al-Hol', 'Al Hol'] };

/** Pages in the project's own words: every one mentions a camp; the first three name al-Hol (and carry its token). */
function pages(count: number): FakePage[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `page-${n}`,
    text: `${n < 3 ? `${entityToken(HOL.names)} al-Hol ` : ''}a report on the camp number ${n}${n % 2 ? ' and its guards' : ''}`,
    filters: { type: n % 3 === 0 ? 'Event' : 'Article', topic: n % 2 ? 'Prisons' : 'Camps' },
  }));
}

/** Pagefind's API over FakePage[], with a record of its calls and switches for slow and failing loads. */
class FakePagefind implements Pagefind {
  readonly searches: (string | null)[] = [];
  filterIndexLoads = 0;
  /** Queries whose search waits until released. */
  readonly held = new Map<string, Promise<void>>();
  /** When true, loading a result's text fails (a dropped connection). */
  failTexts = false;
  textLoads = 0;

  constructor(readonly pages: FakePage[]) {}

  async options(): Promise<void> {}
  async init(): Promise<void> {}

  /** Terms whose index chunks were asked for ahead of a search. */
  readonly preloaded: string[] = [];
  async preload(term: string): Promise<void> {
    this.preloaded.push(term);
  }

  /** Makes searches for `query` wait until the returned function is called. */
  hold(query: string): () => void {
    let release!: () => void;
    this.held.set(query, new Promise((resolve) => (release = resolve)));
    return release;
  }

  async search(query: string | null, options: { filters?: Record<string, unknown> } = {}): Promise<PagefindSearch> {
    this.searches.push(query);
    await this.held.get(query ?? '');
    const wanted = Object.entries((options.filters ?? {}) as Record<string, { any: string[] }>);
    const filtered = this.pages.filter((page) => wanted.every(([name, { any }]) => any.includes(page.filters[name]!)));
    const words = (query ?? '').replace(/"/g, '').toLowerCase().split(/\s+/).filter(Boolean);
    const phrase = query?.startsWith('"') ? words.join(' ') : null;
    const found = filtered.filter((page) =>
      phrase !== null
        ? ` ${page.text.toLowerCase()} `.includes(` ${phrase} `)
        : words.every((word) => page.text.toLowerCase().split(' ').includes(word)),
    );
    return {
      results: found.map((page) => ({ id: page.id, data: () => this.#data(page) })),
      filters: this.#counts(found),
      unfilteredResultCount: found.length,
    };
  }

  async filters(): Promise<FilterCounts> {
    this.filterIndexLoads += 1;
    return this.#counts(this.pages);
  }

  #counts(found: FakePage[]): FilterCounts {
    const counts: FilterCounts = {};
    for (const page of this.pages) for (const name of Object.keys(page.filters)) (counts[name] ??= {})[page.filters[name]!] ??= 0;
    for (const page of found) for (const [name, value] of Object.entries(page.filters)) counts[name]![value]! += 1;
    return counts;
  }

  async #data(page: FakePage): Promise<PagefindResultData> {
    this.textLoads += 1;
    await Promise.resolve();
    if (this.failTexts) throw new Error('network');
    return { url: `/${page.id}/`, excerpt: page.text, content: page.text, meta: { title: page.id }, locations: [0], anchors: [] };
  }
}

/** A controller over the fake, its address bar, and every event it emitted, in order. */
function setUp(
  options: { pages?: number; url?: string; names?: NameRecord[] | null; formerNames?: Record<string, Record<string, string>> } = {},
) {
  const engine = new FakePagefind(pages(options.pages ?? 25));
  const address = { search: options.url ?? '', pushed: [] as string[] };
  const loads = { pagefind: 0, names: 0, formerNames: 0 };
  const sources: SearchSources = {
    pagefind: async () => {
      loads.pagefind += 1;
      return engine;
    },
    names: async () => {
      loads.names += 1;
      return options.names === null ? null : new NameIndex(options.names ?? [HOL]);
    },
    formerNames: async () => {
      loads.formerNames += 1;
      return options.formerNames ?? {};
    },
  };
  const controller = new SearchController(sources, {
    read: () => address.search,
    push: (search) => {
      address.search = search;
      address.pushed.push(search);
    },
  });
  const events: { type: keyof SearchEvents; detail: SearchEvents[keyof SearchEvents] }[] = [];
  const types: (keyof SearchEvents)[] = ['idle', 'searching', 'failed', 'results', 'more', 'morefailed', 'filters', 'staleindex'];
  for (const type of types) controller.on(type, (detail) => events.push({ type, detail }));
  const last = <K extends keyof SearchEvents>(type: K) => events.findLast((event) => event.type === type)?.detail as SearchEvents[K];
  return { engine, address, loads, controller, events, last, sources };
}

const ids = (batch: SearchEvents['results'] | SearchEvents['more']) => batch.items.map(({ data }) => data.url);
const state = (url: string): SearchState => readSearchState(url);

describe('a search', () => {
  it('says it is searching, then reports the first batch of results and how many remain', async () => {
    const { controller, events, last, engine } = setUp();
    await controller.show(state('?q=camp'));
    expect(events.map((event) => event.type)).toEqual(['searching', 'results']);
    const results = last('results');
    expect(results.outcome.hits).toHaveLength(25);
    expect(ids(results)).toEqual(Array.from({ length: RESULTS_PER_BATCH }, (_, n) => `/page-${n}/`));
    expect(results.remaining).toBe(25 - RESULTS_PER_BATCH);
    // Only the drawn results' texts are fetched.
    expect(engine.textLoads).toBe(RESULTS_PER_BATCH);
  });

  it('finds a name by its token, and names the entity each hit was found by', async () => {
    const { controller, last, engine } = setUp();
    await controller.show(state('?q=Al+Hol'));
    expect(engine.searches[0]).toBe(entityToken(HOL.names));
    expect(ids(last('results'))).toEqual(['/page-0/', '/page-1/', '/page-2/']);
    expect(last('results').outcome.hits.every((hit) => hit.named === HOL)).toBe(true);
  });

  it('is idle with nothing asked, and loads no Pagefind for it', async () => {
    const { controller, events, loads } = setUp();
    await controller.show(state(''));
    expect(events.map((event) => event.type)).toEqual(['idle']);
    expect(loads.pagefind).toBe(0);
  });

  it('loads Pagefind and the names once, however many searches run', async () => {
    const { controller, loads } = setUp();
    await controller.show(state('?q=camp'));
    await controller.show(state('?q=guards'));
    expect(loads).toMatchObject({ pagefind: 1, names: 1 });
  });

  it('reports a failure to load Pagefind, and no results', async () => {
    const { controller, events, sources } = setUp();
    sources.pagefind = () => Promise.reject(new Error('no WebAssembly'));
    await controller.show(state('?q=camp'));
    expect(events.map((event) => event.type)).toEqual(['searching', 'failed']);
  });
});

describe('a search overtaken by a later one', () => {
  it('reports nothing once the later one has begun, whichever finishes first', async () => {
    const { controller, events, engine } = setUp();
    const release = engine.hold('"camp"');
    const slow = controller.show(state('?q=camp'));
    await controller.show(state('?q=guards'));
    release();
    await slow;
    expect(events.map((event) => event.type)).toEqual(['searching', 'searching', 'results']);
    expect((events[2]!.detail as SearchEvents['results']).state.query).toBe('guards');
  });

  it('draws no more results and counts no filters', async () => {
    const { controller, events, engine } = setUp();
    await controller.show(state('?q=camp'));
    const release = engine.hold('"guards"');
    const next = controller.show(state('?q=guards'));
    await controller.more();
    await controller.countFilters();
    expect(events.map((event) => event.type)).toEqual(['searching', 'results', 'searching']);
    // Not even loaded: its results would never be drawn.
    expect(engine.textLoads).toBe(RESULTS_PER_BATCH);
    expect(engine.filterIndexLoads).toBe(0);
    release();
    await next;
  });

  it('says nothing of a stale index once overtaken', async () => {
    const { controller, events, sources } = setUp();
    let answer!: (ready: boolean) => void;
    sources.devIndexReady = () => new Promise((resolve) => (answer = resolve));
    await controller.show(state('?q=camp'));
    await controller.show(state(''));
    answer(false);
    await Promise.resolve();
    expect(events.map((event) => event.type)).toEqual(['searching', 'results', 'idle']);
  });
});

describe('more results', () => {
  it('come a batch at a time until none remain, each result once', async () => {
    const { controller, last, events } = setUp();
    await controller.show(state('?q=camp'));
    await controller.more();
    expect(last('more').remaining).toBe(25 - 2 * RESULTS_PER_BATCH);
    await controller.more();
    await controller.more();
    const drawn = events.flatMap((event) =>
      event.type === 'results' || event.type === 'more' ? ids(event.detail as SearchEvents['more']) : [],
    );
    expect(drawn).toHaveLength(25);
    expect(new Set(drawn).size).toBe(25);
    expect(events.filter((event) => event.type === 'more')).toHaveLength(2);
  });

  it('are loaded once when asked for twice while loading', async () => {
    const { controller, engine, events } = setUp();
    await controller.show(state('?q=camp'));
    await Promise.all([controller.more(), controller.more()]);
    expect(engine.textLoads).toBe(2 * RESULTS_PER_BATCH);
    expect(events.filter((event) => event.type === 'more')).toHaveLength(1);
  });

  it('that fail to load are reported, and the same batch is tried again on the next request', async () => {
    const { controller, engine, last } = setUp();
    await controller.show(state('?q=camp'));
    engine.failTexts = true;
    await controller.more();
    expect(last('morefailed')).toEqual({});
    engine.failTexts = false;
    await controller.more();
    expect(ids(last('more'))[0]).toBe(`/page-${RESULTS_PER_BATCH}/`);
  });
});

describe('filters', () => {
  it('are not loaded for a search without them, only when counted', async () => {
    const { controller, engine, last, events } = setUp();
    await controller.show(state('?q=camp'));
    expect(engine.filterIndexLoads).toBe(0);
    await Promise.all([controller.countFilters(), controller.countFilters()]);
    expect(engine.filterIndexLoads).toBe(1);
    // Asked for twice (the panel opened by the page and by the reader), counted once.
    expect(events.filter((event) => event.type === 'filters')).toHaveLength(1);
    expect(last('filters').counts.type).toEqual({ Article: 16, Event: 9 });
  });

  it("count each group with the other groups' ticks, not its own", async () => {
    const { controller, last } = setUp();
    await controller.show(state('?q=camp&type=Event&topic=Camps'));
    expect(last('results').outcome.hits).toHaveLength(5);
    await controller.countFilters();
    const { counts } = last('filters');
    // Kinds of page among the Camps pages, and topics among the Events.
    expect(counts.type).toEqual({ Article: 8, Event: 5 });
    expect(counts.topic).toEqual({ Camps: 5, Prisons: 4 });
  });

  it('from a link are checked against the archive: an unknown or inherited name is set aside, named, and hides nothing', async () => {
    const { controller, last, loads } = setUp();
    await controller.show(state('?q=camp&topic=constructor&type=__proto__'));
    const results = last('results');
    expect(results.reconciled.unknown).toEqual([
      { name: 'type', value: '__proto__' },
      { name: 'topic', value: 'constructor' },
    ]);
    expect(results.outcome.hits).toHaveLength(25);
    // Former names are fetched to look for the unknown values there.
    expect(loads.formerNames).toBe(1);
  });

  it('from a link under a former name are read as the current one', async () => {
    const { controller, last } = setUp({ formerNames: { topic: { Jails: 'Prisons' } } });
    await controller.show(state('?q=camp&topic=Jails'));
    expect(last('results').state.filters).toEqual({ topic: ['Prisons'] });
    expect(last('results').reconciled.renamed).toEqual([{ name: 'topic', from: 'Jails', to: 'Prisons' }]);
  });
});

describe('the address', () => {
  it('gets a history entry for each new search, which keeps the selected filters', async () => {
    const { controller, address, last } = setUp({ url: '?q=camp&type=Event' });
    await controller.fromAddress();
    expect(address.pushed).toEqual([]);
    await controller.searchFor('  guards ');
    expect(address.pushed).toEqual(['?q=guards&type=Event']);
    expect(last('results').state).toEqual({ query: 'guards', filters: { type: ['Event'] } });
  });
});

describe('what a query that found nothing was searched as', () => {
  const text = (line: ReturnType<typeof searchedLine>) => line?.map((part) => (typeof part === 'string' ? part : part.typed)).join('');

  it('names the words, and the phrase when quoted', () => {
    expect(text(searchedLine('camp guards', null))).toBe('Searched for pages with the words “camp”, “guards”, all of them.');
    expect(text(searchedLine('"camp guards"', null))).toBe('Searched for pages with the words “camp”, “guards” as a phrase, all of them.');
  });

  it('names a name with the spelling typed, and keeps everything typed apart to be shown isolated', () => {
    const line = searchedLine('Al Hol guards', new NameIndex([HOL]))!;
    expect(text(line)).toBe('Searched for pages with the name al-Hol (typed “Al Hol”) and the word “guards”, all of them.');
    expect(line.filter((part) => typeof part !== 'string')).toEqual([{ typed: 'Al Hol' }, { typed: 'guards' }]);
  });
});

describe('the count line and the tab title', () => {
  const text = (line: ReturnType<typeof countLine>) => line.map((part) => (typeof part === 'string' ? part : part.typed)).join('');

  it('show a quoted query in one pair of quotes, as a phrase', () => {
    expect(text(countLine(3, '"camp guards"'))).toBe('3 results for the phrase “camp guards”.');
    expect(text(countLine(1, '“camp guards”'))).toBe('1 result for the phrase “camp guards”.');
    expect(text(countLine(0, 'camp guards'))).toBe('No results for “camp guards”.');
    expect(text(countLine(2, ''))).toBe('2 results.');
  });

  it('keep the typed words apart, to be shown isolated', () => {
    expect(countLine(3, '"حراس المخيم"').filter((part) => typeof part !== 'string')).toEqual([{ typed: 'حراس المخيم' }]);
  });

  it('put the query first in the tab title, and leave the title alone without one', () => {
    expect(searchTitle('Search · Archive', 'al-Hol')).toBe('“al-Hol” · Search · Archive');
    expect(searchTitle('Search · Archive', '"camp guards"')).toBe('“camp guards” · Search · Archive');
    expect(searchTitle('Search · Archive', '')).toBe('Search · Archive');
  });
});

describe('loading ahead, while the reader types', () => {
  it('loads Pagefind and the names once on focus, and the terms a typed query will search, without searching', async () => {
    const { controller, engine, loads, events } = setUp();
    await controller.prepare();
    expect(loads).toMatchObject({ pagefind: 1, names: 1 });
    expect(engine.preloaded).toEqual([]);
    // A name is searched by its token, so the token's chunks are the ones loaded.
    await controller.prepare('Al Hol');
    await controller.prepare('camp guards');
    expect(engine.preloaded).toEqual([entityToken(HOL.names), 'camp', 'guards']);
    expect(engine.searches).toEqual([]);
    expect(events).toEqual([]);
    // The search that follows reuses what was loaded.
    await controller.searchFor('Al Hol');
    expect(loads).toMatchObject({ pagefind: 1, names: 1 });
  });

  it('says nothing when a load fails: the search that needs it reports the failure', async () => {
    const { controller, sources, events } = setUp();
    sources.pagefind = () => Promise.reject(new Error('offline'));
    await expect(controller.prepare('camp')).resolves.toBeUndefined();
    expect(events).toEqual([]);
  });
});
