/** Driving the real search page in Chromium: type a query, wait for results, read them. */
import type { Page } from 'playwright-core';

/** One result as the reader sees it. */
export interface ShownResult {
  /** The link's path and fragment, e.g. "/articles/x/#p-3:~:text=al-Hol". */
  href: string;
  /** The result's title. */
  title: string;
  /** The line under the title: kind, publisher, date. */
  meta: string;
}

/** Waits until the status line reports a finished search, and returns it. */
export async function waitForStatus(page: Page): Promise<string> {
  const status = page.locator('#search-status');
  await status.filter({ hasText: /results? for|^No results|^\d+ results?\.$/ }).waitFor();
  return status.innerText();
}

/** The results on screen, in order. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('h2 a') as HTMLAnchorElement;
      const url = new URL(link.href);
      return {
        href: url.pathname + url.hash,
        title: link.textContent ?? '',
        meta: item.querySelector('.search-result__meta')?.textContent ?? '',
      };
    }),
  );
}

/** Types a query into the search page's box, submits it, and returns the results. */
export async function searchFor(page: Page, query: string): Promise<ShownResult[]> {
  const box = page.getByRole('searchbox', { name: /names, places or words/i });
  await page.locator('#search-status').evaluate((status) => (status.textContent = ''));
  await box.fill(query);
  await box.press('Enter');
  await waitForStatus(page);
  return shownResults(page);
}

/**
 * Types a query, submits it, and presses "Show more results" until every
 * result is on screen: for checks that a page is found at all, whatever its
 * rank among pages that score alike.
 */
export async function allResultsFor(page: Page, query: string): Promise<ShownResult[]> {
  await searchFor(page, query);
  const more = page.locator('.search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('.search-result').length > before, shown);
  }
  return shownResults(page);
}
