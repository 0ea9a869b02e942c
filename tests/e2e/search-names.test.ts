/**
 * Names in spellings nobody listed, phrases, "did you mean" and excerpts that
 * show the name: queries typed into the real search page in Chromium,
 * answered by the real Pagefind index of the built site.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { entityUrl } from '../../src/lib/urls/urls.ts';
import { launchBrowser } from '../../scripts/harness/browser.ts';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { allResultsFor, searchFor, waitForStatus } from '../support/search-page.ts';
import { serveSite, type SiteServer } from '../../scripts/harness/server.ts';
import { NEAR_MISSES, NEWS_SPELLINGS, variantsOf } from '../support/spellings.ts';

const archive = loadPublishedFromDisk();
const entityById = new Map(archive.entities.map((entity) => [entity.id, entity]));
let server: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await serveSite(inject('siteDir'));
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}search/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const articlePath = (id: string) => `/articles/${id}/`;
const pathOf = (href: string) => href.split('#')[0]!;

/** The results on screen with their excerpts: HTML, and the marked words. */
async function resultsWithExcerpts(): Promise<{ href: string; excerpt: string; marks: string[] }[]> {
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => {
      const url = new URL((item.querySelector('h2 a') as HTMLAnchorElement).href);
      const excerpt = item.querySelector('.search-result__excerpt')!;
      return {
        href: url.pathname + url.hash,
        excerpt: excerpt.textContent ?? '',
        marks: [...excerpt.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
      };
    }),
  );
}

/** Asserts that a query found the entity's page among the first results, every article that mentions it, and no other article. */
async function expectFindsEntity(query: string, id: string): Promise<void> {
  const entity = entityById.get(id)!;
  const paths = (await searchFor(page, query)).map((result) => pathOf(result.href));
  const own = entityUrl(entity.data.kind, entity.id, '/');
  expect(paths.indexOf(own), `${query} → ${own} in ${paths.join(' ')}`).toBeGreaterThanOrEqual(0);
  expect(paths.indexOf(own)).toBeLessThan(3);
  for (const article of archive.articles) {
    if (article.data.entities.includes(id)) expect(paths).toContain(articlePath(article.id));
    else expect(paths).not.toContain(articlePath(article.id));
  }
}

describe('spellings nobody listed', () => {
  // Two variants per name of each entity, made by the fold rules in reverse, spread over the list of variants.
  const variants = archive.entities.flatMap((entity) =>
    [entity.data.name, ...entity.data.aliases]
      .filter((name) => /\p{Ll}/u.test(name))
      .flatMap((name) => {
        const all = variantsOf(name);
        return [all[0], all[Math.floor(all.length / 2)]]
          .filter((variant): variant is string => Boolean(variant))
          .map((variant) => ({ variant, id: entity.id }));
      }),
  );

  it.for(variants)('"$variant" finds $id and the articles that mention it, and no other article', async ({ variant, id }) => {
    await expectFindsEntity(variant, id);
  });

  it.for(NEWS_SPELLINGS.map(([spelling, id]) => ({ spelling, id })))(
    '"$spelling", as the news spells it, finds $id',
    async ({ spelling, id }) => {
      await expectFindsEntity(spelling, id);
    },
  );
});

describe("names in the archive's own words", () => {
  // A topic's description is indexed text: a name written in it, found in another spelling, finds the topic too.
  const named = archive.topics.flatMap((topic) =>
    archive.entities.flatMap((entity) =>
      [entity.data.name, ...entity.data.aliases]
        .filter((name) => /\p{Ll}/u.test(name) && topic.data.description.includes(name))
        .slice(0, 1)
        .map((name) => ({ variant: variantsOf(name)[0] ?? name, topic: topic.id, entity: entity.id })),
    ),
  );

  it('has a topic description that names an entity, so the table below is not empty', () => {
    expect(named.length).toBeGreaterThan(0);
  });

  // Among all the results: a name in many pages' text ranks the entity and the articles first (README, "How
  // results are ordered"); where a topic falls among the archive's other pages that name it is not specified.
  it.for(named)('"$variant" ($entity) finds the topic $topic, whose description names it', async ({ variant, topic }) => {
    const paths = (await allResultsFor(page, variant)).map((result) => pathOf(result.href));
    expect(paths).toContain(`/topics/${topic}/`);
  });
});

describe('one word of a name', () => {
  it.for([
    ['Hawl', 'al-hol'],
    ['Baghdadi', 'abu-bakr-al-baghdadi'],
    ['Abyad', 'tel-abyad'],
    ['Bakker', 'edwin-bakker'],
  ])('"%s" finds %s and the articles that mention it', async ([word, id]) => {
    await expectFindsEntity(word!, id!);
  });
});

describe('near misses', () => {
  // "Issa", "Ayn" and "Islam" (stemmed like "Islamic") are words of their entities' own pages, rightly found there as words.
  const notInTheirText = NEAR_MISSES.filter(([spelling]) => !['Issa', 'Ayn', 'Islam'].includes(spelling));

  it.for(notInTheirText.map(([spelling, id]) => ({ spelling, id })))('"$spelling" does not find $id', async ({ spelling, id }) => {
    const entity = entityById.get(id)!;
    const results = await resultsAfter(spelling);
    expect(results.map((result) => pathOf(result.href))).not.toContain(entityUrl(entity.data.kind, entity.id, '/'));
    // Whatever it finds, it finds by its own words, marked in the excerpt.
    for (const result of results) expect(result.marks.join(' ').toLowerCase()).toContain(spelling.split(' ')[0]!.toLowerCase());
  });

  it('"Holland" finds nothing at all, rather than every page about al-Hol', async () => {
    expect(await searchFor(page, 'Holland')).toEqual([]);
    expect(await page.locator('#search-status').innerText()).toBe('No results for “Holland”.');
  });
});

/** Searches and returns the results with their excerpts. */
async function resultsAfter(query: string) {
  await searchFor(page, query);
  return resultsWithExcerpts();
}

describe('phrases', () => {
  it.for(['Breaking the Walls', 'Peace Spring', 'Turkish army'])(
    '"%s" lists only pages that have the words, marked together',
    async (phrase) => {
      const results = await resultsAfter(phrase);
      expect(results.length).toBeGreaterThan(0);
      const words = phrase.toLowerCase().split(' ');
      for (const result of results) {
        const marked = result.marks
          .join(' ')
          .toLowerCase()
          .replace(/[^\p{L}\s]/gu, '');
        for (const word of words) expect(marked, `${result.href}: ${result.excerpt}`).toContain(word);
      }
    },
  );

  it('"Breaking the Walls" does not list the Leiden item, which never mentions it', async () => {
    const paths = (await searchFor(page, 'Breaking the Walls')).map((result) => pathOf(result.href));
    expect(paths).toContain(articlePath('2019-10-16-el-mundo-ayn-issa-escape'));
    expect(paths).not.toContain(articlePath('2019-10-leiden-bakker-is-prisoner-breakouts'));
  });

  it('a query with one word no page has finds nothing, rather than pages lacking that word', async () => {
    expect(await searchFor(page, 'Turkish zzyzxqwv')).toEqual([]);
    expect(await page.locator('#search-status').innerText()).toBe('No results for “Turkish zzyzxqwv”.');
  });

  it('words that are on a page apart, not as a phrase, still find it', async () => {
    // El Mundo's translation has both words, never side by side.
    const paths = (await searchFor(page, 'caliphate guards')).map((result) => pathOf(result.href));
    expect(paths).toEqual([articlePath('2019-10-16-el-mundo-ayn-issa-escape')]);
  });
});

describe('"did you mean"', () => {
  it.for([
    ['Qamishla', 'qamishli'],
    ['Erdgan', 'erdogan'],
    ['Abiyad', 'tel-abyad'],
  ])('"%s" finds nothing and suggests %s, linking to its page', async ([query, id]) => {
    expect(await searchFor(page, query!)).toEqual([]);
    const entity = entityById.get(id!)!;
    const link = page.locator('#search-suggestions a', { hasText: entity.data.name });
    expect(await page.locator('#search-suggestions').innerText()).toMatch(/^Did you mean .+\?$/);
    expect(await link.getAttribute('href')).toBe(entityUrl(entity.data.kind, entity.id, '/'));
  });

  it('suggests nothing for a word far from every name', async () => {
    await searchFor(page, 'zzyzxqwv');
    expect(await page.locator('#search-suggestions').isHidden()).toBe(true);
  });
});

describe('excerpts that show the name', () => {
  it.for([
    ['al-Hawl', '2019-10-16-el-mundo-ayn-issa-escape', 'Al Hol', 'p-7'],
    ['SDF', '2019-10-16-el-mundo-ayn-issa-escape', 'SDS', 'p-1'],
    ['Kamishli', '2019-10-16-el-mundo-ayn-issa-escape', 'Qamishlo', 'p-5'],
    ['Hawl', '2019-10-leiden-bakker-is-prisoner-breakouts', 'al-Hol', 'p-3'],
  ])('"%s": %s shows the paragraph naming it, "%s" marked, and opens at %s', async ([query, id, spelled, paragraph]) => {
    const results = await resultsAfter(query!);
    const result = results.find((candidate) => pathOf(candidate.href) === articlePath(id!))!;
    expect(result.marks).toContain(spelled);
    expect(result.href.split('#')[1]).toMatch(new RegExp(`^${paragraph}:~:text=`));
    const text = await page.evaluate(
      async ({ url, paragraphId }) =>
        new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html').getElementById(paragraphId)?.textContent ?? '',
      { url: pathOf(result.href), paragraphId: paragraph! },
    );
    // The excerpt is that paragraph's text, not the page's opening lines.
    expect(text.replace(/\s+/g, ' ')).toContain(result.excerpt.replace(/^… | …$/g, '').slice(0, 40));
  });

  it('every result found by a name shows it marked, or says what the page is filed under', async () => {
    for (const query of ['al-Hawl', 'SDF', 'Raqa', 'Erdoghan']) {
      for (const result of await resultsAfter(query)) {
        expect(result.marks.length > 0 || /^Filed under /.test(result.excerpt), `${query} → ${result.href}: ${result.excerpt}`).toBe(true);
      }
    }
  });

  it('opens the article at that paragraph, the name highlighted by the browser', async () => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent('El Hol')}`);
    await waitForStatus(page);
    await page.locator('.search-result h2 a[href*="/articles/2019-10-16-el-mundo"]').click();
    await page.waitForURL(/\/articles\/2019-10-16-el-mundo-ayn-issa-escape\//);
    const target = await page.evaluate(() => ({
      id: document.querySelector(':target')?.id,
      text: document.querySelector(':target')?.textContent,
    }));
    expect(target.id).toBe('p-7');
    expect(target.text).toContain('Al Hol');
    await page.goto(`${server.url}search/`);
  });
});
