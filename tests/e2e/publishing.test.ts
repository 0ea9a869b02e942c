/**
 * Publishing: feed, sitemap, robots.txt, link previews, structured data, open
 * data, the 404 page, the security policy, and all of it under a sub-path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { cspDirectives, cspFromHtml, HEADER_ONLY_DIRECTIVES } from '../../scripts/lib/build/headers.ts';
import {
  articleFileSchema,
  articleIndexFileSchema,
  catalogueFileSchema,
  entityIndexFileSchema,
  eventIndexFileSchema,
  openDataSchemaFor,
  timelineJsFileSchema,
  topicsFileSchema,
} from '../../src/schemas/open-data.ts';
import { sourceKindInfo } from '../../src/lib/citing/source-kinds.ts';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { entityUrl } from '../../src/lib/urls/urls.ts';
import { useSite } from '../support/e2e.ts';
import { searchFor, shownResults, waitForStatus } from '../support/search-page.ts';
import { serveSite, type SiteServer } from '../../scripts/harness/server.ts';

const archive = loadPublishedFromDisk();
const siteDir = inject('siteDir');
const subDir = inject('subPathSiteDir');
const subPath = inject('subPath');
let server: SiteServer;
let browser: Browser;
let page: Page;

/** Every HTML page of a built site, as site paths ("articles/x/", "404.html"). */
function pagesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replace(/index\.html$/, ''))
    .sort();
}

/** Parses XML with the browser's own parser; returns null when it is not well-formed. */
async function parseXml(xml: string, query: string): Promise<string[] | null> {
  return page.evaluate(
    ([text, selector]) => {
      const doc = new DOMParser().parseFromString(text!, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll(selector!)].map((node) => node.textContent ?? '');
    },
    [xml, query],
  );
}

useSite(async (session) => {
  ({ server, browser, page } = session);
  await page.goto(server.url);
});

describe('the feed, the sitemap and robots.txt', () => {
  it('the RSS feed parses and lists every article, dating only those known to the day', async () => {
    const xml = readFileSync(join(siteDir, 'rss.xml'), 'utf8');
    const links = await parseXml(xml, 'item > link');
    expect(links).not.toBeNull();
    expect(links!.sort()).toEqual(archive.articles.map((article) => `http://localhost:4321/articles/${article.id}/`).sort());
    const dated = await parseXml(xml, 'item > pubDate');
    expect(dated!.length).toBe(archive.articles.filter((article) => article.data.published.precision === 'day').length);
  });

  it('the sitemap parses and lists every page but the 404 page', async () => {
    const index = await parseXml(readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8'), 'sitemap > loc');
    expect(index).toEqual(['http://localhost:4321/sitemap-0.xml']);
    const urls = await parseXml(readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8'), 'url > loc');
    const expected = pagesOf(siteDir)
      .filter((path) => path !== '404.html')
      .map((path) => `http://localhost:4321/${path}`);
    expect(urls!.sort()).toEqual(expected.sort());
  });

  it('robots.txt names the sitemap', () => {
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap-index.xml');
  });
});

describe('every page', () => {
  it.for(pagesOf(siteDir).filter((path) => path !== '404.html'))('"/%s" has a canonical URL and link-preview tags', async (path) => {
    const html = readFileSync(join(siteDir, `${path}index.html`), 'utf8');
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical).toBe(`http://localhost:4321/${path}`);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) expect(html).toContain(`property="${property}"`);
    expect(html).toContain('name="twitter:card"');
  });
});

describe('structured data', () => {
  /** The JSON-LD of a page, parsed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD read from a page, checked field by field below
  async function jsonLdOf(path: string): Promise<Record<string, any>> {
    await page.goto(`${server.url}${path}`);
    return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  }

  it.each(archive.articles.map((article) => [article.id, article] as const))(
    'the article %s has the schema.org type of its kind, with its provenance',
    async (id, article) => {
      const data = await jsonLdOf(`articles/${id}/`);
      const type = sourceKindInfo(article.data.sourceKind).schemaType;
      expect(data['@type']).toBe(type);
      expect(data.headline).toBe(article.data.headline);
      expect(data.datePublished).toBe(article.data.published.iso);
      expect(data.publisher).toEqual({ '@type': 'Organization', name: article.data.publisher.name, url: article.data.publisher.url });
      expect(data.inLanguage).toBe(article.data.language);
      expect(data.isBasedOn).toMatchObject({ '@type': type, url: article.data.originalUrl, archivedAt: data.url });
      if (article.data.translation) {
        expect(data.translationOfWork).toEqual({
          '@type': type,
          url: article.data.originalUrl,
          inLanguage: article.data.translation.fromLanguage,
        });
      } else {
        expect(data.translationOfWork).toBeUndefined();
      }
    },
  );

  it.each([
    ['people/edwin-bakker/', 'Person'],
    ['organisations/islamic-state/', 'Organization'],
  ])('%s is a %s', async (path, type) => {
    expect((await jsonLdOf(path))['@type']).toBe(type);
  });

  it('a place carries its coordinates, and a topic is a CollectionPage of its articles', async () => {
    const place = await jsonLdOf('places/al-hol/');
    expect(place['@type']).toBe('Place');
    expect(place.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 36.376, longitude: 41.149 });
    expect(place.alternateName).toContain('al-Hawl');
    const topic = await jsonLdOf('topics/is-detainees-and-camps/');
    expect(topic['@type']).toBe('CollectionPage');
    expect(topic.hasPart.length).toBe(archive.articles.filter((article) => article.data.topics.includes('is-detainees-and-camps')).length);
  });
});

describe('open data', () => {
  const read = (name: string) => JSON.parse(readFileSync(join(siteDir, 'data', name), 'utf8'));
  /** The path under /data/ of an absolute data URL on the root build. */
  const local = (url: string) => new URL(url).pathname.replace(/^\/data\//, '');

  it('validates every file under /data/ against its documented schema', () => {
    const files = readdirSync(join(siteDir, 'data'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(join(siteDir, 'data'), join(entry.parentPath, entry.name)));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const schema = openDataSchemaFor(file);
      expect(schema, file).toBeDefined();
      expect(() => schema!.parse(read(file)), file).not.toThrow();
    }
  });

  it('holds the whole archive, reachable from the catalogue', () => {
    const catalogue = catalogueFileSchema.parse(read('index.json'));
    const articles = catalogue.articles.pages.flatMap((url) => articleIndexFileSchema.parse(read(local(url))).articles);
    expect(articles.map((entry) => entry.id).sort()).toEqual(archive.articles.map((article) => article.id).sort());
    for (const entry of articles) expect(articleFileSchema.parse(read(local(entry.data))).article.id).toBe(entry.id);
    expect(catalogue.entities.pages.flatMap((url) => entityIndexFileSchema.parse(read(local(url))).entities).length).toBe(
      archive.entities.length,
    );
    expect(catalogue.events.pages.flatMap((url) => eventIndexFileSchema.parse(read(local(url))).events).length).toBe(archive.events.length);
    expect(topicsFileSchema.parse(read(local(catalogue.topics))).topics.length).toBe(archive.topics.length);
  });

  it('exports the timeline for TimelineJS, with dates only as precise as known', () => {
    const catalogue = catalogueFileSchema.parse(read('index.json'));
    expect(timelineJsFileSchema.parse(read('timeline.json')).events.length).toBe(archive.events.length);
    const years = catalogue.timeline.years.map(({ pages }) => pages.flatMap((url) => timelineJsFileSchema.parse(read(local(url))).events));
    expect(years.flat().length).toBe(archive.events.length + archive.articles.length);
    const leiden = years.flat().find((event) => event.unique_id.includes('leiden'))!;
    expect(leiden.start_date).toEqual({ year: 2019, month: 10 });
  });

  it("keeps the articles' text as published", () => {
    const translated = archive.articles.find((entry) => entry.data.translation)!;
    const article = articleFileSchema.parse(read(`articles/${translated.id}.json`)).article;
    expect(article.paragraphs[0]!.text).toContain('the escape was consumed.');
  });
});

describe('the 404 page', () => {
  it('is kept out of search engines and claims no canonical address, since it answers for any missing one', () => {
    const html = readFileSync(join(siteDir, '404.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
  });

  it('offers the search box and the indexes', async () => {
    const response = await page.goto(`${server.url}no/such/page/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.getByRole('searchbox', { name: 'Search the archive' }).count()).toBe(1);
    const links = await page
      .locator('main a')
      .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(expect.arrayContaining(['/topics/', '/entities/', '/timeline/']));
  });
});

describe('the security policy', () => {
  it('is the same in every page and in _headers, which adds what only headers can carry', () => {
    const headers = readFileSync(join(siteDir, '_headers'), 'utf8');
    const headerPolicy = /Content-Security-Policy: (.+)/.exec(headers)![1]!;
    for (const path of pagesOf(siteDir)) {
      const html = readFileSync(join(siteDir, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
      const pagePolicy = cspFromHtml(html);
      expect(pagePolicy, path).not.toBeNull();
      expect([...cspDirectives(pagePolicy!), ...HEADER_ONLY_DIRECTIVES]).toEqual(cspDirectives(headerPolicy));
    }
    expect(headerPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(headerPolicy).toContain("'wasm-unsafe-eval'");
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:', "frame-ancestors 'none'"])
      expect(headers).toContain(header);
    expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });

  it('is never violated in Chromium on any page, search included, and nothing is fetched from elsewhere', async () => {
    const context = await browser.newContext();
    const problems: string[] = [];
    const tab = await context.newPage();
    tab.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`${tab.url()}: ${message.text()}`);
    });
    tab.on('request', (request) => {
      if (!request.url().startsWith(new URL(server.url).origin) && !request.url().startsWith('data:'))
        problems.push(`foreign request ${request.url()}`);
    });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    for (const path of [...pagesOf(siteDir).filter((p) => p !== '404.html'), 'search/?q=al-Hol']) {
      await tab.goto(`${server.url}${path}`);
      if (path.startsWith('search/?'))
        await tab
          .locator('#search-status')
          .filter({ hasText: /results? for/ })
          .waitFor();
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('under a sub-path', () => {
  it('puts the base in every feed entry, sitemap entry, data URL, robots.txt and _headers rule', async () => {
    const origin = `https://example.org${subPath}`;
    const links = await parseXml(readFileSync(join(subDir, 'rss.xml'), 'utf8'), 'item > link');
    expect(links!.every((link) => link.startsWith(`${origin}articles/`))).toBe(true);
    const urls = await parseXml(readFileSync(join(subDir, 'sitemap-0.xml'), 'utf8'), 'url > loc');
    expect(urls!.length).toBeGreaterThan(0);
    expect(urls!.every((url) => url.startsWith(origin))).toBe(true);
    expect(readFileSync(join(subDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}sitemap-index.xml`);
    const data = articleIndexFileSchema.parse(JSON.parse(readFileSync(join(subDir, 'data/articles.json'), 'utf8')));
    expect(
      data.articles.every((article) => article.url.startsWith(`${origin}articles/`) && article.data.startsWith(`${origin}data/articles/`)),
    ).toBe(true);
    const rules = readFileSync(join(subDir, '_headers'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('/'));
    expect(rules.every((rule) => rule.startsWith(subPath))).toBe(true);
  });

  it('serves pages whose links, assets and search all stay under the base', async () => {
    const sub = await serveSite(subDir, subPath);
    try {
      const tab = await browser.newPage();
      const outside: string[] = [];
      tab.on('request', (request) => {
        const url = new URL(request.url());
        if (!url.pathname.startsWith(subPath)) outside.push(url.pathname);
      });
      await tab.goto(`${sub.url}articles/${archive.articles[0]!.id}/`);
      const hrefs = await tab.locator('a[href^="/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
      expect(hrefs.filter((href) => !href.startsWith(subPath))).toEqual([]);
      expect(
        await tab.locator('link[rel="stylesheet"]').evaluateAll((links) => links.every((link) => (link as HTMLLinkElement).sheet !== null)),
      ).toBe(true);
      // Search: results and "did you mean" links, the latter made in the browser from kind and id.
      await tab.goto(`${sub.url}search/?q=al-Hol`);
      await waitForStatus(tab);
      const found = await shownResults(tab);
      expect(found.length).toBeGreaterThan(0);
      expect(found.map((result) => result.href).filter((href) => !href.startsWith(subPath))).toEqual([]);
      expect(await searchFor(tab, 'Qamishla')).toEqual([]);
      const qamishli = archive.entities.find((entity) => entity.id === 'qamishli')!;
      expect(await tab.locator('#search-suggestions a', { hasText: qamishli.data.name }).getAttribute('href')).toBe(
        entityUrl(qamishli.data.kind, qamishli.id, subPath),
      );
      await tab.close();
      expect(outside).toEqual([]);
    } finally {
      await sub.close();
    }
  });
});
