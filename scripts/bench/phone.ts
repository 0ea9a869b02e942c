/**
 * `npm run bench:phone`: the first search on a throttled phone (issue 34,
 * item 5), in the bench's Chromium with CDP throttling: 4× slower CPU,
 * 150 ms round trip, 1.6 Mbps down, a 390×844 screen. Two figures, each the
 * median of a few cold runs (a fresh browser context, nothing cached):
 *
 *   enter   the search page is open and idle; the reader taps the box, types
 *           the query (150 ms a key) and presses Enter: from Enter to the
 *           first result;
 *   link    a shared link /search/?q=<query> is opened: from the start of
 *           navigation to the first result.
 *
 * The site is the one in --site (a built dist folder; default: build the
 * real archive into .cache/bench-phone). It is served gzipped, as a static
 * host serves it, so the throttled bandwidth carries the bytes a phone
 * would receive.
 *
 *   npm run bench:phone [-- --site DIR] [--runs N] [--query al-Hol]
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser.ts';
import { buildSite, ROOT } from '../harness/build.ts';
import { segmentOf } from '../../src/lib/urls/page-kinds.ts';

/** The throttled phone, as issue 34 measured it. */
const PHONE = { cpuSlowdown: 4, latencyMs: 150, downloadBitsPerSecond: 1_600_000, uploadBitsPerSecond: 750_000, width: 390, height: 844 };

/** Types a static host sends compressed. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.wasm', '.pagefind', '.txt', '.xml']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** Serves `root` on 127.0.0.1, gzipping what a static host would; returns its origin and a stop function. */
async function serveGzipped(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    let file = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs in each page before its scripts: records when #search-status first reports results (ms since navigation). */
function recordFirstResult(): void {
  const observer = new MutationObserver(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    if (/results? for/.test(text) && document.querySelector('.search-result')) {
      (window as unknown as { firstResult?: number }).firstResult = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** A fresh, throttled phone page. */
async function phonePage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.downloadBitsPerSecond / 8,
    uploadThroughput: PHONE.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  await page.addInitScript(recordFirstResult);
  return { page, close: () => context.close() };
}

const firstResult = async (page: Page) =>
  (await (
    await page.waitForFunction(() => (window as unknown as { firstResult?: number }).firstResult, undefined, { timeout: 120_000 })
  ).jsonValue()) as number;

/** From Enter in the box of an open, idle search page to the first result, in ms. */
async function enterRun(browser: Browser, origin: string, query: string): Promise<number> {
  const { page, close } = await phonePage(browser);
  try {
    await page.goto(`${origin}${segmentOf('search')}/`, { waitUntil: 'networkidle' });
    const box = page.locator('#search-q');
    // Tapped, then typed at a phone's pace: what the page may do while the reader types counts as it would.
    await box.tap();
    await box.pressSequentially(query, { delay: TYPING_DELAY_MS });
    const pressed = await page.evaluate(() => performance.now());
    await box.press('Enter');
    return Math.round((await firstResult(page)) - pressed);
  } finally {
    await close();
  }
}

/** From opening a shared link /search/?q=<query> to the first result, in ms. */
async function linkRun(browser: Browser, origin: string, query: string): Promise<number> {
  const { page, close } = await phonePage(browser);
  try {
    await page.goto(`${origin}${segmentOf('search')}/?q=${encodeURIComponent(query)}`);
    return Math.round(await firstResult(page));
  } finally {
    await close();
  }
}

/** Time between key presses while the reader types the query, in ms (about 70 words a minute). */
const TYPING_DELAY_MS = 150;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { site: { type: 'string' }, runs: { type: 'string', default: '3' }, query: { type: 'string', default: 'al-Hol' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not "${values.runs}"`);
  let site = values.site;
  if (!site) {
    const built = await buildSite({ outDir: join(ROOT, '.cache/bench-phone') });
    if (built.status !== 0) throw new Error(`The site did not build:\n${built.output}`);
    site = built.outDir;
  }
  const server = await serveGzipped(normalize(site));
  const browser = await launchBrowser();
  try {
    const enter: number[] = [];
    const link: number[] = [];
    for (let run = 0; run < runs; run++) {
      enter.push(await enterRun(browser, server.url, values.query));
      link.push(await linkRun(browser, server.url, values.query));
    }
    console.log(
      `Throttled phone (${PHONE.cpuSlowdown}× CPU, ${PHONE.latencyMs} ms RTT, ${PHONE.downloadBitsPerSecond / 1e6} Mbps), query "${values.query}", ${runs} cold runs:`,
    );
    console.log(`  Enter → first result:       median ${median(enter)} ms (${enter.join(', ')}); aim < 1500 ms`);
    console.log(`  shared link → first result: median ${median(link)} ms (${link.join(', ')}); aim < 2000 ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
