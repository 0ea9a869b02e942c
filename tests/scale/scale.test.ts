/**
 * The archive at scale, in bytes rather than seconds: one real build of a
 * synthetic archive from the benchmark's generator, large enough that every
 * kind of paginated list spills onto several pages, checked for what must
 * hold at any size: every page within the page budget, pagination links
 * that resolve, no list page over its page size, every article reachable
 * from the home page's pages and from each of its topics' pages, the feed
 * bounded, and no open data file over its bound. Timing belongs to the
 * benchmark (npm run bench), never to a test.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedArchive } from '../../scripts/harness/synthetic/generate.ts';
import { FEED_ITEMS } from '../../src/consts.ts';
import { readSettings } from '../../src/settings.ts';
import { OPEN_DATA_MAX_BYTES, openDataSchemaFor } from '../../src/schemas/open-data.ts';
import { parseElements } from '../../scripts/harness/gates/html.ts';
import { checkPageWeight } from '../../scripts/harness/gates/page-weight.ts';
import { listSitePages, siteFileFor } from '../../scripts/harness/gates/site.ts';
import { measureColdQuery } from '../../scripts/bench/search.ts';
import { launchBrowser } from '../../scripts/harness/browser.ts';
import { serveSite } from '../../scripts/harness/server.ts';
import { RESULTS_PER_BATCH } from '../../src/lib/search/search-state.ts';
import { waitForStatus } from '../support/search-page.ts';
import { buildSite } from '../../scripts/harness/build.ts';
import { unified } from '@astrojs/markdown-remark';
import { splitFrontMatter } from '../../src/lib/content/checks/files.ts';
import { archiveMarkdownOptions, SHARED_MARKDOWN_OPTIONS } from '../../src/markdown/pipeline.ts';

/** Enough articles that every topic's list and several years of the timeline take more than one page at the default sizes. */
const ARTICLES = 400;

/** The page sizes the build used for HTML lists: the defaults, as no override is set. */
const SIZES = readSettings({}).pageSizes;

/** Entries a page of open data, set small so that every paged kind of file spills onto several pages. */
const OPEN_DATA_PAGE = 50;

let archive: GeneratedArchive;
let siteDir: string;
/** What the build printed. */
let buildOutput: string;
/** Every page's HTML by its URL path ("/", "/topics/x/2/"). */
const html = new Map<string, string>();

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'archive-scale-'));
  archive = generateArchive(join(work, 'content'), ARTICLES);
  const result = await buildSite({
    contentDir: archive.contentDir,
    outDir: join(work, 'dist'),
    env: { ARCHIVE_PAGE_SIZE_OPEN_DATA: String(OPEN_DATA_PAGE) },
  });
  if (result.status !== 0) throw new Error(`The synthetic archive did not build:\n${result.output.slice(-4000)}`);
  siteDir = result.outDir;
  buildOutput = result.output;
  for (const page of listSitePages(siteDir)) html.set(page.path, readFileSync(join(siteDir, page.file), 'utf8'));
});

/** The URL paths of a page's rel="prev"/"next" links, in <head> and in its navigation. */
function pageLinks(page: string): { rel: string; href: string }[] {
  return parseElements(html.get(page)!)
    .filter((element) => (element.tag === 'a' || element.tag === 'link') && /^(prev|next)$/.test(element.attributes.get('rel') ?? ''))
    .map((element) => ({ rel: element.attributes.get('rel')!, href: element.attributes.get('href')! }));
}

/** The pages of a list from its first page on, following rel="next". */
function followPages(first: string): string[] {
  const pages = [first];
  for (;;) {
    const next = pageLinks(pages.at(-1)!).find((link) => link.rel === 'next')?.href;
    if (!next) return pages;
    expect(pages, `${next} is visited twice`).not.toContain(next);
    pages.push(next);
  }
}

/** How many times `pattern` occurs in a page. */
function occurrences(page: string, pattern: RegExp): number {
  return html.get(page)!.match(pattern)?.length ?? 0;
}

/** The article ids a list page links to from its article cards (page 1) or compact lines (later pages). */
function listedArticles(page: string): string[] {
  return [...html.get(page)!.matchAll(/class="(?:article-card__headline|compact-list__item)">\s*<a href="\/articles\/([^"/#]+)\/"/g)].map(
    (match) => match[1]!,
  );
}

/** The topics each generated article is filed under, read back from its front matter. */
function topicsOfArticles(): Map<string, string[]> {
  const folder = join(archive.contentDir, 'articles');
  return new Map(
    readdirSync(folder).map((name) => {
      const frontMatter = parseYaml(
        readFileSync(join(folder, name), 'utf8')
          .split('\n---\n')[0]!
          .replace(/^---\n/, ''),
      ) as { topics: string[] };
      return [name.replace(/\.md$/, ''), frontMatter.topics];
    }),
  );
}

describe(`a synthetic archive of ${ARTICLES} articles`, () => {
  it('spills every kind of list onto several pages', () => {
    expect(followPages('/').length).toBeGreaterThan(2);
    const topics = [...html.keys()].filter((page) => /^\/topics\/[^/]+\/$/.test(page));
    expect(topics.length).toBe(archive.topics);
    for (const topic of topics) expect(followPages(topic).length, topic).toBeGreaterThan(1);
    for (const segment of ['people', 'places', 'organisations']) {
      expect(
        [...html.keys()].some((page) => new RegExp(`^/${segment}/[^/]+/2/$`).test(page)),
        segment,
      ).toBe(true);
    }
    expect([...html.keys()].some((page) => /^\/timeline\/\d+\/2\/$/.test(page))).toBe(true);
    expect(followPages('/entities/').length).toBeGreaterThan(1);
  });

  it('fits every page and its stylesheets in 14,600 bytes gzipped', () => {
    const report = checkPageWeight(siteDir);
    const [heaviest] = report.weights;
    console.info(`heaviest of ${report.weights.length} pages: ${heaviest?.page}, ${heaviest?.totalBytes} bytes gzipped with its CSS`);
    expect(report.weights.length).toBe(html.size);
    expect(report.findings).toEqual([]);
  });

  it('links every page of a list to pages that exist, each back to the one before', () => {
    let checked = 0;
    for (const page of html.keys()) {
      for (const { rel, href } of pageLinks(page)) {
        expect(siteFileFor(siteDir, '/', href), `${page} → ${rel} ${href}`).not.toBeNull();
        const back = pageLinks(href).find((link) => link.rel === (rel === 'next' ? 'prev' : 'next'))?.href;
        expect(back, `${href} links back`).toBe(page);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('holds no more items on a list page than its page size, page 1 and later pages each their own', () => {
    const most = { articles: 0, mentions: 0, timeline: 0, entities: 0, articlesLater: 0, mentionsLater: 0 };
    for (const page of html.keys()) {
      const compact = occurrences(page, /class="compact-list__item"/g);
      if (/^\/(people|places|organisations)\//.test(page)) most.mentionsLater = Math.max(most.mentionsLater, compact);
      else most.articlesLater = Math.max(most.articlesLater, compact);
      most.articles = Math.max(most.articles, occurrences(page, /class="article-card"/g));
      most.mentions = Math.max(most.mentions, occurrences(page, /class="mention"/g));
      if (page.startsWith('/timeline/')) most.timeline = Math.max(most.timeline, occurrences(page, /class="timeline-entry /g));
      if (page.startsWith('/entities/')) most.entities = Math.max(most.entities, occurrences(page, /class="index-list__note"/g));
    }
    // Full pages exist (the lists do spill), and none holds more than its size (open data's is not an HTML list's).
    expect(most).toEqual({ ...SIZES, openData: undefined });
  });

  it("reaches every article from the home page's pages and from each of its topics' pages", () => {
    const topicsOf = topicsOfArticles();
    expect(topicsOf.size).toBe(ARTICLES);
    const fromHome = followPages('/').flatMap(listedArticles);
    expect(fromHome.length).toBe(ARTICLES);
    expect(new Set(fromHome)).toEqual(new Set(topicsOf.keys()));
    const byTopic = new Map<string, Set<string>>();
    for (const topic of new Set([...topicsOf.values()].flat()))
      byTopic.set(topic, new Set(followPages(`/topics/${topic}/`).flatMap(listedArticles)));
    for (const [article, topics] of topicsOf) {
      for (const topic of topics) expect(byTopic.get(topic)!.has(article), `${article} on the pages of ${topic}`).toBe(true);
    }
  });

  it('lists every page in the sitemap', () => {
    const sitemap = readFileSync(join(siteDir, 'sitemap-0.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
    const pages = [...html.keys()].filter((page) => page !== '/404.html');
    expect(pages.filter((page) => !listed.has(page))).toEqual([]);
  });

  it(`carries only the newest ${FEED_ITEMS} articles in the feed`, () => {
    const feed = readFileSync(join(siteDir, 'rss.xml'), 'utf8');
    const items = [...feed.matchAll(/<item><title>[^<]*<\/title><link>[^<]*\/articles\/([^/<]+)\/<\/link>/g)].map((match) => match[1]);
    expect(items).toEqual(followPages('/').flatMap(listedArticles).slice(0, FEED_ITEMS));
  });

  it(`keeps every open data file under ${OPEN_DATA_MAX_BYTES.toLocaleString('en-US')} bytes, each valid against its schema`, () => {
    const dataDir = join(siteDir, 'data');
    const files = readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    // One file per article and per entity, besides the indexes.
    expect(files.length).toBeGreaterThan(ARTICLES + archive.entities);
    for (const file of files) {
      const path = relative(dataDir, file);
      expect(statSync(file).size, path).toBeLessThanOrEqual(OPEN_DATA_MAX_BYTES);
      const schema = openDataSchemaFor(path);
      expect(schema, path).toBeDefined();
      expect(schema!.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success, path).toBe(true);
    }
  });

  it('pages every open data list that grows with the archive, each page reachable from the catalogue or the one before', () => {
    const read = (path: string) => JSON.parse(readFileSync(join(siteDir, 'data', path), 'utf8')) as Record<string, unknown>;
    const local = (url: string) => new URL(url).pathname.replace(/^\/data\//, '');
    /** The entries of a paged file and of every page after it, following "next". */
    const follow = (path: string, entries: (file: Record<string, unknown>) => unknown[]) => {
      const all: unknown[] = [];
      for (let file = read(path); ; file = read(local(file.next as string))) {
        expect(entries(file).length, path).toBeLessThanOrEqual(OPEN_DATA_PAGE);
        all.push(...entries(file));
        if (!file.next) return { all, total: file.total };
      }
    };
    const catalogue = read('index.json') as { fixity: { pages: string[] }; timeline: { years: { pages: string[] }[] } };
    const fixity = catalogue.fixity.pages.flatMap((url) => read(local(url)).articles as { id: string }[]);
    expect(catalogue.fixity.pages.length).toBe(Math.ceil(ARTICLES / OPEN_DATA_PAGE));
    expect(new Set(fixity.map((entry) => entry.id)).size).toBe(ARTICLES);
    expect(
      catalogue.timeline.years
        .flatMap((year) => year.pages.map((url) => (read(local(url)).events as unknown[]).length))
        .reduce((a, b) => a + b),
    ).toBe(ARTICLES + archive.events);
    // The camp named most often has more mentions than a page holds; every one is reached, once.
    const entities = readdirSync(join(siteDir, 'data', 'entities')).filter((name) => name.endsWith('.json'));
    const mentions = entities.map((name) => follow(`entities/${name}`, (file) => (file.entity as { mentions: unknown[] }).mentions));
    for (const { all, total } of mentions) expect(all.length).toBe(total);
    expect(Math.max(...mentions.map(({ all }) => all.length))).toBeGreaterThan(OPEN_DATA_PAGE);
    const topics = readdirSync(join(siteDir, 'data', 'topics')).filter((name) => name.endsWith('.json'));
    const listed = topics.map((name) => follow(`topics/${name}`, (file) => (file.topic as { articles: unknown[] }).articles));
    for (const { all, total } of listed) expect(new Set(all).size).toBe(total);
    expect(Math.max(...listed.map(({ all }) => all.length))).toBeGreaterThan(OPEN_DATA_PAGE);
  });

  it('finds a name through its token, loading one chunk of the search index for it', async () => {
    // A name is searched by its token alone: searching it as typed too would load the
    // positions of each of its words ("camp" is on most pages: 826 KB at 10,000 articles).
    const search = await measureColdQuery(siteDir, archive.query);
    expect(search.byKind.pf_index?.requests).toBe(1);
  });

  it('draws results a batch at a time, fetching only their texts, focuses the first new one, and neither repeats nor skips a batch', async () => {
    const server = await serveSite(siteDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      let fragments = 0;
      page.on('request', (request) => void (request.url().endsWith('.pf_fragment') && (fragments += 1)));
      await page.goto(`${server.url}search/?q=${encodeURIComponent(archive.query)}`);
      const total = Number((await waitForStatus(page)).match(/^([\d,]+) results/)![1]!.replace(/,/g, ''));
      // Enough results for three batches and more, or the test proves nothing.
      expect(total).toBeGreaterThan(3 * RESULTS_PER_BATCH);
      await page.waitForLoadState('networkidle');
      const results = page.locator('.search-result');
      expect(await results.count()).toBe(RESULTS_PER_BATCH);
      expect(fragments).toBe(RESULTS_PER_BATCH);

      // A keyboard reader asks for more: the next batch comes, and focus moves to its first result.
      await page.getByRole('button', { name: 'Show more results' }).press('Enter');
      await results.nth(2 * RESULTS_PER_BATCH - 1).waitFor();
      expect(await results.count()).toBe(2 * RESULTS_PER_BATCH);
      expect(fragments).toBe(2 * RESULTS_PER_BATCH);
      const focused = await page.evaluate(() => ({
        result: [...document.querySelectorAll('.search-result')].findIndex((item) => item.contains(document.activeElement)),
        tag: document.activeElement?.tagName,
      }));
      expect(focused).toEqual({ result: RESULTS_PER_BATCH, tag: 'A' });

      // A double click asks once: one more batch, no result twice.
      await page.getByRole('button', { name: 'Show more results' }).dblclick();
      await results.nth(3 * RESULTS_PER_BATCH - 1).waitFor();
      // Requests go out at the click, before any result shows: a second batch asked for would be counted here.
      expect(fragments).toBe(3 * RESULTS_PER_BATCH);
      const links = await results.locator('h2 a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(links).toHaveLength(3 * RESULTS_PER_BATCH);
      expect(new Set(links).size).toBe(links.length);

      // A batch whose texts fail to load is tried again on the next click, not skipped:
      // asking until the button goes shows every result, each once.
      const showMore = page.getByRole('button', { name: 'Show more results' });
      await page.route('**/*.pf_fragment', (route) => route.abort());
      const failed = page.waitForEvent('requestfailed');
      await showMore.click();
      await failed;
      const status = page.locator('#search-status');
      await status.filter({ hasText: /More results could not be loaded; try again\.$/ }).waitFor();
      expect(await results.count()).toBe(3 * RESULTS_PER_BATCH);
      await page.unroute('**/*.pf_fragment');
      await expect
        .poll(
          async () => {
            // A click while a batch loads is ignored, and the last batch removes the button: keep asking.
            if (await showMore.isVisible()) await showMore.click({ timeout: 1000 }).catch(() => undefined);
            return results.count();
          },
          { timeout: 60_000 },
        )
        .toBe(total);
      const all = await results.locator('h2 a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      expect(all).toHaveLength(total);
      expect(new Set(all).size).toBe(total);
      // Once more results came, the status is the count again.
      expect(await status.innerText()).toMatch(/^[\d,]+ results for “.+”\.$/);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('bodies rendered once', () => {
  it('parses every body once in the content loader, on worker threads, and the article pages carry exactly what the archive’s processor renders', async () => {
    // On one core no worker starts and the loader parses every body on its own thread; the pages must be the same.
    const parsed = new RegExp(
      `bodies: 0 from the cache, ${ARTICLES} parsed${availableParallelism() >= 2 ? ' on \\d+ threads' : ' \\(the cache'}`,
    );
    expect(buildOutput).toMatch(parsed);
    const renderer = await unified(archiveMarkdownOptions('/')).createRenderer(SHARED_MARKDOWN_OPTIONS);
    const folder = join(archive.contentDir, 'articles');
    const files = readdirSync(folder).filter((name) => name.endsWith('.md'));
    expect(files).toHaveLength(ARTICLES);
    // Every tenth article: enough to meet every kind of generated body, without rendering all 400 again.
    for (const file of files.filter((_, index) => index % 10 === 0)) {
      const { code } = await renderer.render(splitFrontMatter(readFileSync(join(folder, file), 'utf8')).body.trim());
      const page = html.get(`/articles/${file.replace(/\.md$/, '')}/`);
      // A yes or no, not the page: a failure would print a whole page.
      expect(page?.includes(code), `${file}'s page holds its body as the processor renders it`).toBe(true);
    }
  });
});
