/**
 * The set-up every end-to-end file shares: the root build served on
 * 127.0.0.1 and headless Chromium with one page open, started before the
 * file's tests and closed after them.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser.ts';
import { serveSite, type SiteServer } from '../../scripts/harness/server.ts';

/** What a test file works with. */
export interface SiteSession {
  /** The site built for the root path, served on 127.0.0.1. */
  server: SiteServer;
  /** Headless Chromium. */
  browser: Browser;
  /** The browser context `page` belongs to. */
  context: BrowserContext;
  /** A page, open on nothing yet. */
  page: Page;
}

/**
 * Registers the file's beforeAll and afterAll: serves the site, launches the
 * browser and opens a page, then hands them to `ready` (which keeps them in
 * the file's variables and may do more set-up, such as opening a first
 * URL). Everything is closed after the file's tests, even if set-up failed
 * half-way.
 */
export function useSite(ready: (session: SiteSession) => unknown): void {
  let server: SiteServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveSite(inject('siteDir'));
    browser = await launchBrowser();
    const context = await browser.newContext();
    await ready({ server, browser, context, page: await context.newPage() });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
