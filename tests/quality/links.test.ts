/**
 * Links: a crawl of the built site, for the root and for the sub-path build,
 * in which every internal link, asset and #fragment must resolve and every
 * internal URL must stay under the base path; and the same crawl over
 * fixtures with one broken thing each, to show the gate catches it.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser.ts';
import { waitForStatus } from '../support/search-page.ts';
import { serveSite } from '../../scripts/harness/server.ts';
import { crawlLinks, fragmentId, srcsetUrls, type CrawlReport, type RenderedPage } from './gates/links.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/**
 * Searches whose results deep-link into articles (`#p-5:~:text=…`) under
 * names, places and plain words: the search page writes these links in the
 * browser, so no HTML file holds them.
 */
const QUERIES = ['al-Hol', 'Qamishlo', 'Raqqa', 'Bakker', 'Erdogan', 'prison', 'children'];

/** The result links the real search page shows for each query, read in Chromium. */
async function searchResultLinks(siteDir: string, base: string, queries: string[]): Promise<RenderedPage[]> {
  const server = await serveSite(siteDir, base);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const rendered: RenderedPage[] = [];
    for (const query of queries) {
      const path = `${base}search/?q=${encodeURIComponent(query)}`;
      await page.goto(new URL(path, server.url).href);
      await waitForStatus(page);
      rendered.push({
        path,
        hrefs: await page.locator('#search-results a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!)),
      });
    }
    return rendered;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** One line on what a crawl checked, for the test log. */
function summary(report: CrawlReport): string {
  const external = [...report.externalReferences].map(([origin, count]) => `${origin} ×${count}`).join(', ');
  return `${report.internalReferences} internal references checked; external, not fetched: ${external || 'none'}`;
}

describe('the built site', () => {
  it('has no broken link, missing asset or missing fragment, search results included', async () => {
    const renderedPages = await searchResultLinks(inject('siteDir'), '/', QUERIES);
    expect(renderedPages.flatMap((page) => page.hrefs).filter((href) => href.includes(':~:text=')).length).toBeGreaterThan(0);
    const report = crawlLinks(inject('siteDir'), { renderedPages });
    console.info(`root build: ${summary(report)}`);
    expect(report.internalReferences).toBeGreaterThan(0);
    expect(report.findings).toEqual([]);
  });

  it('built for a sub-path, keeps every internal URL under it, search results included, and they all resolve', async () => {
    const base = inject('subPath');
    const renderedPages = await searchResultLinks(inject('subPathSiteDir'), base, QUERIES.slice(0, 2));
    // The sub-path build is made with SITE_URL=https://example.org, so absolute URLs on that origin are the site's own.
    const report = crawlLinks(inject('subPathSiteDir'), { base, origin: 'https://example.org', renderedPages });
    console.info(`sub-path build: ${summary(report)}`);
    expect(report.internalReferences).toBeGreaterThan(0);
    expect(report.findings).toEqual([]);
  });
});

describe('the gate', () => {
  const report = crawlLinks(join(FIXTURES, 'links'));
  const found = report.findings.map(({ rule, page, target }) => ({ rule, page, target }));

  it('reports a link to a page that does not exist', () => {
    expect(found).toContainEqual({ rule: 'broken-link', page: '/', target: '/missing/' });
  });

  it('reports missing assets: an image, a srcset candidate, and a font in a stylesheet', () => {
    expect(found).toContainEqual({ rule: 'missing-asset', page: '/', target: '/images/missing.png' });
    expect(found).toContainEqual({ rule: 'missing-asset', page: '/', target: '/images/missing@2x.png' });
    expect(found).toContainEqual({ rule: 'missing-asset', page: '/style.css', target: 'fonts/missing.woff2' });
  });

  it('reports a fragment with no element of that id on the target page', () => {
    expect(found).toContainEqual({ rule: 'missing-fragment', page: '/', target: '/about/#history' });
  });

  it('checks links read from a rendered page, text directives and all', () => {
    const rendered = crawlLinks(join(FIXTURES, 'links'), {
      renderedPages: [{ path: '/search/?q=team', hrefs: ['/about/#p-2:~:text=team', '/about/#p-9:~:text=team'] }],
    });
    expect(rendered.findings.filter((finding) => finding.page === '/search/?q=team').map(({ rule, target }) => ({ rule, target }))).toEqual(
      [{ rule: 'missing-fragment', target: '/about/#p-9:~:text=team' }],
    );
  });

  it('reports nothing else: existing pages, relative URLs, fragments with text directives and other sites pass', () => {
    expect(found).toHaveLength(5);
    expect(report.externalReferences).toEqual(new Map([['https://example.org', 1]]));
  });

  it('reports an internal URL written without the base path of a sub-path build', () => {
    const subPath = crawlLinks(join(FIXTURES, 'links-sub-path'), { base: '/some/base/' });
    expect(subPath.findings.map(({ rule, page, target }) => ({ rule, page, target }))).toEqual([
      { rule: 'outside-base', page: '/some/base/', target: '/about/' },
    ]);
  });

  it("reads a text directive off a fragment, as Pagefind's deep links carry one", () => {
    expect(fragmentId('#p-3:~:text=al-Hol')).toBe('p-3');
    expect(fragmentId('#:~:text=al-Hol')).toBe('');
    expect(fragmentId('#caf%C3%A9')).toBe('café');
  });

  it('reads every URL of a srcset, commas in descriptors or not', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png 480w,b.png 800w')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png, b.png 2x')).toEqual(['a.png', 'b.png']);
  });
});
