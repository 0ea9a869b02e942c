/**
 * Search, end to end: queries typed into the real search page in Chromium,
 * answered by the real Pagefind index of the built site.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { entityUrl } from '../../src/lib/urls/urls.ts';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { useSite } from '../support/e2e.ts';
import { searchFor, shownResults, waitForStatus } from '../support/search-page.ts';
import { serveSite, type SiteServer } from '../../scripts/harness/server.ts';

const archive = loadPublishedFromDisk();
let server: SiteServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

useSite(async (session) => {
  ({ server, browser, context, page } = session);
  await page.goto(`${server.url}search/`);
});

/** The ways a reader may type one name: as written, in capitals, with hyphens and spaces swapped, run together, with a Unicode hyphen. */
function spellingsOf(name: string): string[] {
  const swapped = name.replace(/[-\s]/g, (separator) => (separator === '-' ? ' ' : '-'));
  return [...new Set([name, name.toUpperCase(), swapped, name.replace(/[-\s]+/g, ''), name.replace(/-/g, '\u2010')])];
}

const articlePath = (id: string) => `/articles/${id}/`;
const pathOf = (href: string) => href.split('#')[0]!;

describe('every name in every spelling', () => {
  const cases = archive.entities.flatMap((entity) =>
    [entity.data.name, ...entity.data.aliases].flatMap((name) => spellingsOf(name).map((spelling) => ({ spelling, name, entity }))),
  );

  it.for(cases)(
    '"$spelling" ($entity.id) finds its page and the articles that mention it, and no other article',
    async ({ spelling, entity }) => {
      const results = await searchFor(page, spelling);
      const paths = results.map((result) => pathOf(result.href));
      const mentioning = archive.articles.filter((article) => article.data.entities.includes(entity.id));
      const others = archive.articles.filter((article) => !article.data.entities.includes(entity.id));

      expect(paths).toContain(entityUrl(entity.data.kind, entity.id, '/'));
      for (const article of mentioning) expect(paths).toContain(articlePath(article.id));
      for (const article of others) expect(paths).not.toContain(articlePath(article.id));
      // The entity's own page comes among the first results, before pages that merely mention it.
      expect(paths.indexOf(entityUrl(entity.data.kind, entity.id, '/'))).toBeLessThan(3);
    },
  );
});

describe('the search page', () => {
  it('opens with results for the query in its URL, and keeps the query in the box', async () => {
    await page.goto(`${server.url}search/?q=al-Hol`);
    expect(await waitForStatus(page)).toMatch(/^\d+ results? for “al-Hol”\.$/);
    expect(await page.getByRole('searchbox', { name: /names, places or words/i }).inputValue()).toBe('al-Hol');
    expect((await shownResults(page)).map((result) => pathOf(result.href))).toContain('/places/al-hol/');
  });

  it('puts each new query in the URL, and back and forward return to earlier queries', async () => {
    await page.goto(`${server.url}search/?q=Raqqa`);
    await waitForStatus(page);
    await searchFor(page, 'Bakker');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Bakker');
    await page.goBack();
    expect(await waitForStatus(page)).toContain('“Raqqa”');
    expect(await page.getByRole('searchbox', { name: /names, places or words/i }).inputValue()).toBe('Raqqa');
    await page.goForward();
    expect(await waitForStatus(page)).toContain('“Bakker”');
  });

  it('shows each result with title, kind, publisher, date and an excerpt with the match marked', async () => {
    await page.goto(`${server.url}search/?q=Qamishlo`);
    await waitForStatus(page);
    const article = page.locator('.search-result', { has: page.locator('a[href*="/articles/2019-10-16-el-mundo"]') });
    expect(await article.locator('.search-result__meta').innerText()).toBe('Article · El Mundo · 16 October 2019');
    expect(await article.locator('.search-result__excerpt mark').first().innerText()).toMatch(/^Qamishlo/);
  });

  it('announces the number of results to screen readers', async () => {
    await page.goto(`${server.url}search/?q=Erdogan`);
    const status = page.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await waitForStatus(page)).toMatch(/^\d+ results? for “Erdogan”\.$/);
  });

  it('says so when nothing matches', async () => {
    expect(await searchFor(page, 'zzyzxqwv')).toEqual([]);
    expect(await page.locator('#search-status').innerText()).toBe('No results for “zzyzxqwv”.');
  });

  it('shows the query isolated, so a right-to-left override in it cannot turn the rest of the status line around', async () => {
    await searchFor(page, '\u202Ezzyzxqwv');
    // Where each part of "No results for “…”." is drawn: the override reverses only the query.
    const boxes = await page.locator('#search-status').evaluate((status) => {
      const text = status.textContent!;
      const box = (start: number, end: number) => {
        const range = document.createRange();
        const walker = document.createTreeWalker(status, NodeFilter.SHOW_TEXT);
        let offset = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (start >= offset && start < offset + length) range.setStart(node, start - offset);
          if (end > offset && end <= offset + length) range.setEnd(node, end - offset);
          offset += length;
        }
        const { left, right } = range.getBoundingClientRect();
        return { left, right };
      };
      const open = text.indexOf('“');
      const close = text.indexOf('”');
      return { open: box(open, open + 1), query: box(open + 1, close), after: box(close, text.length) };
    });
    expect(boxes.query.left).toBeGreaterThanOrEqual(boxes.open.right - 1);
    expect(boxes.after.left).toBeGreaterThanOrEqual(boxes.query.right - 1);
  });

  it('starts no Pagefind until there is something to search for: only its module, entry, metadata and WebAssembly are preloaded', async () => {
    const fresh = await context.newPage();
    const requests: string[] = [];
    fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await fresh.goto(`${server.url}search/`);
    await fresh.waitForLoadState('networkidle');
    // The preloads (tests/e2e/search-preload.test.ts) fetch these four files for a shared link's sake (the metadata
    // file's name is a hash of its content); Pagefind itself starts only with a query or a focused box, and its
    // first request of its own would be an index chunk.
    const named = (path: string) => path.replace(/\/pagefind\.en_[0-9a-f]+\.pf_meta$/, '/pagefind.en_<hash>.pf_meta');
    expect(
      requests
        .filter((path) => path.includes('/pagefind/'))
        .map(named)
        .sort(),
    ).toEqual([
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.en_<hash>.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.en.pagefind',
    ]);
    await searchFor(fresh, 'Raqqa');
    expect(requests.filter((path) => path.includes('/pagefind/')).length).toBeGreaterThan(0);
    await fresh.close();
  });

  it('loads Pagefind when the box gets focus, and the index for the words as they are typed, before Enter', async () => {
    const fresh = await context.newPage();
    const requests: string[] = [];
    fresh.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await fresh.goto(`${server.url}search/`);
    await fresh.waitForLoadState('networkidle');
    await fresh.locator('#search-q').focus();
    await fresh.waitForLoadState('networkidle');
    await expect.poll(() => requests.filter((path) => path.endsWith('/pagefind/pagefind.js')).length).toBe(1);
    const beforeTyping = requests.filter((path) => path.endsWith('.pf_index')).length;
    await fresh.locator('#search-q').pressSequentially('Raqqa');
    await expect.poll(() => requests.filter((path) => path.endsWith('.pf_index')).length).toBeGreaterThan(beforeTyping);
    // Nothing is searched until the reader sends the query.
    expect(await fresh.locator('.search-result').count()).toBe(0);
    expect(await fresh.locator('#search-status').innerText()).toBe('');
    await fresh.close();
  });
});

describe('filters', () => {
  it('narrow results by kind of page, with counts, and the choice lives in the URL', async () => {
    await page.goto(`${server.url}search/?q=Syria`);
    await waitForStatus(page);
    const all = await shownResults(page);
    // The filters (and their index) load when the reader opens them.
    await page.getByText('Filter the results').click();
    const articleBox = page.getByRole('group', { name: 'Kind of page' }).getByRole('checkbox', { name: /^Article \(\d+\)$/ });
    const label = await articleBox.locator('xpath=..').innerText();
    const expectedCount = Number(/\((\d+)\)/.exec(label)![1]);
    await articleBox.check();
    await page.waitForURL(/type=Article/);
    await waitForStatus(page);
    const filtered = await shownResults(page);
    expect(filtered.length).toBe(expectedCount);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((result) => result.meta.startsWith('Article'))).toBe(true);
  });

  it.each([
    ['publisher', 'Publisher', 'El Mundo'],
    ['language', 'Original language', 'Spanish'],
    ['topic', 'Topic', 'IS detainees, prisons and camps'],
  ])('narrow by %s', async (param, group, value) => {
    await page.goto(`${server.url}search/?q=prison`);
    await waitForStatus(page);
    await page.getByText('Filter the results').click();
    await page
      .getByRole('group', { name: group })
      .getByRole('checkbox', { name: new RegExp(`^${value} \\(\\d+\\)$`) })
      .check();
    await page.waitForURL((url) => url.searchParams.get(param) === value);
    await waitForStatus(page);
    const results = await shownResults(page);
    expect(results.length).toBeGreaterThan(0);
    if (param === 'publisher') expect(results.every((result) => result.meta.includes('El Mundo'))).toBe(true);
  });
});

describe('the query shown back (issue 34, item 9)', () => {
  it('a phrase in quotes is shown in one pair of quotes, the tab title leads with the query, and the box sets its direction by what is typed', async () => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent('"Ayn Issa"')}`);
    const status = await waitForStatus(page);
    expect(status).toMatch(/^\d+ results? for the phrase “Ayn Issa”\.$/);
    expect(await page.title()).toMatch(/^“Ayn Issa” · Search · /);
    await searchFor(page, 'al-Hol');
    expect(await page.title()).toMatch(/^“al-Hol” · Search · /);
    for (const box of await page.locator('input[type="search"]').all()) expect(await box.getAttribute('dir')).toBe('auto');
    await page.goto(`${server.url}search/`);
    expect(await page.title()).toMatch(/^Search · /);
  });
});

describe('filters on a phone', () => {
  it('open from a button under the count, before the results, and after a tick the first narrowed result is in view', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await phone.newPage();
    await tab.goto(`${server.url}search/?q=prison`);
    await waitForStatus(tab);
    const all = await shownResults(tab);
    const button = tab.locator('#search-filters > summary');
    const first = tab.locator('.search-result').first();
    // On the first screen, above the first result and before it in reading order.
    const buttonBox = (await button.boundingBox())!;
    expect(buttonBox.y + buttonBox.height).toBeLessThanOrEqual(844);
    expect(buttonBox.y).toBeLessThan((await first.boundingBox())!.y);
    expect(
      await button.evaluate(
        (summary) => summary.compareDocumentPosition(document.querySelector('.search-result')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeGreaterThan(0);
    await button.click();
    // Live counts: each value says how many results it leaves.
    const articleBox = tab.getByRole('group', { name: 'Kind of page' }).getByRole('checkbox', { name: /^Article \(\d+\)$/ });
    await articleBox.check();
    await tab.waitForURL(/type=Article/);
    await tab
      .locator('#search-status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    const narrowed = await shownResults(tab);
    expect(narrowed.length).toBeLessThan(all.length);
    await tab
      .getByRole('group', { name: 'Kind of page' })
      .getByRole('checkbox', { name: /^Article \(\d+\)$/ })
      .waitFor();
    // The first narrowed result's title is on screen and not under the filter sheet: a tap there reaches it.
    const link = tab.locator('.search-result h2 a').first();
    expect(await link.getAttribute('href')).toContain(narrowed[0]!.href.split('#')[0]);
    const box = (await link.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    const hit = await tab.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('a')?.getAttribute('href'),
      [box.x + 4, box.y + box.height / 2],
    );
    expect(hit).toBe(await link.getAttribute('href'));
    // The sheet closes from its own button, back to the button that opened it.
    await tab.getByRole('button', { name: 'Show the results' }).click();
    expect(await tab.locator('#search-filters').evaluate((panel) => (panel as HTMLDetailsElement).open)).toBe(false);
    expect(await tab.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await phone.close();
  });
});

describe('layout', () => {
  // Filter counts load when the reader opens the filters (their index is the largest part
  // of a first search); on a slow network they arrive well after. Whatever arrives later
  // must not move what the reader is already looking at.
  it.each([
    ['a phone', 412],
    ['a desktop', 1280],
  ])('does not shift the results when the filters arrive later, on %s', async (_, width) => {
    const slow = await browser.newContext({ viewport: { width, height: 800 } });
    await slow.route('**/pagefind/filter/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await slow.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const fresh = await slow.newPage();
    await fresh.goto(`${server.url}search/?q=al-Hol`);
    await waitForStatus(fresh);
    await fresh.getByText('Filter the results').click();
    await fresh.locator('#search-filters fieldset').first().waitFor();
    await fresh.waitForTimeout(100);
    const shifts = await fresh.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    // 0.1 is the largest cumulative layout shift Lighthouse and Core Web Vitals call good.
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.1);
    await slow.close();
  });
});

describe('deep links', () => {
  it('open the article at the paragraph with the match, with the words highlighted', async () => {
    await page.goto(`${server.url}search/?q=Qamishlo`);
    await waitForStatus(page);
    const link = page.locator('.search-result h2 a[href*="/articles/2019-10-16-el-mundo"]');
    const href = await link.getAttribute('href');
    expect(href).toMatch(/#p-5:~:text=Qamishlo$/);
    await link.click();
    await page.waitForURL(/\/articles\/2019-10-16-el-mundo-ayn-issa-escape\//);
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      return { id: element?.id, text: element?.textContent };
    });
    expect(target.id).toBe('p-5');
    expect(target.text).toContain('Qamishlo');
  });

  it('open at the first paragraph mentioning a name found only in another spelling, with the name as the text spells it', async () => {
    // El Mundo writes "Al Hol"; the reader types "al-Hawl". (The link now also
    // highlights "Al Hol" with a text fragment; it used to end at #p-7.)
    await page.goto(`${server.url}search/?q=al-Hawl`);
    await waitForStatus(page);
    const href = await page.locator('.search-result h2 a[href*="/articles/2019-10-16-el-mundo"]').getAttribute('href');
    expect(href).toMatch(/#p-7:~:text=Al%20Hol$/);
  });
});

describe('the search box in the header', () => {
  it('is on every kind of page and leads to the search page with the query', async () => {
    for (const path of ['', `articles/${archive.articles[0]!.id}/`, 'topics/', 'timeline/']) {
      await page.goto(`${server.url}${path}`);
      const box = page.getByRole('search').first().getByRole('searchbox', { name: 'Search the archive' });
      await box.fill('Ayn Issa');
      await box.press('Enter');
      await page.waitForURL(/\/search\/\?q=Ayn\+Issa$/);
      expect(await waitForStatus(page)).toContain('“Ayn Issa”');
    }
  });

  it('can be used by keyboard alone, from the skip link to a result', async () => {
    await page.goto(server.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('Raqqa');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Raqqa$/);
    await waitForStatus(page);
    const firstResult = page.locator('.search-result h2 a').first();
    for (let step = 0; step < 80 && !(await firstResult.evaluate((link) => link === document.activeElement)); step++) {
      await page.keyboard.press('Tab');
    }
    expect(await firstResult.evaluate((link) => link === document.activeElement)).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('the header box still submits, and the search page says search needs JavaScript and links the indexes', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(server.url);
    await plain.getByRole('searchbox', { name: 'Search the archive' }).fill('al-Hol');
    await plain.getByRole('searchbox', { name: 'Search the archive' }).press('Enter');
    await plain.waitForURL(/\/search\/\?q=al-Hol$/);
    const notice = plain.locator('.search-nojs');
    expect(await notice.innerText()).toMatch(/needs JavaScript/);
    expect(
      await notice.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    ).toEqual(['/topics/', '/entities/', '/timeline/']);
    await noScript.close();
  });
});

describe('under a sub-path', () => {
  it('searches, and every result links under the sub-path', async () => {
    const subPath = inject('subPath');
    const subServer = await serveSite(inject('subPathSiteDir'), subPath);
    try {
      const subPage = await context.newPage();
      await subPage.goto(`${subServer.url}search/?q=al-Hol`);
      await waitForStatus(subPage);
      const results = await shownResults(subPage);
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((result) => result.href.startsWith(subPath))).toBe(true);
      expect(results.map((result) => pathOf(result.href))).toContain(`${subPath}places/al-hol/`);
      await subPage.locator('.search-result h2 a').first().click();
      await subPage.waitForLoadState();
      expect(await subPage.locator('h1').count()).toBe(1);
      await subPage.close();
    } finally {
      await subServer.close();
    }
  });
});
