/**
 * Queries as readers type them: several words with names in spellings nobody
 * listed, Arabic script, empty and failed searches, filters from a link, and
 * figures opened at their own place. Typed into the real search page in
 * Chromium, answered by the real Pagefind index of the built site.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { ARABIC } from '../../src/lib/search/scripts/arabic.ts';
import { entityUrl } from '../../src/lib/urls/urls.ts';
import { useSite } from '../support/e2e.ts';
import { searchFor, waitForStatus } from '../support/search-page.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';
import { arabicVariantsOf } from '../support/spellings.ts';

const archive = loadPublishedFromDisk();
let server: SiteServer;
let page: Page;

useSite(async (session) => {
  ({ server, page } = session);
  await page.goto(`${server.url}search/`);
});

const pathOf = (href: string) => href.split('#')[0]!;

/** True when the name holds an Arabic-script letter. */
const hasArabic = (name: string) => ARABIC.letters.test(name);

/** The results on screen: link, and the marked words of the excerpt. */
async function shown(): Promise<{ href: string; marks: string[]; excerpt: string }[]> {
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => {
      const url = new URL((item.querySelector('h2 a') as HTMLAnchorElement).href);
      const excerpt = item.querySelector('.search-result__excerpt')!;
      return {
        href: url.pathname + url.hash,
        marks: [...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
        excerpt: excerpt.textContent ?? '',
      };
    }),
  );
}

describe('queries of several words, names in spellings nobody listed', () => {
  it.for<[string, string]>([
    ['Ain Issa prison', 'Ayn Issa prison'],
    ['Ein Isa prison', 'Ayn Issa prison'],
    ['Hawl children', 'Hol children'],
    ['children in El Houl', 'children in al-Hol'],
    ['Raqqah Trump', 'Raqqa Trump'],
    ['Abou Bakr el-Baghdadi allegiance', 'Abu Bakr al-Baghdadi allegiance'],
  ])('"%s" finds what "%s" finds, and something', async ([unlisted, listed]) => {
    const expected = (await searchFor(page, listed)).map((result) => pathOf(result.href));
    const found = (await searchFor(page, unlisted)).map((result) => pathOf(result.href));
    expect(expected.length).toBeGreaterThan(0);
    expect(found.sort()).toEqual(expected.sort());
  });

  it('lists only pages with every word: each result marks the name and the other word', async () => {
    await searchFor(page, 'Ain Issa prison');
    const results = await shown();
    expect(results.map((result) => pathOf(result.href))).toContain('/articles/2019-10-16-el-mundo-ayn-issa-escape/');
    const article = results.find((result) => result.href.startsWith('/articles/2019-10-16-el-mundo-ayn-issa-escape/'))!;
    expect(article.marks).toContain('Ayn Issa');
    expect(article.marks.some((mark) => /^prison/i.test(mark))).toBe(true);
    // It opens at the paragraph that has both.
    expect(article.href).toMatch(/#p-\d+:~:text=/);
  });

  it('marks the name as each page spells it ("Al Hol", "al-Hol"), not as typed', async () => {
    await searchFor(page, 'Hawl children');
    const marks = (await shown()).flatMap((result) => result.marks);
    expect(marks).toContain('Al Hol');
    expect(marks).toContain('al-Hol');
    expect(marks).not.toContain('Hawl');
  });

  it('drops a page that lacks one of the words', async () => {
    const withWord = (await searchFor(page, 'Hawl Netherlands')).map((result) => pathOf(result.href));
    expect(withWord).toEqual(['/articles/2019-10-leiden-bakker-is-prisoner-breakouts/']);
  });

  it('still searches a quoted phrase as a phrase', async () => {
    expect((await searchFor(page, '"Breaking the Walls"')).length).toBeGreaterThan(0);
    expect(await searchFor(page, '"prison Ayn Issa"')).toEqual([]);
  });
});

describe('Arabic script', () => {
  // Every Arabic name of each Syrian place and of the organisations, as listed and in three orthographic variants.
  const syrian = archive.entities.filter(
    (entity) => (entity.data.kind === 'place' && entity.data.country === 'Syria') || entity.data.kind === 'organisation',
  );
  const cases = syrian.flatMap((entity) =>
    [entity.data.name, ...entity.data.aliases].filter(hasArabic).flatMap((name) => {
      const variants = arabicVariantsOf(name);
      return [name, variants[0], variants[Math.floor(variants.length / 2)], variants.at(-1)]
        .filter((query): query is string => Boolean(query))
        .map((query) => ({ query, id: entity.id }));
    }),
  );

  it('has an Arabic name for every Syrian place', () => {
    for (const entity of syrian.filter((candidate) => candidate.data.kind === 'place'))
      expect(
        cases.map((entry) => entry.id),
        entity.id,
      ).toContain(entity.id);
  });

  it.for(cases)('"$query" finds $id\'s page and the articles that mention it, and no other article', async ({ query, id }) => {
    const entity = syrian.find((candidate) => candidate.id === id)!;
    const paths = (await searchFor(page, query)).map((result) => pathOf(result.href));
    expect(paths.indexOf(entityUrl(entity.data.kind, id, '/'))).toBeGreaterThanOrEqual(0);
    expect(paths.indexOf(entityUrl(entity.data.kind, id, '/'))).toBeLessThan(3);
    for (const article of archive.articles) {
      if (article.data.entities.includes(id)) expect(paths).toContain(`/articles/${article.id}/`);
      else expect(paths).not.toContain(`/articles/${article.id}/`);
    }
  });

  it('an Arabic name with an English word finds the English article, the name marked in its English spelling', async () => {
    await searchFor(page, 'الهول children');
    const results = await shown();
    const leiden = results.find((result) => result.href.startsWith('/articles/2019-10-leiden-bakker-is-prisoner-breakouts/'))!;
    expect(leiden.marks).toContain('al-Hol');
  });
});

describe('when nothing is asked', () => {
  it('shows where to start: topics, places, people and the timeline, each linked', async () => {
    await page.goto(`${server.url}search/`);
    const start = page.getByRole('navigation', { name: 'Or start from' });
    await start.waitFor();
    expect(await start.isVisible()).toBe(true);
    const links = await start
      .getByRole('link')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/timeline/');
    expect(links).toContain('/places/al-hol/');
    expect(links).toContain('/topics/is-detainees-and-camps/');
    expect(links.some((link) => link.startsWith('/people/'))).toBe(true);
  });
});

describe('when nothing matches', () => {
  it('says what was searched, with the names recognised and the spelling typed, and links on', async () => {
    const results = await searchFor(page, 'Hawl xylophone');
    expect(results).toEqual([]);
    expect(await page.locator('#search-status').innerText()).toBe('No results for “Hawl xylophone”.');
    expect(await page.locator('#search-searched').innerText()).toBe(
      'Searched for pages with the name al-Hol camp (typed “Hawl”) and the word “xylophone”, all of them.',
    );
    expect(await page.getByRole('navigation', { name: 'Or start from' }).isVisible()).toBe(true);
  });

  it('offers the nearest names in Arabic script too', async () => {
    expect(await searchFor(page, 'عين عيسب')).toEqual([]);
    // "عيسب" is one letter from "عيسى" (Ayn Issa), and names nothing itself.
    const suggestions = page.locator('#search-suggestions');
    expect(await suggestions.innerText()).toMatch(/^Did you mean Ayn Issa\?$/);
  });

  it('never offers a name far from the query: "al-Hasakah" is not "Raqqa"', async () => {
    await searchFor(page, 'al-Hasakah');
    expect(await page.locator('#search-suggestions').isHidden()).toBe(true);
  });
});

describe('filters', () => {
  it('are not loaded for a first search, only when the reader opens them', async () => {
    const requested: string[] = [];
    const fresh = await page.context().newPage();
    fresh.on('request', (request) => requested.push(request.url()));
    await fresh.goto(`${server.url}search/?q=al-Hol`);
    await waitForStatus(fresh);
    expect(requested.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
    await fresh.getByText('Filter the results').click();
    await fresh.locator('#search-filter-groups fieldset').first().waitFor();
    expect(requested.filter((url) => url.includes('/pagefind/filter/')).length).toBeGreaterThan(0);
    await fresh.close();
  });

  it("list only values that have results, counted with the other groups' ticks", async () => {
    await page.goto(`${server.url}search/?q=al-Hol&type=Event`);
    await waitForStatus(page);
    await page.locator('#search-filter-groups fieldset').first().waitFor();
    const counts = await page.locator('#search-filter-groups label').evaluateAll((labels) =>
      labels.map((label) => ({
        value: (label.querySelector('input') as HTMLInputElement).value,
        count: Number(/\((\d+)\)/.exec(label.textContent ?? '')![1]),
      })),
    );
    expect(counts.filter(({ count }) => count === 0)).toEqual([]);
    // With "Event" ticked, the topic counts are those of events: not zero, since events have topics.
    const topics = await page.locator('#search-filter-groups fieldset').filter({ hasText: 'Topic' }).locator('label').count();
    expect(topics).toBeGreaterThan(0);
    // The kind group still offers the other kinds, with their own numbers.
    expect(counts.map(({ value }) => value)).toContain('Article');
  });

  it('name a value from a link that the archive does not have, do not let it hide results, and offer to remove it', async () => {
    await page.goto(`${server.url}search/?q=al-Hol&topic=../../`);
    expect(await waitForStatus(page)).toMatch(/^\d+ results? for “al-Hol”\.$/);
    const notice = page.locator('#search-notices');
    expect(await notice.innerText()).toContain('No topic called “../../” in the archive');
    await notice.getByRole('link', { name: 'Remove “../../” from the search' }).click();
    await page.waitForURL(/\/search\/\?q=al-Hol$/);
    expect(await page.locator('#search-notices').isHidden()).toBe(true);
  });

  it('take no Object method for a value the archive has: "constructor" and "__proto__" are named and hide no result', async () => {
    await page.goto(`${server.url}search/?q=al-Hol&topic=constructor&publisher=__proto__&type=toString`);
    expect(await waitForStatus(page)).toMatch(/^\d+ results? for “al-Hol”\.$/);
    const notice = await page.locator('#search-notices').innerText();
    expect(notice).toContain('No topic called “constructor” in the archive');
    expect(notice).toContain('No publisher called “__proto__” in the archive');
    expect(notice).toContain('No kind of page called “toString” in the archive');
  });
});

describe('figures found by their number', () => {
  it('open at the figure itself, and that anchor exists', async () => {
    // A fresh search page: a search keeps the filters of the page it is typed on.
    await page.goto(`${server.url}search/`);
    const results = await searchFor(page, '75,000');
    const figure = results.find((result) => pathOf(result.href) === '/figures/')!;
    expect(figure.href).toMatch(/^\/figures\/#al-hol-camp-population(:~:text=|$)/);
    const figures = await page.context().newPage();
    await figures.goto(`${server.url}${figure.href.slice(1)}`);
    const id = figure.href.split('#')[1]!.split(':~:')[0]!;
    expect(await figures.locator(`[id="${id}"]`).count()).toBe(1);
    expect(await figures.locator(`[id="${id}"]`).innerText()).toContain('75,000');
    await figures.close();
  });
});

describe('excerpts', () => {
  it('carry no footnote numbers and do not repeat the kind of page', async () => {
    await page.goto(`${server.url}search/`);
    expect((await searchFor(page, 'SDS')).length).toBeGreaterThan(0);
    const excerpts = (await shown()).map((result) => result.excerpt);
    expect(excerpts.join(' ')).not.toMatch(/\(SDS\)\d/);
    await searchFor(page, 'al-Hol');
    for (const excerpt of (await shown()).map((result) => result.excerpt))
      expect(excerpt).not.toMatch(/^(Place|Topic|Event|Person|Organisation)\b/);
  });

  it('every result shows at least one mark', async () => {
    await page.goto(`${server.url}search/`);
    for (const query of ['al-Hol', 'SDF', 'Hawl children', 'escape', 'قسد']) {
      expect((await searchFor(page, query)).length, query).toBeGreaterThan(0);
      for (const result of await shown()) expect(result.marks.length, `${query}: ${result.href}`).toBeGreaterThan(0);
    }
  });
});
