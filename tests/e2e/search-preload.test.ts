/**
 * The search page's preloads (issue 34, item 5): a shared link /search/?q=…
 * needs Pagefind's module, its WebAssembly and the names before its first
 * result, so the page's head preloads them. A preload only helps if the page
 * then uses that very response: a wrong file name (Pagefind names its
 * WebAssembly by language) or a request mode that does not match (a missing
 * `crossorigin`) downloads the file twice instead. No other page may load
 * any of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { waitForStatus } from '../support/search-page.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';

let server: SiteServer;
let page: Page;

useSite((session) => {
  ({ server, page } = session);
});

/** The preload and modulepreload links in the open page's head, as absolute URLs. */
const preloadedUrls = (on: Page) =>
  on
    .locator('head link[rel="preload"], head link[rel="modulepreload"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));

describe('the search page', () => {
  it('preloads Pagefind and its WebAssembly, files of the built site that a shared link then fetches once each', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${server.url}search/?q=al-Hol`);
    expect(await waitForStatus(page)).toMatch(/results? for “al-Hol”/);
    const preloaded = await preloadedUrls(page);

    const paths = preloaded.map((url) => new URL(url).pathname);
    expect(paths).toContain('/pagefind/pagefind.js');
    expect(paths.some((path) => /^\/pagefind\/wasm\.[a-z]+\.pagefind$/.test(path))).toBe(true);
    for (const url of preloaded) {
      expect(existsSync(join(inject('siteDir'), decodeURIComponent(new URL(url).pathname))), url).toBe(true);
      // Once: the preload's own request, which the page then used. Twice means the page fetched it again.
      expect(
        requested.filter((request) => request === url),
        url,
      ).toHaveLength(1);
    }
  });
});

describe('every other page', () => {
  it('names no search file in a link or script', () => {
    const siteDir = inject('siteDir');
    const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.html') && file !== join('search', 'index.html'),
    );
    expect(pages.length).toBeGreaterThan(10);
    const loadingSearch = pages.filter((file) =>
      /<(link|script)\b[^>]*(pagefind\/|search\/names\.json|search\/filters\.json)/.test(readFileSync(join(siteDir, file), 'utf8')),
    );
    expect(loadingSearch).toEqual([]);
  });
});
