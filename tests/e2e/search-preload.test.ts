/**
 * The search page's preloads (issue 34, item 5): a shared link /search/?q=…
 * needs Pagefind's module, its entry file, its WebAssembly and the names
 * before its first result, so the page's head preloads them. A preload only helps if the page
 * then uses that very response: a wrong file name (Pagefind names its
 * WebAssembly by language), a request mode that does not match (a missing
 * `crossorigin`) or a query Pagefind writes itself (the entry's `?ts=`,
 * unless given the index's cache tag) downloads the file twice instead. No other page may load
 * any of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ENTRY_TAG_UNSET } from '../../src/lib/search/search-files.ts';
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
    expect(paths).toContain('/pagefind/pagefind-entry.json');
    expect(paths.some((path) => /^\/pagefind\/wasm\.[a-z]+\.pagefind$/.test(path))).toBe(true);
    for (const url of preloaded) {
      const { pathname } = new URL(url);
      expect(existsSync(join(inject('siteDir'), decodeURIComponent(pathname))), url).toBe(true);
      // Once, under the preloaded URL: the preload's own request, which the page then used. A second
      // request means the page fetched it again; another URL (a ?ts= Pagefind chose) that the preload was wasted.
      expect(
        requested.filter((request) => new URL(request).pathname === pathname),
        url,
      ).toEqual([url]);
    }
  });

  it("preloads the entry file under the index's cache tag, which the build's search-index step wrote in", async () => {
    await page.goto(`${server.url}search/`);
    const [entry] = (await preloadedUrls(page)).filter((url) => url.includes('pagefind-entry.json'));
    const tag = new URL(entry!).searchParams.get('ts');
    expect(tag).toMatch(/^[0-9a-f]{16}$/);
    expect(tag).not.toBe(ENTRY_TAG_UNSET);
    // The script gives Pagefind the tag from the form, where the page's head has it too.
    expect(await page.locator('form.search-form').getAttribute('data-search-entry')).toBe(
      new URL(entry!).pathname + new URL(entry!).search,
    );
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
