/**
 * An article in Arabic is searchable: found by an Arabic word typed with or
 * without its marks, hamza, ta marbuta or article, by the Latin name of the
 * place it is filed under, and by that name in Arabic, which also finds the
 * English articles. The article is a test fixture written in the project's
 * own words (tests/fixtures/arabic-article/), built into a copy of the real
 * content, never into content/ itself.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser.ts';
import { buildSite, copyContent, ROOT, tempOutDir } from '../../scripts/harness/build.ts';
import { searchFor } from '../support/search-page.ts';
import { serveSite, type SiteServer } from '../../scripts/harness/server.ts';

const FIXTURE = '/articles/2019-10-20-archive-fixture-al-hol-arabic/';
const ENGLISH_ABOUT_AL_HOL = ['/articles/2019-10-16-el-mundo-ayn-issa-escape/', '/articles/2019-10-leiden-bakker-is-prisoner-breakouts/'];

let server: SiteServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const content = copyContent();
  cpSync(join(ROOT, 'tests/fixtures/arabic-article'), content, { recursive: true });
  const built = await buildSite({ contentDir: content, outDir: tempOutDir() });
  if (built.status !== 0) throw new Error(`The site with the Arabic fixture did not build:\n${built.output}`);
  server = await serveSite(built.outDir);
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}search/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pathOf = (href: string) => href.split('#')[0]!;

/** The marked words of the result for a page. */
async function marksOf(path: string): Promise<string[]> {
  return page
    .locator('.search-result')
    .evaluateAll(
      (items, wanted) =>
        items
          .filter((item) => new URL((item.querySelector('h2 a') as HTMLAnchorElement).href).pathname === wanted)
          .flatMap((item) => [...item.querySelectorAll('.search-result__excerpt mark')].map((mark) => mark.textContent ?? '')),
      path,
    );
}

describe('an Arabic word of the article', () => {
  // The text writes "مدرسةً" (with tanwin) and "المدرسة"; "مخيّم" with a shadda; "المعلّمات" with a shadda after the article.
  it.for(['مدرسة', 'المدرسة', 'مدرسه', 'مَدْرَسَة', 'مخيم', 'مخيّم', 'معلمات', 'المعلمات'])(
    '"%s" finds it, the word marked as the text writes it',
    async (query) => {
      const paths = (await searchFor(page, query)).map((result) => pathOf(result.href));
      expect(paths).toContain(FIXTURE);
      expect((await marksOf(FIXTURE)).length).toBeGreaterThan(0);
    },
  );

  it('a word it does not have finds nothing', async () => {
    expect(await searchFor(page, 'مستشفى')).toEqual([]);
  });
});

describe('the place it is filed under', () => {
  it.for(['al-Hol', 'Hawl', 'El Houl'])(
    'by its Latin name "%s": the Arabic article among the results, the Arabic name marked',
    async (query) => {
      const paths = (await searchFor(page, query)).map((result) => pathOf(result.href));
      expect(paths).toContain(FIXTURE);
      expect(await marksOf(FIXTURE)).toContain('مخيّم الهول');
    },
  );

  it.for(['الهول', 'مخيم الهول', 'الهَوْل', 'هول'])(
    'by its Arabic name "%s": the Arabic article and the English articles about al-Hol',
    async (query) => {
      const paths = (await searchFor(page, query)).map((result) => pathOf(result.href));
      expect(paths).toContain(FIXTURE);
      for (const english of ENGLISH_ABOUT_AL_HOL) expect(paths).toContain(english);
    },
  );

  it('an Arabic name and an Arabic word together find only the Arabic article', async () => {
    const paths = (await searchFor(page, 'الهول مدرسة')).map((result) => pathOf(result.href));
    expect(paths).toEqual([FIXTURE]);
  });
});
