/**
 * Accessibility: axe-core's WCAG 2.2 AA rules over every page of the built
 * site in the light and the dark colour scheme, the search page also with
 * results on screen; and the keyboard: a skip link first on every page, a
 * visible focus indicator on everything Tab reaches, no focus trap. Each
 * check also runs on a fixture that breaks it, to show it catches what it
 * should.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser.ts';
import { waitForStatus } from '../support/search-page.ts';
import { serveSite, type SiteServer } from '../../scripts/harness/server.ts';
import { auditWithAxe } from './gates/accessibility.ts';
import { checkKeyboard } from './gates/keyboard.ts';
import { listSitePages, type Finding } from '../../scripts/harness/gates/site.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** The search page with a query, so Pagefind's results and the filters are on the page when it is checked. */
const SEARCH_WITH_RESULTS = 'search/?q=al-Hol';

/** Every page of the built site, as paths relative to the site's root, and the search page with results. */
const PAGES = [...listSitePages(inject('siteDir')).map((page) => page.path.slice(1)), SEARCH_WITH_RESULTS];

let site: SiteServer;
let fixtures: SiteServer;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite(inject('siteDir'));
  fixtures = await serveSite(FIXTURES);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await fixtures?.close();
});

/** A new page in its own browser context, in the light colour scheme until told otherwise. */
async function newPage(): Promise<Page> {
  const context = await browser.newContext({ colorScheme: 'light' });
  return context.newPage();
}

/** Loads a page of a served site and waits until it is ready to check: for a search, until the results are shown. */
async function open(page: Page, server: SiteServer, path: string): Promise<void> {
  await page.goto(new URL(path, server.url).href);
  if (new URL(path, server.url).searchParams.has('q')) await waitForStatus(page);
}

describe('axe', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });

  // Both schemes on one load: switching the emulated prefers-color-scheme
  // restyles the page in place, and saves loading it and axe a second time.
  it.for(PAGES)('/%s has no violation in the light or the dark colour scheme', async (path) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, site, path);
    const light = await auditWithAxe(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await auditWithAxe(page);
    expect({ light, dark }).toEqual({ light: [], dark: [] });
  });
});

describe('axe on what only a screen size shows (issue 34)', () => {
  it('the search page with its filter sheet open on a phone, in both colour schemes', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, site, 'search/?q=prison');
    await page.locator('#search-filters > summary').click();
    await page.locator('#search-filter-groups fieldset').first().waitFor();
    const light = await auditWithAxe(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect({ light, dark: await auditWithAxe(page) }).toEqual({ light: [], dark: [] });
    await page.context().close();
  });

  it('an article with its notes beside the text at 1366 px, in both colour schemes', async () => {
    const page = await newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await open(page, site, 'articles/2019-10-16-el-mundo-ayn-issa-escape/');
    const light = await auditWithAxe(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect({ light, dark: await auditWithAxe(page) }).toEqual({ light: [], dark: [] });
    await page.context().close();
  });
});

describe('the keyboard', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage();
  });

  it.for(PAGES)('/%s starts with a skip link to <main>, shows focus on every stop, and can be tabbed through to the end', async (path) => {
    await open(page, site, path);
    expect(await checkKeyboard(page)).toEqual([]);
  });
});

describe('the gates', () => {
  it('axe reports an image without alt text, low-contrast text, and text only the dark scheme makes unreadable', async () => {
    const page = await newPage();
    await open(page, fixtures, 'accessibility/');
    const light = await auditWithAxe(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await auditWithAxe(page);
    const brief = (findings: Finding[]) => findings.map(({ rule, page, target }) => ({ rule, page, target }));
    expect({ light: brief(light), dark: brief(dark) }).toEqual({
      light: [
        { rule: 'color-contrast', page: '/accessibility/', target: '.faint' },
        { rule: 'image-alt', page: '/accessibility/', target: 'img' },
      ],
      dark: [
        { rule: 'color-contrast', page: '/accessibility/', target: '.dark-only' },
        { rule: 'image-alt', page: '/accessibility/', target: 'img' },
      ],
    });
  });

  it('reports a page whose first stop is not a skip link, focus that is not shown, focus that is trapped, and what the trap keeps out of reach', async () => {
    const page = await newPage();
    await open(page, fixtures, 'keyboard/trap/');
    const found = (await checkKeyboard(page)).map(({ rule, page, target }) => ({ rule, page, target }));
    expect(found).toEqual([
      { rule: 'skip-link', page: '/keyboard/trap/', target: 'body > a' },
      { rule: 'focus-indicator', page: '/keyboard/trap/', target: '#main > button' },
      { rule: 'focus-trap', page: '/keyboard/trap/', target: '#first, #last' },
      { rule: 'focus-unreachable', page: '/keyboard/trap/', target: '#after-the-trap' },
    ]);
  });

  it('reports a skip link that leaves focus where it was, because <main> cannot take focus', async () => {
    const page = await newPage();
    await open(page, fixtures, 'keyboard/skip-link-to-unfocusable-main/');
    const findings = await checkKeyboard(page);
    expect(findings).toEqual([
      {
        rule: 'skip-link',
        page: '/keyboard/skip-link-to-unfocusable-main/',
        target: 'body > a',
        message: expect.stringMatching(/not on <main>/),
      },
    ]);
  });
});
