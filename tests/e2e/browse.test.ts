/**
 * Browsing without search: topic → article → entity → timeline → the
 * paragraph an event is drawn from; the timeline's order; the maps.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { comparePartialDates, toPartialDate } from '../../src/lib/core/dates.ts';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { useSite } from '../support/e2e.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';

const archive = loadPublishedFromDisk();
let server: SiteServer;
let page: Page;

useSite((session) => ({ server, page } = session));

describe('a reader browsing', () => {
  it('goes from a topic to an article, to a place, to the timeline, and to the sentence an event comes from', async () => {
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Topics' }).click();
    await page.getByRole('link', { name: 'IS detainees, prisons and camps' }).click();
    expect(await page.locator('h1').innerText()).toBe('IS detainees, prisons and camps');

    const elMundo = archive.articles.find((article) => article.id.includes('el-mundo'))!;
    await page.getByRole('link', { name: elMundo.data.headline }).click();
    await page.waitForURL(`**/articles/${elMundo.id}/`);

    await page.locator('ul.filed-entities').getByRole('link', { name: 'Ayn Issa' }).click();
    await page.waitForURL('**/places/ayn-issa/');
    const mentions = page.locator('.mention');
    expect(await mentions.count()).toBeGreaterThan(0);
    expect(await mentions.first().locator('blockquote').innerText()).toMatch(/Ayn Iss?a/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await page.locator('main').getByRole('link', { name: '2019', exact: true }).click();
    await page.waitForURL('**/timeline/2019/');
    const entry = page.locator('#event-2019-10-13-ayn-issa-escape');
    expect(await entry.locator('time').first().getAttribute('datetime')).toBe('2019-10-13');
    await entry.getByRole('link', { name: 'El Mundo, paragraph 1' }).click();
    await page.waitForURL(`**/articles/${elMundo.id}/#p-1`);
    const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
    expect(target).toContain('last Sunday');
  });

  it('reaches every entity from the index and every index from the header', async () => {
    await page.goto(`${server.url}entities/`);
    const linked = await page
      .locator('.index-list a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(linked.length).toBe(archive.entities.length);
    const nav = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(nav).toEqual(expect.arrayContaining(['/', '/topics/', '/entities/', '/timeline/']));
  });

  it('quotes every mention on an entity page, each linked to a paragraph that names it', async () => {
    await page.goto(`${server.url}places/al-hol/`);
    const links = await page.locator('.mention__source a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const href of links) {
      await page.goto(href);
      const text = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
      expect(text).toMatch(/al-Hol|Al Hol/);
    }
  });
});

describe('the timeline', () => {
  /** The paths of the year pages the timeline's index links to, in order. */
  async function yearPages(): Promise<string[]> {
    await page.goto(`${server.url}timeline/`);
    return page.locator('main h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  }

  it("lists the years on its index, the most recent first, each year's events and publications in date order, each date in a <time datetime>", async () => {
    const years = await yearPages();
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual([...years].sort().reverse());
    const dates: string[] = [];
    for (const path of [...years].reverse()) {
      await page.goto(`${server.url}${path.slice(1)}`);
      dates.push(
        ...(await page
          .locator('.timeline-entry .timeline-entry__date time:first-of-type')
          .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!))),
      );
    }
    expect(dates.length).toBe(archive.events.length + archive.articles.length);
    const sorted = [...dates].sort((a, b) => comparePartialDates(toPartialDate(a), toPartialDate(b)));
    expect(dates).toEqual(sorted);
  });

  it('says when a date is approximate and how it was arrived at', async () => {
    await page.goto(`${server.url}timeline/2019/`);
    const court = page.locator('#event-2019-al-hol-is-court');
    expect(await court.locator('.event-date').innerText()).toMatch(/^about 2019/);
    expect(await court.locator('.timeline-entry__basis').innerText()).toContain('Recently');
  });

  it('draws on each year page a chart whose every mark links to an entry on that page', async () => {
    let marks = 0;
    for (const path of await yearPages()) {
      await page.goto(`${server.url}${path.slice(1)}`);
      const hrefs = await page.locator('figure svg a').evaluateAll((links) => links.map((mark) => mark.getAttribute('href')!));
      marks += hrefs.length;
      for (const href of hrefs) expect(await page.locator(href.slice(href.indexOf('#'))).count()).toBe(1);
    }
    expect(marks).toBe(archive.events.length + archive.articles.length);
  });
});

describe('maps', () => {
  /** The centres of an SVG's markers, and its viewBox size. */
  async function markers(selector: string) {
    return page
      .locator(selector)
      .first()
      .evaluate((svg) => {
        const [, , width, height] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
        const points = [...svg.querySelectorAll('circle')].map((circle) => ({
          x: Number(circle.getAttribute('cx')),
          y: Number(circle.getAttribute('cy')),
        }));
        return { width: width!, height: height!, points };
      });
  }

  it('draws every place inside the map on the places index, each linked to its page', async () => {
    await page.goto(`${server.url}entities/`);
    const places = archive.entities.filter((entity) => entity.data.kind === 'place');
    const { width, height, points } = await markers('section[aria-labelledby="place"] svg');
    expect(points.length).toBe(places.length);
    for (const point of points) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(width);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(height);
    }
    const hrefs = await page
      .locator('section[aria-labelledby="place"] svg a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const place of places) expect(hrefs).toContain(`/places/${place.id}/`);
  });

  it('shows a locator map with country names on each place page', async () => {
    for (const place of archive.entities.filter((entity) => entity.data.kind === 'place')) {
      await page.goto(`${server.url}places/${place.id}/`);
      const { width, height, points } = await markers('figure svg');
      expect(points.length).toBeGreaterThan(0);
      expect(points[0]!.x).toBeGreaterThan(0);
      expect(points[0]!.x).toBeLessThan(width);
      expect(points[0]!.y).toBeLessThan(height);
      expect(await page.locator('figure svg').first().textContent()).toMatch(/Syria/i);
    }
  });
});
