/**
 * What good archives have (issue 34, item 10), in Chromium on the built
 * site: previous and next article by publication date, a ¶ link that copies
 * the paragraph's address, and a page where the archive explains itself,
 * linked from every footer and from "About this copy".
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { comparePartialDates, type PartialDate } from '../../src/lib/core/dates.ts';
import { useSite } from '../support/e2e.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';

const archive = loadPublishedFromDisk();
const byPath = new Map(archive.articles.map((article) => [`/articles/${article.id}/`, article]));
let server: SiteServer;
let browser: Browser;
let page: Page;

useSite((session) => ({ server, browser, page } = session));

/** The previous and next links of the article page open in `page`, as paths. */
async function steps(): Promise<{ prev: string | null; next: string | null }> {
  const nav = page.getByRole('navigation', { name: 'Articles by publication date' });
  const path = async (rel: string) => {
    const link = nav.locator(`a[rel="${rel}"]`);
    return (await link.count()) === 0 ? null : new URL((await link.getAttribute('href'))!, page.url()).pathname;
  };
  return { prev: await path('prev'), next: await path('next') };
}

describe('previous and next article', () => {
  it('every article links to the one published just before and after it, and each link is answered by the reverse one', async () => {
    const published = (path: string): PartialDate => byPath.get(path)!.data.published;
    let firsts = 0;
    let lasts = 0;
    for (const article of archive.articles) {
      const here = `/articles/${article.id}/`;
      await page.goto(`${server.url}${here.slice(1)}`);
      const { prev, next } = await steps();
      if (prev === null) firsts += 1;
      if (next === null) lasts += 1;
      if (prev) expect(comparePartialDates(published(prev), article.data.published), `${prev} before ${here}`).toBeLessThanOrEqual(0);
      if (next) expect(comparePartialDates(published(next), article.data.published), `${next} after ${here}`).toBeGreaterThanOrEqual(0);
      for (const [to, back] of [
        [prev, 'next'],
        [next, 'prev'],
      ] as const) {
        if (!to) continue;
        await page.goto(`${server.url}${to.slice(1)}`);
        expect((await steps())[back], `${to} answers ${here}`).toBe(here);
        await page.goto(`${server.url}${here.slice(1)}`);
      }
    }
    expect(archive.articles.length).toBeGreaterThan(1);
    expect([firsts, lasts]).toEqual([1, 1]);
  });
});

describe('copy link', () => {
  it('the ¶ of a paragraph puts its full address on the clipboard, says so, and still goes there', async () => {
    const article = archive.articles[0]!;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const reader = await context.newPage();
    await reader.goto(`${server.url}articles/${article.id}/`);
    await reader.locator('#p-2').hover();
    await reader.getByRole('link', { name: 'Link to paragraph 2' }).click();
    await expect.poll(() => reader.locator('.copy-status').innerText()).toBe('Link to paragraph 2 copied.');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}articles/${article.id}/#p-2`);
    expect(new URL(reader.url()).hash).toBe('#p-2');
    await context.close();
  });
});

describe('About this archive', () => {
  it('is linked from the footer of every kind of page and from "About this copy"', async () => {
    for (const path of ['', `articles/${archive.articles[0]!.id}/`, 'places/al-hol/', 'timeline/', 'no/such/page/']) {
      await page.goto(`${server.url}${path}`);
      expect(await page.locator('.site-footer').getByRole('link', { name: 'About this archive' }).getAttribute('href'), path).toBe(
        '/about/',
      );
    }
    await page.goto(`${server.url}articles/${archive.articles[0]!.id}/`);
    const copy = page.locator('section.provenance');
    await copy.getByRole('link', { name: 'How the archive makes and checks its copies' }).click();
    await page.waitForURL(/\/about\/$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('About this archive');
  });

  it('says what it holds as counted from the archive, and covers copies, translations, corrections and reporting', async () => {
    await page.goto(`${server.url}about/`);
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual([
      'What it holds',
      'How a copy is made',
      "Translations and the archive's own words",
      'Corrections',
      'Finding and reusing',
    ]);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    const publishers = new Set(archive.articles.map((article) => article.data.publisher.name)).size;
    expect(text).toContain(`${archive.articles.length} articles from ${publishers} publishers`);
    expect(text).toContain(`${archive.events.length} events`);
    const translated = archive.articles.filter((article) => article.data.translation).length;
    expect(text).toContain(`${translated} ${translated === 1 ? 'article is' : 'articles are'} kept in English translation`);
    expect(text).toMatch(/checks each copy against its capture/);
    expect(text).toMatch(/To report an error/);
  });
});
