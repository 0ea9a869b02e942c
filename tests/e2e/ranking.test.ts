/**
 * How results are ordered for a reader (issue 34), queried on the real search
 * page in Chromium against the real Pagefind index: for words, the articles
 * before the archive's own pages; for a name alone, the name's own page,
 * then the articles that name it, then the rest. An event's result is
 * titled by its headline without the full stop its page ends it with, a
 * figure's by the figure it matched (not the page all figures share).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { entityUrl, eventUrl } from '../../src/lib/urls/urls.ts';
import { useSite } from '../support/e2e.ts';
import { searchFor, type ShownResult } from '../support/search-page.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';

const archive = loadPublishedFromDisk();
let server: SiteServer;
let page: Page;

useSite((session) => ({ server, page } = session));

beforeAll(async () => {
  await page.goto(`${server.url}search/`);
});

const isArticle = (result: ShownResult) => result.meta.startsWith('Article');
const pathOf = (href: string) => href.split('#')[0]!;

/** The kinds of the results in order, one letter each: A for an article, x for any other page. */
const shape = (results: readonly ShownResult[]) => results.map((result) => (isArticle(result) ? 'A' : 'x')).join('');

describe('a query of words', () => {
  it.for(['Ayn Issa camp women', 'women', 'camp', 'prison', 'escape', 'children', 'Kurdish', 'Trump withdrawal', 'al-Hol women'])(
    '"%s" lists every article before the archive\'s own pages',
    async (query) => {
      const results = await searchFor(page, query);
      // Meaningful only when both kinds are found.
      expect(shape(results), query).toMatch(/^A+x+$/);
    },
  );
});

describe('a query that is only a name', () => {
  it.for([
    ['al-Hol', 'al-hol'],
    ['Ayn Issa', 'ayn-issa'],
    ['Trump', 'donald-trump'],
    ['Bakker', 'edwin-bakker'],
    ['Islamic State', 'islamic-state'],
  ])('"%s" lists its own page first, then the articles that name it, then the rest', async ([query, id]) => {
    const entity = archive.entities.find((candidate) => candidate.id === id)!;
    const results = await searchFor(page, query!);
    expect(pathOf(results[0]!.href)).toBe(entityUrl(entity.data.kind, entity.id, '/'));
    const naming = archive.articles.filter((article) => article.data.entities.includes(id!));
    expect(naming.length, `no article names ${id}`).toBeGreaterThan(0);
    expect(shape(results.slice(1))).toMatch(new RegExp(`^A{${naming.length}}x*$`));
  });
});

describe('results that say what they are', () => {
  it('an event is titled by its headline, without the full stop its page ends it with', async () => {
    const events = archive.events.filter((event) => event.data.title.endsWith('.'));
    expect(events.length, 'no event title ends with a full stop').toBeGreaterThan(0);
    const results = await searchFor(page, 'court');
    const event = events.find((candidate) => results.some((result) => pathOf(result.href) === eventUrl(candidate.id, '/')))!;
    expect(event, 'no event found for "court"').toBeDefined();
    const shown = results.find((result) => pathOf(result.href) === eventUrl(event.id, '/'))!;
    expect(shown.title).toBe(event.data.title.slice(0, -1));
  });

  it.for(['75,000', 'escaped', 'Telegraph'])(
    'a figure found by "%s" is titled by the figure it opens at, its kind said once',
    async (query) => {
      const results = await searchFor(page, query);
      const figure = results.find((result) => pathOf(result.href) === '/figures/');
      expect(figure, `no figure found for "${query}"`).toBeDefined();
      const id = figure!.href.split('#')[1]?.split(':~:')[0];
      const data = archive.figures.find((candidate) => candidate.id === id);
      expect(data, `${figure!.href} opens at no figure`).toBeDefined();
      expect(figure!.title).toBe(data!.data.label);
      expect(figure!.meta).toBe('Figure');
    },
  );
});
