/**
 * The configurations `npm run server-config` prints, run by the real nginx,
 * Apache and Caddy from Debian's packages, each serving the site built for the
 * root and the one built for a sub-path: every answer carries the headers
 * `_headers` gives its path (the page's own policy plus frame-ancestors, and
 * the same caching), missing pages get the site's 404 page, each kind of file
 * its media type, host files are not served, and search works in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspFromHtml, headerCsp, headersForPath } from '../../scripts/lib/build/headers.ts';
import { SERVERS } from '../../scripts/lib/build/server-config.ts';
import { launchBrowser } from '../../scripts/harness/browser.ts';
import { searchFor } from '../support/search-page.ts';
import { startServer, type RunningServer } from '../support/web-servers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A few files of each kind the site holds, as paths under the base. */
function samplePaths(siteDir: string): Record<string, string> {
  const first = (folder: string, suffix: string) => readdirSync(join(siteDir, folder)).find((name) => name.endsWith(suffix))!;
  const article = readdirSync(join(siteDir, 'articles')).find((name) => !name.endsWith('.html'))!;
  return {
    page: '',
    article: `articles/${article}/`,
    stylesheet: `_astro/${first('_astro', '.css')}`,
    script: 'pagefind/pagefind.js',
    json: 'data/index.json',
    feed: 'rss.xml',
    text: 'robots.txt',
    image: 'favicon.svg',
    meta: `pagefind/${first('pagefind', '.pf_meta')}`,
    wasm: 'pagefind/wasm.en.pagefind',
    fragment: `pagefind/fragment/${first('pagefind/fragment', '.pf_fragment')}`,
    index: `pagefind/index/${first('pagefind/index', '.pf_index')}`,
    filter: `pagefind/filter/${first('pagefind/filter', '.pf_filter')}`,
  };
}

/** The media type each kind must be sent with. */
const EXPECTED_TYPES: Record<string, string> = {
  page: 'text/html; charset=utf-8',
  article: 'text/html; charset=utf-8',
  stylesheet: 'text/css; charset=utf-8',
  script: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  feed: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  image: 'image/svg+xml; charset=utf-8',
  meta: 'application/octet-stream',
  wasm: 'application/octet-stream',
  fragment: 'application/octet-stream',
  index: 'application/octet-stream',
  filter: 'application/octet-stream',
};

/** Media type with parameters written one way ("text/html; charset=utf-8"), since servers differ in spaces and case. */
function mediaType(header: string | null): string {
  return (header ?? '').toLowerCase().replace(/\s*;\s*/g, '; ');
}

const sites = [
  { name: 'at the root', dir: () => inject('siteDir'), base: '/' },
  { name: 'under a sub-path', dir: () => inject('subPathSiteDir'), base: inject('subPath') },
];

describe.each(SERVERS.flatMap((server) => sites.map((site) => ({ server, ...site }))))(
  '$server serving the site $name',
  ({ server, dir, base }) => {
    let running: RunningServer;
    let siteDir: string;
    let headersFile: string;
    let pagePolicy: string;
    beforeAll(async () => {
      siteDir = dir();
      headersFile = readFileSync(join(siteDir, '_headers'), 'utf8');
      pagePolicy = cspFromHtml(readFileSync(join(siteDir, 'index.html'), 'utf8'))!;
      running = await startServer(server, siteDir, base);
    });
    afterAll(async () => {
      await running?.stop();
    });

    it("sends on every kind of file the headers _headers gives its path, the CSP being the page's own plus frame-ancestors", async () => {
      const mismatches: string[] = [];
      for (const [kind, path] of Object.entries(samplePaths(siteDir))) {
        const response = await fetch(running.url + path);
        expect(response.status, `${kind}: ${path}`).toBe(200);
        const expected = headersForPath(headersFile, base + path);
        for (const [name, value] of Object.entries(expected)) {
          if (response.headers.get(name) !== value) mismatches.push(`${path}: ${name} is ${response.headers.get(name)}, not ${value}`);
        }
        // Only the hashed folders are cached for long; the rest is revalidated, as on Netlify.
        if (!expected['cache-control'] && response.headers.get('cache-control'))
          mismatches.push(`${path}: unexpected Cache-Control ${response.headers.get('cache-control')}`);
        expect(response.headers.get('content-security-policy')).toBe(headerCsp(pagePolicy));
      }
      expect(mismatches).toEqual([]);
    });

    it("sends each kind of file with its media type, Pagefind's index as plain bytes", async () => {
      const types: Record<string, string> = {};
      for (const [kind, path] of Object.entries(samplePaths(siteDir)))
        types[kind] = mediaType((await fetch(running.url + path)).headers.get('content-type'));
      expect(types).toEqual(EXPECTED_TYPES);
    });

    it("answers a missing page with the site's 404 page and status, with the same headers", async () => {
      const response = await fetch(`${running.url}no-such-page/`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(readFileSync(join(siteDir, '404.html'), 'utf8'));
      expect(response.headers.get('content-security-policy')).toBe(headerCsp(pagePolicy));
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    });

    it('does not serve _headers or dot-files', async () => {
      for (const path of ['_headers', '.well-hidden', 'articles/.x']) expect((await fetch(running.url + path)).status, path).toBe(404);
    });

    it('finds articles with the search page in Chromium, within the policy', async () => {
      const tab = await browser.newPage();
      const violations: string[] = [];
      tab.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      try {
        await tab.goto(`${running.url}search/`);
        const results = await searchFor(tab, 'Bakker');
        expect(results.some((result) => result.href.startsWith(`${base}articles/`))).toBe(true);
        expect(results.filter((result) => !result.href.startsWith(base))).toEqual([]);
        expect(violations).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  },
);
