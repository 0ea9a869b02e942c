/**
 * The search page holds still while its script fills it in (issue 34, item 5):
 * the empty page shows where to start, a shared link shows "Searching…", then
 * its count and results, and none of that may move what the reader already
 * sees. Measured as Chromium's own cumulative layout shift (the
 * `layout-shift` entries Lighthouse sums), at a phone's and a desktop's width.
 *
 * On a fast machine the script can run before the first paint, and a shift
 * nobody saw is not counted; a slow phone paints first. So the page's scripts
 * are held back until the page has painted, which makes the measure about
 * layout, not about this machine's speed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { waitForStatus } from '../support/search-page.ts';
import type { SiteServer } from '../../scripts/harness/server.ts';
import type { Browser } from 'playwright-core';

let server: SiteServer;
let browser: Browser;

useSite((session) => {
  ({ server, browser } = session);
});

/** The most cumulative layout shift the page may have: Lighthouse's "good" is 0.1; a page that holds still scores 0. */
const MOST_SHIFT = 0.01;

/** The sizes of screen tried: a phone and a desktop. */
const SCREENS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
];

/** Sums every layout shift of the page not caused by the reader's input, as Lighthouse's CLS does; kept on window. */
function recordShifts(): void {
  const record = window as unknown as { shifts: { value: number; sources: string[] }[] };
  record.shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node | null }[];
    }[]) {
      if (entry.hadRecentInput) continue;
      const names = entry.sources.map((source) => {
        const node = source.node as Element | null | undefined;
        return node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className ? `.${node.className}` : ''}` : '?';
      });
      record.shifts.push({ value: entry.value, sources: names });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Opens `path` with the page's own scripts released only after its first paint, and returns the page. */
async function openPainted(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(recordShifts);
  let painted: () => void;
  const firstPaint = new Promise<void>((resolve) => (painted = resolve));
  await page.exposeFunction('archivePainted', () => painted());
  await page.addInitScript(() => {
    new PerformanceObserver(() => (window as unknown as { archivePainted: () => void }).archivePainted()).observe({
      type: 'paint',
      buffered: true,
    });
  });
  // The page's bundled scripts (Astro's _astro/ folder), not Pagefind's files, wait for the paint.
  await page.route(/\/_astro\/.+\.js$/, async (route) => {
    await firstPaint;
    await route.continue();
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** The shifts recorded so far, after two frames so that the last ones are delivered. */
async function shiftsOf(page: Page): Promise<{ total: number; sources: string[] }> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const { shifts } = window as unknown as { shifts: { value: number; sources: string[] }[] };
    return { total: shifts.reduce((sum, shift) => sum + shift.value, 0), sources: shifts.flatMap((shift) => shift.sources) };
  });
}

describe.each(SCREENS)('the search page at $width px', (screen) => {
  it('opened without a query, shows where to start without moving anything', async () => {
    const context = await browser.newContext({ viewport: screen });
    try {
      const page = await openPainted(context, 'search/');
      await page.locator('#search-start').waitFor({ state: 'visible' });
      const shifts = await shiftsOf(page);
      expect(shifts.total, `moved: ${shifts.sources.join(', ')}`).toBeLessThan(MOST_SHIFT);
    } finally {
      await context.close();
    }
  });

  it('opened from a shared link, shows its results without moving anything', async () => {
    const context = await browser.newContext({ viewport: screen });
    try {
      const page = await openPainted(context, 'search/?q=al-Hol');
      expect(await waitForStatus(page)).toMatch(/results? for “al-Hol”/);
      await page.locator('.search-result').first().waitFor();
      const shifts = await shiftsOf(page);
      expect(shifts.total, `moved: ${shifts.sources.join(', ')}`).toBeLessThan(MOST_SHIFT);
    } finally {
      await context.close();
    }
  });
});
