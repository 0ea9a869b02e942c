/**
 * What a reader's first search costs: the real search page opened cold in
 * Chromium at /search/?q=<query>, on a loopback static server. Measures the
 * time from navigation until #search-status reports results, and the bytes
 * of every /pagefind/ file (and /search/names.json) fetched for it, raw and gzipped (the compression
 * a static host applies on the wire).
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../harness/browser.ts';
import { serveSite } from '../harness/server.ts';
import { segmentOf } from '../../src/lib/urls/page-kinds.ts';

/** The cost of a cold first query. */
export interface QueryFigures {
  query: string;
  /** What #search-status said, e.g. "1,234 results for …". */
  status: string;
  /** Navigation to results, each cold run, in ms. */
  firstResultsMs: number[];
  medianMs: number;
  /** /pagefind/ requests of the first cold run. */
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  /** The same bytes by kind of file (wasm, or the extension: js, pf_index, pf_fragment…). */
  byKind: Record<string, { requests: number; rawBytes: number; gzipBytes: number }>;
}

/** One /pagefind/ file a run fetched. */
interface Fetched {
  kind: string;
  raw: number;
  gzip: number;
}

/** How many cold runs the time is the median of. */
const RUNS = 3;

/** What the page records when results first show; see {@link recordFirstResults}. */
interface FirstResults {
  at: number;
  text: string;
}

/**
 * Runs in the page before its own scripts: notes the moment (ms since
 * navigation started) #search-status first reports a finished search.
 * A MutationObserver fires in the same task as the change, so no polling
 * delay is added to the figure.
 */
function recordFirstResults(): void {
  const observer = new MutationObserver(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    if (/results? for|^No results/.test(text)) {
      (window as unknown as { benchFirstResults?: FirstResults }).benchFirstResults = { at: performance.now(), text };
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** One cold run: a fresh browser context, so nothing is cached. */
async function coldRun(browser: Browser, url: string): Promise<{ result: FirstResults; files: Fetched[] }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched: Promise<Fetched>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      // The names file is fetched with Pagefind for every first search, so it counts too.
      if (!path.includes('/pagefind/') && !path.endsWith('/search/names.json')) return;
      // Pagefind's WebAssembly comes as wasm.<language>.pagefind.
      const kind = path.endsWith('.pagefind') ? 'wasm' : path.slice(path.lastIndexOf('.') + 1);
      fetched.push(response.body().then((body) => ({ kind, raw: body.length, gzip: gzipSync(body).length })));
    });
    await page.addInitScript(recordFirstResults);
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => (window as unknown as { benchFirstResults?: FirstResults }).benchFirstResults,
      undefined,
      {
        timeout: 120_000,
      },
    );
    const result = (await handle.jsonValue()) as FirstResults;
    // Let the requests the first results started finish, so their bytes are counted too.
    await page.waitForLoadState('networkidle');
    return { result, files: await Promise.all(fetched) };
  } finally {
    await context.close();
  }
}

/** Measures a cold first query on the site in `siteDir`; throws if the query finds nothing. */
export async function measureColdQuery(siteDir: string, query: string): Promise<QueryFigures> {
  const server = await serveSite(siteDir);
  const browser = await launchBrowser();
  try {
    const url = `${server.url}${segmentOf('search')}/?q=${encodeURIComponent(query)}`;
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await coldRun(browser, url));
    const first = runs[0]!;
    if (!/results? for/.test(first.result.text)) throw new Error(`Searching ${url} gave "${first.result.text}"`);
    const times = runs.map((run) => Math.round(run.result.at));
    const byKind: QueryFigures['byKind'] = {};
    for (const file of first.files) {
      const kind = (byKind[file.kind] ??= { requests: 0, rawBytes: 0, gzipBytes: 0 });
      kind.requests += 1;
      kind.rawBytes += file.raw;
      kind.gzipBytes += file.gzip;
    }
    return {
      query,
      status: first.result.text,
      firstResultsMs: times,
      medianMs: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!,
      requests: first.files.length,
      rawBytes: first.files.reduce((total, file) => total + file.raw, 0),
      gzipBytes: first.files.reduce((total, file) => total + file.gzip, 0),
      byKind,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
