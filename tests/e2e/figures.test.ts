/**
 * Facts and figures, end to end in Chromium: search finds a figure and its
 * article by the number, the figures page shows every quantity with its
 * claims side by side, each claim's link lands on a paragraph that gives the
 * value as written, and entity and topic pages link to their figures.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { containsAsWritten } from '../../src/lib/content/paragraph-citations.ts';
import { formatPartialDate } from '../../src/lib/core/dates.ts';
import { figuresForEntity, figuresForTopic } from '../../src/lib/content/figures.ts';
import { compareQuantities, describeComparison, describeQuantity } from '../../src/lib/content/quantities.ts';
import { entityUrl, figureUrl, topicUrl } from '../../src/lib/urls/urls.ts';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { useSite } from '../support/e2e.ts';
import { searchFor } from '../support/search-page.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';

const archive = loadPublishedFromDisk();
const articlesById = new Map(archive.articles.map((article) => [article.id, article]));
let server: SiteServer;
let page: Page;

useSite((session) => ({ server, page } = session));

const pathOf = (href: string) => href.split('#')[0]!;
const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
/** A figure's section on the figures page; ids may start with a digit, so no `#id` selector. */
const sectionOf = (id: string) => page.locator(`section[id="${id}"]`);

/** The element the URL's fragment targets, with its text as a reader sees it (the archive's note markers removed). */
function targetOf(current: Page): Promise<{ id: string | undefined; text: string }> {
  return current.evaluate(() => {
    const element = document.querySelector(':target');
    const copy = element?.cloneNode(true) as HTMLElement | undefined;
    copy?.querySelectorAll('sup').forEach((sup) => sup.remove());
    return { id: element?.id, text: (copy?.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });
}

describe('search by number', () => {
  it.for(['859', '75,000'])('"%s" finds the figure and the article that gives it', async (query) => {
    const articleIds = archive.figures.flatMap((figure) =>
      figure.data.claims.filter((claim) => containsAsWritten(claim.value, query)).map((claim) => claim.source.article),
    );
    expect(articleIds.length, `no claim gives ${query}`).toBeGreaterThan(0);

    await page.goto(`${server.url}search/`);
    const results = await searchFor(page, query);
    const figures = results.find((result) => pathOf(result.href) === '/figures/');
    expect(figures?.meta).toMatch(/^Figure/);
    for (const id of articleIds) expect(results.map((result) => pathOf(result.href))).toContain(`/articles/${id}/`);
  });
});

describe('the figures page', () => {
  beforeAll(async () => {
    await page.goto(`${server.url}figures/`);
  });

  it('has a section for every quantity, in the summary at the top too', async () => {
    const sections = await page.locator('section.figure').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(sections.sort()).toEqual(archive.figures.map((figure) => figure.id).sort());
    const contents = await page
      .getByRole('region', { name: /^The numbers at a glance/ })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
    expect(contents.sort()).toEqual(sections);
  });

  it.for(archive.figures)('shows every claim about $id side by side: words, reading, source, outlet, date, link', async (figure) => {
    const section = sectionOf(figure.id);
    expect(await section.getByRole('heading', { level: 2 }).innerText()).toBe(figure.data.label);
    const rows = section.locator('tbody tr');
    expect(await rows.count()).toBe(figure.data.claims.length);
    for (const [index, claim] of figure.data.claims.entries()) {
      const row = rows.nth(index);
      const article = articlesById.get(claim.source.article)!;
      const [value, reading, who, outlet, date] = await row.locator('th, td').allInnerTexts();
      expect(value).toBe(claim.value);
      expect(reading).toBe(describeQuantity(claim.normalised));
      expect(who).toBe(claim.saidBy?.words ?? 'the article (unattributed)');
      expect(outlet).toContain(article.data.publisher.name);
      expect(date).toContain(formatPartialDate(claim.date));
      expect(await row.locator('time').first().getAttribute('datetime')).toBe(claim.date.iso);
      expect(await row.locator('a[href*="#p-"]').getAttribute('href')).toBe(`/articles/${article.id}/#p-${claim.source.paragraph}`);
    }
    const comparison = describeComparison(compareQuantities(figure.data.claims.map((claim) => claim.normalised)), figure.data.unit);
    // textContent: the label's capitals are only the style's.
    expect(normalise(await section.locator('.figure__comparison').textContent())).toBe(`How far apart: ${comparison}`);
  });

  it('shows where the sources disagree about the number of IS fighters held, and by how much', async () => {
    const comparison = await sectionOf('is-fighters-held-captive').locator('.figure__comparison').innerText();
    expect(comparison).toContain('from 2,000 to 12,000 people: the highest is 6 times the lowest (500% more)');
    expect(comparison).toContain('One claim sets no upper limit.');
    expect(comparison).toContain('every one of them allows 12,000');
  });

  it('links every claim to a paragraph that gives the value as written', async () => {
    for (const figure of archive.figures) {
      for (const [index, claim] of figure.data.claims.entries()) {
        await page.goto(`${server.url}figures/`);
        await sectionOf(figure.id).locator('tbody tr').nth(index).locator('a[href*="#p-"]').click();
        await page.waitForURL(`**/articles/${claim.source.article}/#p-${claim.source.paragraph}`);
        const target = await targetOf(page);
        expect(target.id, `${figure.id} claims[${index}]`).toBe(`p-${claim.source.paragraph}`);
        expect(containsAsWritten(target.text, claim.value), `${figure.id} claims[${index}]: "${claim.value}" in ${target.text}`).toBe(true);
      }
    }
  });
});

describe('entity and topic pages', () => {
  /** The figure links in a page's Figures section, as hrefs. */
  async function figureLinks(): Promise<string[]> {
    return page
      .locator('section[aria-labelledby="figures-heading"] li > a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname + new URL((link as HTMLAnchorElement).href).hash),
      );
  }

  it('list the figures about each entity, or none', async () => {
    for (const entity of archive.entities) {
      await page.goto(new URL(entityUrl(entity.data.kind, entity.id, '/').slice(1), server.url).href);
      const expected = figuresForEntity(archive.figures, entity.id).map((figure) => figureUrl(figure.id, '/'));
      expect((await figureLinks()).sort(), entity.id).toEqual(expected.sort());
    }
  });

  it('list the figures filed under each topic, or none', async () => {
    for (const topic of archive.topics) {
      await page.goto(new URL(topicUrl(topic.id, '/').slice(1), server.url).href);
      const expected = figuresForTopic(archive.figures, topic.id).map((figure) => figureUrl(figure.id, '/'));
      expect((await figureLinks()).sort(), topic.id).toEqual(expected.sort());
    }
  });

  it("link to the figure's own section of the figures page", async () => {
    const figure = archive.figures.find((candidate) => candidate.id === 'ayn-issa-escapees')!;
    await page.goto(`${server.url}places/ayn-issa/`);
    await page.getByRole('link', { name: figure.data.label, exact: true }).click();
    await page.waitForURL(`**/figures/#${figure.id}`);
    const target = await targetOf(page);
    expect(target.id).toBe(figure.id);
    expect(target.text).toContain(figure.data.claims[0]!.value);
  });
});
