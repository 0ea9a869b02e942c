/**
 * A reader opens the home page in Chromium, follows a link to each article and
 * reads it: headline, provenance, every paragraph of the copy with its anchor,
 * the archive's notes, and what it is filed under.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/lib/core/dates.ts';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { useSite } from '../support/e2e.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';
import { bodyParagraphs } from '../../src/lib/content/paragraphs.ts';

const archive = loadPublishedFromDisk();
let server: SiteServer;
let page: Page;
const foreignRequests: string[] = [];

useSite((session) => {
  ({ server, page } = session);
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) foreignRequests.push(request.url());
  });
});

describe('the home page', () => {
  it('lists every article, newest first, with publisher, date and summary', async () => {
    await page.goto(server.url);
    const cards = page.locator('.article-card');
    const expected = [...archive.articles].sort((a, b) => b.data.published.iso.localeCompare(a.data.published.iso));
    await expect.poll(() => cards.count()).toBe(expected.length);
    for (const [index, article] of expected.entries()) {
      const card = cards.nth(index);
      expect(await card.locator('h3').innerText()).toBe(article.data.headline);
      expect(await card.innerText()).toContain(article.data.publisher.name);
      expect(await card.locator('time').getAttribute('datetime')).toBe(article.data.published.iso);
      expect(await card.innerText()).toContain(article.data.summary);
    }
  });
});

describe.each(archive.articles.map((article) => [article.id, article] as const))('the article %s', (_id, article) => {
  const { data } = article;

  it('opens from its link on the home page', async () => {
    await page.goto(server.url);
    await page.getByRole('link', { name: data.headline, exact: true }).click();
    await page.waitForURL(`**/articles/${article.id}/`);
    expect(await page.locator('h1').innerText()).toBe(data.headline);
    expect(await page.title()).toContain(data.headline);
  });

  it('shows its provenance, with the date at its own precision', async () => {
    const provenance = page.locator('.provenance');
    expect(await provenance.innerText()).toContain(data.publisher.name);
    expect(await provenance.locator('a.original-url').getAttribute('href')).toBe(data.originalUrl);
    const published = provenance.locator('dt:text-is("Published") + dd time');
    expect(await published.getAttribute('datetime')).toBe(data.published.iso);
    expect(await published.innerText()).toBe(formatPartialDate(data.published));
    expect(await provenance.locator('dt:text-is("Archived") + dd time').getAttribute('datetime')).toBe(data.archived.iso);
    if (data.published.precision !== 'day') expect(await provenance.innerText()).toContain('exact day unconfirmed');
  });

  it('shows every paragraph of the Markdown copy, in order, each with its anchor', async () => {
    const expected = bodyParagraphs(article.body);
    const shown = await page.locator('.article__body > p[id^="p-"]').evaluateAll((nodes) =>
      nodes.map((node) => {
        const copy = node.cloneNode(true) as HTMLElement;
        // The archive's note markers and the paragraph's permalink are markup around the text, not text.
        copy.querySelectorAll('sup, .paragraph-link').forEach((element) => element.remove());
        return { id: node.id, text: copy.textContent!.replace(/\s+/g, ' ').trim() };
      }),
    );
    expect(shown).toEqual(expected.map((paragraph) => ({ id: `p-${paragraph.number}`, text: paragraph.text })));
  });

  it("marks the archive's own words as the archive's", async () => {
    expect(await page.locator('.article__summary').innerText()).toMatch(/^Archive summary:/i);
    // Said briefly under the headline, and in full in the provenance after the text.
    const supplied = page.locator('.article__header').getByText('headline supplied by the archive', { exact: true });
    expect(await supplied.count()).toBe(data.headlineSupplied ? 1 : 0);
    expect(await page.locator('.provenance').getByText('Headline supplied by the archive:').count()).toBe(data.headlineSupplied ? 1 : 0);
  });

  it('lists the topics and entities it is filed under', async () => {
    const topicNames = archive.topics.filter((topic) => data.topics.includes(topic.id)).map((topic) => topic.data.name);
    const entityNames = archive.entities.filter((entity) => data.entities.includes(entity.id)).map((entity) => entity.data.name);
    expect((await page.locator('ul.filed-topics').locator('li').allInnerTexts()).sort()).toEqual(topicNames.sort());
    expect((await page.locator('ul.filed-entities').locator('li').allInnerTexts()).sort()).toEqual(entityNames.sort());
  });

  it('loads one small script, for the citation copy buttons, and no inline script', async () => {
    const scripts = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((nodes) => nodes.map((node) => ({ src: node.getAttribute('src'), inline: node.textContent!.trim().length })));
    expect(scripts).toEqual([{ src: expect.stringMatching(/\/_astro\/CiteBlock\..*\.js$/), inline: 0 }]);
    const script = await page.request.get(new URL(scripts[0]!.src!, page.url()).href);
    expect((await script.body()).length).toBeLessThan(1500);
  });
});

describe('a machine translation', () => {
  const translated = archive.articles.find((article) => article.data.translation)!;

  it("says what it is and numbers the archive's notes on its slips", async () => {
    await page.goto(new URL(`articles/${translated.id}/`, server.url).href);
    expect(await page.locator('.translation-notice').innerText()).toMatch(/machine translation of an article published in Spanish/);
    const notes = page.locator('section.footnotes');
    expect(await notes.getByRole('heading').innerText()).toBe('Notes by the archive');
    const noteCount = (translated.body.match(/^\[\^[^\]]+\]:/gm) ?? []).length;
    expect(await notes.locator('li').count()).toBe(noteCount);
    await page.locator('sup a').first().click();
    expect(page.url()).toMatch(/#user-content-fn-/);
  });
});

describe('paragraph anchors', () => {
  it('land on the paragraph they name', async () => {
    const article = archive.articles[0]!;
    await page.goto(new URL(`articles/${article.id}/#p-2`, server.url).href);
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('p-2');
  });
});

describe('privacy', () => {
  it('made no request to any other origin while reading', () => {
    expect(foreignRequests).toEqual([]);
  });
});
