/**
 * The reading experience in Chromium: layouts from a 320 px phone to a
 * desktop, paragraph permalinks, citation copy buttons, dark and print, and
 * screenshots compared with stored baselines.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { useSite } from '../support/e2e.ts';
import { compareWithBaseline, MAX_DIFF_RATIO } from '../support/screenshots.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';

const archive = loadPublishedFromDisk();
const translated = archive.articles.find((article) => article.data.translation)!;
const articlePath = `articles/${translated.id}/`;
let server: SiteServer;
let browser: Browser;

useSite((session) => ({ server, browser } = session));

/** Opens a page in a fresh context of the given width and colour scheme. */
async function open(
  path: string,
  width: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return { context, page };
}

const PAGES = [
  '',
  articlePath,
  'topics/',
  'entities/',
  'places/al-hol/',
  'timeline/',
  'timeline/2019/',
  'search/?q=al-Hol',
  `events/2019-10-13-ayn-issa-escape/`,
];

describe.each([320, 768, 1280])('at %i px wide', (width) => {
  it.for(PAGES)('"/%s" has no horizontal scrolling, and one way to search on screen', async (path) => {
    const { context, page } = await open(path, width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Every width has the header's box (issue 34); the search page its own box only.
    const search = path.startsWith('search/') ? page.getByRole('searchbox') : page.getByRole('searchbox', { name: 'Search the archive' });
    expect(await search.count()).toBe(1);
    await search.scrollIntoViewIfNeeded();
    expect(await search.isVisible()).toBe(true);
    const box = (await search.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await context.close();
  });

  it('gives navigation links, buttons and fields touch targets of at least 24 px', async () => {
    const { context, page } = await open(articlePath, width);
    // Note references are links inside a sentence, which WCAG 2.5.8 exempts; they keep the line's height (see the typography tests).
    const small = await page.locator('.site-nav a:visible, button:visible, input:visible, .paragraph-link').evaluateAll((elements) =>
      elements
        .map((element) => ({
          text: element.textContent?.trim() || element.getAttribute('aria-label') || element.tagName,
          box: element.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    await context.close();
  });
});

describe('paragraph permalinks', () => {
  it('each numbered paragraph has a link to itself, shown on hover', async () => {
    const { context, page } = await open(articlePath, 1280);
    const paragraphs = page.locator('.article__body > p[id^="p-"]');
    const count = await paragraphs.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      const link = paragraphs.nth(index).locator('a.paragraph-link');
      expect(await link.getAttribute('href')).toBe(`#p-${index + 1}`);
      expect(await link.getAttribute('aria-label')).toBe(`Link to paragraph ${index + 1}`);
    }
    const third = paragraphs.nth(2);
    const opacity = () => third.locator('a.paragraph-link').evaluate((link) => getComputedStyle(link).opacity);
    expect(await opacity()).toBe('0');
    await third.hover();
    await expect.poll(opacity).toBe('1');
    await context.close();
  });

  it('arriving at #p-n scrolls to that paragraph and highlights it', async () => {
    const { context, page } = await open(`${articlePath}#p-7`, 1280);
    const state = await page.evaluate(() => {
      const target = document.getElementById('p-7')!;
      const other = document.getElementById('p-6')!;
      const box = target.getBoundingClientRect();
      return {
        inView: box.top >= 0 && box.top < window.innerHeight,
        background: getComputedStyle(target).backgroundColor,
        otherBackground: getComputedStyle(other).backgroundColor,
      };
    });
    expect(state.inView).toBe(true);
    expect(state.background).not.toBe(state.otherBackground);
    await context.close();
  });
});

describe('citations', () => {
  it.each([
    ['APA', 'cite-apa'],
    ['Chicago', 'cite-chicago'],
    ['BibTeX', 'cite-bibtex'],
  ])('the %s copy button puts that citation on the clipboard', async (label, id) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const page = await context.newPage();
    await page.goto(`${server.url}${articlePath}`);
    const expected = await page.locator(`#${id}`).innerText();
    await page.getByRole('button', { name: `Copy ${label}` }).click();
    await expect.poll(() => page.locator('.copy-status').innerText()).toBe(`${label} citation copied.`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(expected).toContain(translated.data.originalUrl);
    await context.close();
  });

  it('without JavaScript shows the citations as selectable text and no dead buttons', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${articlePath}`);
    expect(await page.locator('#cite-apa').isVisible()).toBe(true);
    expect(await page.locator('button.copy-button').filter({ visible: true }).count()).toBe(0);
    await context.close();
  });
});

describe('dark and print', () => {
  /** Relative luminance of a computed "rgb(r, g, b)" colour. */
  function luminance(rgb: string): number {
    const [r, g, b] = rgb
      .match(/\d+/g)!
      .slice(0, 3)
      .map((channel) => {
        const value = Number(channel) / 255;
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }

  /** WCAG contrast ratio of two computed colours. */
  const contrast = (a: string, b: string) => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (high! + 0.05) / (low! + 0.05);
  };

  it.for(['light', 'dark'] as const)(
    'in %s, a landing paragraph and the words a link names get two distinct treatments, each readable (issue 34)',
    async (scheme) => {
      const { context, page } = await open(`${articlePath}#p-2`, 1280, scheme);
      const seen = await page.evaluate(() => {
        /** A colour variable as the browser computes it. */
        const resolve = (variable: string) => {
          const probe = document.createElement('span');
          probe.style.color = `var(${variable})`;
          document.body.append(probe);
          const colour = getComputedStyle(probe).color;
          probe.remove();
          return colour;
        };
        const target = document.getElementById('p-2')!;
        const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]) as CSSStyleRule[];
        const words = rules.find((rule) => rule.selectorText === '::target-text')!;
        return {
          text: getComputedStyle(target).color,
          paragraph: getComputedStyle(target).backgroundColor,
          bar: getComputedStyle(target).boxShadow,
          accent: resolve('--accent'),
          // The rule's colours are variables, which the CSS object model leaves unresolved: resolve them on a probe.
          words: resolve(/background[^;]*var\((--[\w-]+)\)/.exec(words.cssText)![1]!),
          wordsLine: /text-decoration[^;]*underline/.test(words.cssText) ? 'underline' : '',
        };
      });
      expect(seen.paragraph).not.toBe(seen.words);
      expect(seen.bar).toContain(seen.accent);
      expect(seen.wordsLine).toContain('underline');
      expect(contrast(seen.text, seen.paragraph)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(seen.text, seen.words)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(seen.accent, seen.paragraph)).toBeGreaterThanOrEqual(3);
      await context.close();
    },
  );

  it('follows a dark colour scheme with light text on a dark background', async () => {
    const { context, page } = await open(articlePath, 1280, 'dark');
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    expect(luminance(colours.bg)).toBeLessThan(0.05);
    expect(luminance(colours.text)).toBeGreaterThan(0.6);
    await context.close();
  });

  it('prints the article without navigation, with the original URL, the archive permalink and the notes', async () => {
    const { context, page } = await open(articlePath, 1280);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.related').isVisible()).toBe(false);
    expect(await page.locator('a.original-url').innerText()).toBe(translated.data.originalUrl);
    expect(await page.locator('a.permalink').innerText()).toMatch(new RegExp(`/articles/${translated.id}/$`));
    expect(await page.locator('section.footnotes').isVisible()).toBe(true);
    await context.close();
  });
});

describe('screenshots match their baselines', () => {
  const shots = [
    { name: 'home-light', path: '', scheme: 'light', media: 'screen' },
    { name: 'home-dark', path: '', scheme: 'dark', media: 'screen' },
    { name: 'home-print', path: '', scheme: 'light', media: 'print' },
    { name: 'article-light', path: articlePath, scheme: 'light', media: 'screen' },
    { name: 'article-dark', path: articlePath, scheme: 'dark', media: 'screen' },
    { name: 'article-print', path: articlePath, scheme: 'light', media: 'print' },
    // A phone's first screen: the header, the short provenance block and the first words of the text.
    { name: 'article-phone', path: articlePath, scheme: 'light', media: 'screen', width: 390, height: 844 },
    { name: 'figures-phone-dark', path: 'figures/', scheme: 'dark', media: 'screen', width: 390, height: 844 },
    {
      name: 'event-phone',
      path: 'events/2019-10-13-ayn-issa-escape/',
      scheme: 'light',
      media: 'screen',
      width: 390,
      height: 844,
      at: '#sources-heading',
    },
  ] as const;

  it.for(shots)('$name', async (shot) => {
    const { name, path, scheme, media } = shot;
    const viewport = 'width' in shot ? { width: shot.width, height: shot.height } : { width: 1024, height: 768 };
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.emulateMedia({ media });
    if ('at' in shot)
      await page.locator(shot.at).evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY));
    const comparison = compareWithBaseline(name, await page.screenshot({ animations: 'disabled', caret: 'hide' }));
    await context.close();
    expect(
      comparison.diffRatio,
      `${name} differs from its baseline in ${(comparison.diffRatio * 100).toFixed(2)}% of pixels; see .cache/screenshot-failures/`,
    ).toBeLessThanOrEqual(MAX_DIFF_RATIO);
  });
});
