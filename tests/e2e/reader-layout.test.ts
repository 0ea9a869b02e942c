/**
 * The pages as a reader sees them, on phones and at a desk (issue 21): every
 * kind of page fits the screen from 320 px up, an article's words start on
 * the first screen, quotes show why they are quoted, the figures page leads
 * with its numbers, the navigation marks where the reader is, and note
 * references sit tight against their words.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { useSite } from '../support/e2e.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';

const archive = loadPublishedFromDisk();
let server: SiteServer;
let browser: Browser;

useSite((session) => ({ server, browser } = session));

/** Runs `check` on a fresh page of the given size, closing it after. */
async function withPage<T>(path: string, width: number, height: number, check: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width, height } });
  try {
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    expect(response!.status(), path).toBeLessThan(500);
    return await check(page);
  } finally {
    await context.close();
  }
}

/** One page of every kind. */
const KINDS = [
  '',
  ...archive.articles.map((article) => `articles/${article.id}/`),
  'topics/',
  'topics/is-detainees-and-camps/',
  'entities/',
  'places/al-hol/',
  'people/yalal-ayaf/',
  'organisations/sdf/',
  'events/2019-10-13-ayn-issa-escape/',
  'timeline/',
  'timeline/2019/',
  'figures/',
  'search/?q=al-Hol',
  'no/such/page/',
];

describe.each([320, 390, 768, 1366])('at %i px wide', (width) => {
  it('no page of any kind is wider than the screen', async () => {
    const wide: string[] = [];
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    for (const path of KINDS) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`/${path}: ${overflow} px too wide`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 180_000);
});

describe('text first', () => {
  it.each(archive.articles.map((article) => [article.id]))(
    '%s: the first paragraph starts on a 390×844 phone’s first screen and above 700 px on a desktop',
    async (id) => {
      const top = (page: Page) =>
        page
          .locator('.article__body > p')
          .first()
          .evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
      expect(await withPage(`articles/${id}/`, 390, 844, top)).toBeLessThan(844 - 40);
      expect(await withPage(`articles/${id}/`, 320, 640, top)).toBeLessThan(844);
      expect(await withPage(`articles/${id}/`, 1366, 900, top)).toBeLessThan(700);
    },
  );

  it('keeps the whole provenance, labelled as the archive’s, and links to it from the short block', async () => {
    const translated = archive.articles.find((article) => article.data.translation && article.data.headlineSupplied)!;
    await withPage(`articles/${translated.id}/`, 390, 844, async (page) => {
      const meta = await page.locator('.article__meta').innerText();
      expect(meta).toContain(translated.data.publisher.name);
      expect(meta).toMatch(/machine translation from the Spanish original/);
      expect(meta).toMatch(/headline supplied by the archive/i);
      expect(await page.locator('.article__meta a[href="#provenance-heading"]').count()).toBe(1);
      const provenance = page.locator('section.provenance');
      expect(await provenance.locator('h2').innerText()).toBe('About this copy');
      expect(await provenance.innerText()).toMatch(/Headline supplied by the archive/i);
      expect(await provenance.locator('.translation-notice').innerText()).toMatch(/machine translation of an article published in Spanish/);
      // After the text, so it does not push the text down.
      expect(
        await page.evaluate(
          () =>
            document.querySelector('.article__body')!.compareDocumentPosition(document.querySelector('section.provenance')!) &
            Node.DOCUMENT_POSITION_FOLLOWING,
        ),
      ).toBeTruthy();
    });
  });
});

describe('quotes that show why', () => {
  it('marks the entity’s name in each quoted paragraph, as the paragraph spells it', async () => {
    await withPage('places/al-hol/', 1366, 900, async (page) => {
      const quotes = page.locator('.mention blockquote');
      expect(await quotes.count()).toBeGreaterThan(0);
      const marked = await quotes.evaluateAll((blocks) =>
        blocks.map((block) => [...block.querySelectorAll('mark')].map((mark) => mark.textContent)),
      );
      for (const names of marked) expect(names.length).toBeGreaterThan(0);
      // "Al Hol" as the El Mundo translation writes it, not the canonical "al-Hol".
      expect(marked.flat()).toContain('Al Hol');
    });
  });

  it('marks the words an event relies on in each quoted paragraph', async () => {
    await withPage('events/2019-10-13-ayn-issa-escape/', 1366, 900, async (page) => {
      const marked = await page.locator('.mention blockquote mark').allInnerTexts();
      expect(marked).toEqual(['last Sunday', 'informed local media of the escape of 859 prisoners of the IS on that day']);
    });
  });

  it('carries the archive’s notes on translation slips with the quoted paragraph, labelled as the archive’s', async () => {
    await withPage('events/2019-10-13-ayn-issa-escape/', 1366, 900, async (page) => {
      const notes = await page.locator('.mention').first().locator('.quote-notes li').allInnerTexts();
      expect(notes.some((note) => /^Archive note: Translation slip: the Spanish "no daban abasto"/i.test(note))).toBe(true);
    });
  });

  it('links an event to the previous and the next event on the timeline', async () => {
    await withPage('events/2019-10-13-ayn-issa-escape/', 390, 844, async (page) => {
      const steps = page.getByRole('navigation', { name: 'Along the timeline' });
      expect(await steps.locator('a[rel="prev"]').getAttribute('href')).toBe('/events/2019-10-09-turkish-offensive-begins/');
      expect(await steps.locator('a[rel="next"]').getAttribute('href')).toMatch(/^\/events\/2019-10-14-akar-tel-abyad-claim\/$/);
    });
  });
});

describe('the figures page leads with its numbers', () => {
  it('opens with a table of every quantity and what the sources say, each linked to its own section', async () => {
    await withPage('figures/', 1366, 900, async (page) => {
      const rows = page.locator('.figures__summary tbody tr');
      expect(await rows.count()).toBe(archive.figures.length);
      const summaryTop = await page.locator('.figures__summary').evaluate((element) => element.getBoundingClientRect().top);
      expect(summaryTop).toBeLessThan(900);
      // Where sources differ, the range they span, and how many there are; the most-cited quantity leads.
      const disputed = archive.figures.find(
        (figure) => new Set(figure.data.claims.map((claim) => JSON.stringify(claim.normalised))).size > 1,
      )!;
      const row = rows.filter({ has: page.locator(`a[href="/figures/#${disputed.id}"]`) });
      expect(await row.locator('td').innerText()).toMatch(
        new RegExp(`^(about )?[\\d,]+ to [\\d,]+ ${disputed.data.unit}.* \\(${disputed.data.claims.length} sources\\)$`),
      );
      expect(await rows.first().locator('a').getAttribute('href')).toBe(`/figures/#${disputed.id}`);
      for (const figure of archive.figures) expect(await page.locator(`section#${figure.id}.figure`).count()).toBe(1);
    });
  });

  it('shows each claim as a card on a phone, with value, source, date and paragraph link on screen', async () => {
    await withPage('figures/', 320, 844, async (page) => {
      const offScreen = await page.locator('.figure__claims tbody tr').evaluateAll((rows) =>
        rows.flatMap((row) =>
          [...row.querySelectorAll('th, td')]
            .filter((cell) => {
              const box = cell.getBoundingClientRect();
              return box.left < 0 || box.right > document.documentElement.clientWidth;
            })
            .map((cell) => cell.className),
        ),
      );
      expect(offScreen).toEqual([]);
      expect(await page.locator('.figure__source a').first().isVisible()).toBe(true);
    });
  });
});

describe('where the reader is', () => {
  it.each([
    ['', 'Articles', 'page'],
    [`articles/${archive.articles[0]!.id}/`, 'Articles', 'true'],
    ['topics/is-detainees-and-camps/', 'Topics', 'true'],
    ['places/al-hol/', 'People, places, organisations', 'true'],
    ['events/2019-10-13-ayn-issa-escape/', 'Timeline', 'true'],
    ['timeline/2019/', 'Timeline', 'true'],
    ['figures/', 'Figures', 'page'],
    ['search/', 'Search', 'page'],
    ['about/', null, null],
    ['no/such/page/', null, null],
  ])('/%s marks "%s" as current (%s), and nothing else', async (path, label, value) => {
    await withPage(path, 390, 844, async (page) => {
      const current = await page
        .getByRole('navigation', { name: 'Main' })
        .locator('a[aria-current]')
        .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('aria-current')]));
      expect(current).toEqual(label ? [[label, value]] : []);
    });
  });

  it('has one search box on the search page', async () => {
    await withPage('search/', 390, 844, async (page) => {
      expect(await page.getByRole('searchbox').count()).toBe(1);
    });
  });
});

describe.each([320, 390, 768, 1366])('search in reach at %i px (issue 34)', (width) => {
  const height = width < 768 ? 640 : 900;
  it('every page kind has a search box on its first screen that searches without JavaScript', async () => {
    const missing: string[] = [];
    const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of KINDS.filter((kind) => !kind.startsWith('search/'))) {
      await page.goto(`${server.url}${path}`);
      const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
      const where = (await box.isVisible()) ? await box.boundingBox() : null;
      if (!where || where.y + where.height > height || where.x < 0 || where.x + where.width > width) missing.push(`/${path}`);
    }
    await page.goto(`${server.url}`);
    await page.getByRole('search', { name: 'Site' }).getByRole('searchbox').fill('al-Hol');
    await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=al-Hol$/);
    await context.close();
    expect(missing).toEqual([]);
  }, 120_000);

  it('every header link is on screen and whole, none cut at an edge or mid-word', async () => {
    await withPage('', width, height, async (page) => {
      const links = await page
        .getByRole('navigation', { name: 'Main' })
        .locator('a')
        .evaluateAll((anchors) =>
          anchors
            .filter((a) => a.getClientRects().length > 0)
            .map((a) => {
              const box = a.getBoundingClientRect();
              const list = a.closest('ul')!.getBoundingClientRect();
              return {
                text: a.textContent,
                left: box.left,
                right: box.right,
                listLeft: list.left,
                listRight: list.right,
                lines: a.getClientRects().length,
                cut: a.scrollWidth > a.clientWidth,
              };
            }),
        );
      expect(links.map((link) => link.text)).toEqual(['Articles', 'Topics', 'Timeline', 'Figures', 'People, places, organisations']);
      for (const link of links) {
        expect(link, `${link.text} at ${width} px`).toMatchObject({ lines: 1, cut: false });
        expect(link.left, `${link.text} at ${width} px`).toBeGreaterThanOrEqual(Math.max(0, link.listLeft));
        expect(link.right, `${link.text} at ${width} px`).toBeLessThanOrEqual(Math.min(width, link.listRight));
      }
    });
  });
});

describe('note references', () => {
  it('sit tight against their word, never start a line, keep the line height, and leave room above a note reached', async () => {
    const translated = archive.articles.find((article) => article.data.translation)!;
    for (const width of [320, 390, 1366]) {
      await withPage(`articles/${translated.id}/`, width, 844, async (page) => {
        const report = await page.evaluate(() => {
          const problems: string[] = [];
          for (const sup of document.querySelectorAll('.article__body > p sup')) {
            const before = sup.previousSibling;
            const after = sup.nextSibling;
            if (before?.nodeType === Node.TEXT_NODE && /\s$/.test(before.textContent!)) problems.push(`space before ${sup.textContent}`);
            if (after?.nodeType === Node.TEXT_NODE && /^\s+[,.;:]/.test(after.textContent!))
              problems.push(`space after ${sup.textContent}`);
            // The last character before the marker is on the marker's line.
            const range = document.createRange();
            range.setStart(before!, before!.textContent!.length - 1);
            range.setEnd(before!, before!.textContent!.length);
            const word = range.getBoundingClientRect();
            const mark = sup.getBoundingClientRect();
            if (mark.top > word.bottom - 4) problems.push(`${sup.textContent} starts a line`);
            if (after?.nodeType === Node.TEXT_NODE && /^[,.;:]/.test(after.textContent!)) {
              const punctuation = document.createRange();
              punctuation.setStart(after, 0);
              punctuation.setEnd(after, 1);
              if (punctuation.getBoundingClientRect().top > mark.bottom)
                problems.push(`the punctuation after ${sup.textContent} starts a line`);
            }
          }
          // Lines of the paragraphs with markers are evenly spaced: the bottoms of the text's own line boxes
          // (markers and permalinks aside) step by the same amount, give or take a pixel of rounding.
          for (const paragraph of new Set([...document.querySelectorAll('.article__body > p sup')].map((sup) => sup.closest('p')!))) {
            const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
              acceptNode: (node) =>
                node.parentElement!.closest('sup, .paragraph-link') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
            });
            const bottoms = new Set<number>();
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const rect of range.getClientRects()) bottoms.add(Math.round(rect.bottom));
            }
            const sorted = [...bottoms].sort((a, b) => a - b);
            const steps = sorted.slice(1).map((bottom, index) => bottom - sorted[index]!);
            if (steps.length > 0 && Math.max(...steps) - Math.min(...steps) > 1)
              problems.push(`uneven line spacing in ${paragraph.id}: ${steps.join(', ')}`);
          }
          return problems;
        });
        expect(report, `at ${width} px`).toEqual([]);
      });
    }
    await withPage(`articles/${translated.id}/#user-content-fn-supply`, 390, 844, async (page) => {
      const top = await page.locator('#user-content-fn-supply').evaluate((note) => note.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(24);
    });
  });
});

describe('side notes (issue 34)', () => {
  /** Each archive note's box and its first marker's, and the last paragraph's bottom, as laid out now. */
  const noteBoxes = (page: Page) =>
    page.evaluate(() => {
      const box = (element: Element) => {
        const rect = element.getBoundingClientRect();
        return { top: rect.top + scrollY, bottom: rect.bottom + scrollY, left: rect.left, right: rect.right };
      };
      const paragraphs = [...document.querySelectorAll('.article__body > p[id]')];
      return {
        text: box(document.querySelector('.article__body')!),
        lastParagraph: box(paragraphs.at(-1)!),
        notes: [...document.querySelectorAll('.article__body .footnotes li')].map((note) => {
          const marker = document.querySelector(`.article__body > p a[href="#${note.id}"]`)!;
          return { id: note.id, note: box(note), marker: box(marker), paragraph: box(marker.closest('p')!) };
        }),
      };
    });
  const noted = archive.articles.find((article) => article.data.translation)!;

  it('at 1366 px stand beside the paragraph that refers to them, one below the other, with no shift after the first paint', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}articles/${noted.id}/`);
    const { text, notes } = await noteBoxes(page);
    expect(notes.length, `${noted.id} has no archive notes`).toBeGreaterThan(1);
    for (const [index, { id, note, marker, paragraph }] of notes.entries()) {
      // In the margin to the right of the text, on screen.
      expect(note.left, id).toBeGreaterThanOrEqual(text.right);
      expect(note.right, id).toBeLessThanOrEqual(1366);
      // Level with its marker, or just below the note before it when that one is still running.
      const previous = notes[index - 1]?.note;
      expect(Math.abs(note.top - Math.max(marker.top, previous ? previous.bottom : -Infinity)), id).toBeLessThan(24);
      if (previous) expect(note.top, id).toBeGreaterThanOrEqual(previous.bottom);
      if (!previous || previous.bottom < marker.top) expect(note.top, id).toBeLessThan(paragraph.bottom);
    }
    // The notes remain the list after the text, under their heading, for a screen reader.
    expect(await page.getByRole('heading', { name: 'Notes by the archive' }).count()).toBe(1);
    const order = await page.evaluate(() => {
      const heading = document.querySelector('#footnote-label')!;
      const last = [...document.querySelectorAll('.article__body > p[id]')].at(-1)!;
      return Boolean(last.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    await page.waitForTimeout(200);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
    await context.close();
  });

  it.each([
    ['at 390 px', 390, 'screen'],
    ['in print', 1366, 'print'],
  ] as const)('%s come after the text, in one list', async (_, width, media) => {
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.emulateMedia({ media });
    await page.goto(`${server.url}articles/${noted.id}/`);
    const { text, lastParagraph, notes } = await noteBoxes(page);
    for (const { id, note } of notes) {
      expect(note.top, id).toBeGreaterThan(lastParagraph.bottom);
      expect(note.left, id).toBeLessThan(text.right);
    }
    await context.close();
  });
});

describe('no dead ends', () => {
  it('every entity page says why the entity is in the archive', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const silent: string[] = [];
    for (const entity of archive.entities) {
      await page.goto(`${server.url}${entity.data.kind === 'person' ? 'people' : `${entity.data.kind}s`}/${entity.id}/`, {
        waitUntil: 'domcontentloaded',
      });
      const why = await page
        .locator('.entity__why')
        .innerText()
        .catch(() => '');
      if (!/^Why it is here: \S.+\.$/i.test(why)) silent.push(`${entity.id}: "${why}"`);
      if (
        (
          await page
            .locator('#mentions-heading')
            .innerText()
            .catch(() => '')
        ).includes('(0)')
      )
        silent.push(`${entity.id}: Mentions (0)`);
    }
    await context.close();
    expect(silent).toEqual([]);
  }, 180_000);

  it('an entity named only in a headline shows where, on its page and in the index, not "0 mentions"', async () => {
    await withPage('organisations/nos/', 390, 844, async (page) => {
      expect(await page.locator('.entity__why').innerText()).toMatch(/outside the text/);
      const listed = page.locator('section[aria-labelledby="outside-text-heading"] li');
      expect(await listed.innerText()).toMatch(/named in the headline$/);
      expect(await page.locator('#mentions-heading').count()).toBe(0);
    });
    await withPage('entities/', 1366, 900, async (page) => {
      const entry = page.locator('.index-list li').filter({ has: page.locator('a[href="/organisations/nos/"]') });
      expect(await entry.innerText()).toMatch(/named in a headline/);
      expect(
        await page
          .locator('.index-list li')
          .filter({ hasText: /\b0 mentions\b/ })
          .count(),
      ).toBe(0);
    });
  });

  it('the home page offers ways in beside the articles on a desk: key figures, topics, places, the timeline', async () => {
    await withPage('', 1366, 900, async (page) => {
      const ways = page.getByRole('navigation', { name: 'Ways in' });
      const [waysBox, articlesBox] = [await ways.boundingBox(), await page.locator('.home__articles').boundingBox()];
      expect(waysBox!.x).toBeGreaterThan(articlesBox!.x + articlesBox!.width);
      expect(waysBox!.y).toBeLessThan(700);
      const links = await ways
        .locator('a')
        .evaluateAll((anchors) =>
          anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
        );
      expect(links.some((link) => link.startsWith('/figures/#'))).toBe(true);
      expect(links.some((link) => link.startsWith('/topics/'))).toBe(true);
      expect(links.some((link) => link.startsWith('/places/'))).toBe(true);
      expect(links.some((link) => /^\/timeline\/\d{4}\/$/.test(link))).toBe(true);
    });
  });

  it.each([
    [320, 640],
    [390, 700],
  ])(
    'at %i×%i the year of the timeline shows its heading, its one-line lede and the whole chart on the first screen',
    async (width, height) => {
      await withPage('timeline/2019/', width, height, async (page) => {
        const boxes = await page.evaluate(() => ({
          lede: document.querySelector('.timeline-lede')!.getBoundingClientRect().top,
          chart: document.querySelector('.timeline-chart')!.getBoundingClientRect().bottom,
        }));
        expect(boxes.lede).toBeGreaterThan(0);
        expect(boxes.chart).toBeLessThanOrEqual(height);
      });
    },
  );

  it('the timeline index lists the most recent year first', async () => {
    await withPage('timeline/', 390, 844, async (page) => {
      const years = (await page.locator('.timeline-years > li > h2').allInnerTexts()).map(Number);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      expect(years.length).toBeGreaterThan(0);
    });
  });

  it('on a phone the timeline chart says in words that it scrolls', async () => {
    const hint = (page: Page) => page.locator('.timeline-figure__hint').first().isVisible();
    expect(await withPage('timeline/2019/', 390, 844, hint)).toBe(true);
    expect(await withPage('timeline/2019/', 1366, 900, hint)).toBe(false);
  });

  it('the home page styles its side headings one way: each a link to its section', async () => {
    await withPage('', 1366, 900, async (page) => {
      const headings = await page.locator('.ways-in h3').evaluateAll((elements) =>
        elements.map((heading) => {
          const link = heading.querySelector('a');
          const style = link ? getComputedStyle(link) : null;
          return { link: Boolean(link), color: style?.color, decoration: style?.textDecorationLine, weight: style?.fontWeight };
        }),
      );
      expect(headings.length).toBeGreaterThan(2);
      expect(headings.every((heading) => heading.link)).toBe(true);
      expect(new Set(headings.map((heading) => JSON.stringify(heading))).size).toBe(1);
    });
  });

  it('the 404 page links every section', async () => {
    await withPage('no/such/page/', 1366, 900, async (page) => {
      const links = await page
        .locator('main a')
        .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(expect.arrayContaining(['/', '/topics/', '/entities/', '/timeline/', '/figures/', '/search/']));
    });
  });

  it('the footer meets the bottom of the window on a short page', async () => {
    await withPage('no/such/page/', 1366, 1400, async (page) => {
      const colours = await page.evaluate(() => ({
        below: getComputedStyle(document.documentElement).backgroundColor,
        footer: getComputedStyle(document.querySelector('.site-footer')!).backgroundColor,
      }));
      expect(colours.below).toBe(colours.footer);
    });
  });
});
