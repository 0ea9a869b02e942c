/**
 * `npm run new-article` on saved web pages (tests/fixtures/saved-pages,
 * written in the project's own words in the shapes of real pages): the body
 * against the page's hand-checked body, the furniture and why, the metadata
 * read and where from, and the fixity of both capture files; then the
 * refusals (a canonical URL naming another article, a page whose scripts
 * would write files if anything ran them).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { copyContent, ROOT } from '../../scripts/harness/build.ts';
import { bodyParagraphs } from '../../src/lib/content/paragraphs.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { articleSchema, type Article } from '../../src/schemas/article.ts';
import { runScript, snapshot } from '../support/commands.ts';

const PAGES = join(ROOT, 'tests/fixtures/saved-pages');
const TODAY = '2026-12-01';
/** Each run loads and checks the whole archive; several runs on a loaded machine need more than the project's minute. */
const RUNS_TIMEOUT = 300_000;

let content: string;
beforeEach(() => {
  content = copyContent();
});

/** Runs new-article on a fixture page into the test's content copy. */
const newArticle = (page: string, url: string, ...args: string[]) =>
  runScript('new-article.ts', [join(PAGES, page), '--url', url, '--content-dir', content, '--today', TODAY, ...args]);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The hand-checked body of a fixture page, one paragraph a line. */
const expectedBody = (name: string) =>
  readFileSync(join(PAGES, `${name}.body.txt`), 'utf8')
    .trim()
    .split('\n');

/** The draft a successful run wrote: id, front matter, body paragraphs, review, and the two capture files' bytes. */
function written(result: ReturnType<typeof newArticle>) {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const [, articlePath, textPath, pagePath] = /^Wrote (\S+\.md) and (\S+\.txt) and (\S+\.html)\.$/m.exec(result.stdout) ?? [];
  const { frontmatter, content: body } = parseFrontmatter(readFileSync(articlePath!, 'utf8'));
  const data: Article = articleSchema.parse(frontmatter);
  return {
    id: articlePath!.split('/').pop()!.replace(/\.md$/, ''),
    data,
    paragraphs: bodyParagraphs(body).map((paragraph) => paragraph.text),
    review: result.stdout,
    text: readFileSync(textPath!),
    page: readFileSync(pagePath!),
  };
}

/** The review's lines for the draft's furniture: text → reason. */
function furnitureReasons(review: string): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const [, text, reason] of review.matchAll(/^ {2}line \d+: "(.*)" \((.*)\)$/gm)) reasons[text!] = reason!;
  return reasons;
}

/** Both capture files are recorded with their SHA-256, the page byte for byte as saved, and the archive's checks pass. */
function expectFixity(draft: ReturnType<typeof written>, fixture: string) {
  expect(draft.data.capture.file).toBe(`captures/${draft.id}.txt`);
  expect(draft.data.capture.sha256).toBe(sha256(draft.text));
  expect(draft.data.capture.page).toEqual({ file: `captures/${draft.id}.html`, sha256: sha256(readFileSync(join(PAGES, fixture))) });
  expect(draft.page.equals(readFileSync(join(PAGES, fixture)))).toBe(true);
  expect(checkContent(content).problems.map(formatProblem)).toEqual([]);
}

describe('npm run new-article on a saved page', { timeout: RUNS_TIMEOUT }, () => {
  it('keeps the article and sets aside a caption, an embedded post, a related-links box, a byline and a subscription box, each with its reason', () => {
    const url = 'https://www.valley-courier.example/world/2019/10/13/camp-families-leave';
    const draft = written(newArticle('caption-embed-related.html', url));
    expect(draft.id).toBe('2019-10-14-valley-courier-families-leave-camp-near');
    expect(draft.paragraphs).toEqual(expectedBody('caption-embed-related'));
    expect(draft.data).toMatchObject({
      draft: true,
      headline: 'Families leave camp near Ayn Issa as shelling nears',
      headlineSupplied: false,
      publisher: { name: 'Valley Courier', url: 'https://www.valley-courier.example/' },
      language: 'en',
      published: { iso: '2019-10-14' },
      entities: ['ayn-issa'],
    });
    expect(draft.data.capture.furniture).toEqual([
      'Home',
      'World',
      'Sport',
      'By Robin Example, Middle East desk',
      'Share on Facebook Share on X',
      'Tents at the camp near Ayn Issa in an earlier year [Photo: Sample Agency]',
      'The tents near the gate are empty tonight and nobody can tell us where the families went',
      '— Sample Reporter (@samplereporter) October 13, 2019',
      'Related stories',
      'Camp guards asked to leave their posts',
      'What we know about the camps in the northeast',
      "Get the Courier's world briefing in your inbox every morning.",
      'Valley Courier, an example newspaper.',
      'Privacy',
    ]);
    expect(furnitureReasons(draft.review)).toMatchObject({
      'Tents at the camp near Ayn Issa in an earlier year [Photo: Sample A…': 'a caption (<figcaption>)',
      'The tents near the gate are empty tonight and nobody can tell us wh…': 'an embedded post (<blockquote class="twitter-tweet">)',
      'Camp guards asked to leave their posts': 'a related-links box (<aside class="related-links">)',
      'By Robin Example, Middle East desk': 'a byline (<div class="byline">)',
      "Get the Courier's world briefing in your inbox every morning.": 'a subscription box (<div class="newsletter-signup">)',
    });
    expect(draft.review).toContain('  headline: <meta property="og:title">, also a line of the page (line 4 of the text capture)');
    expect(draft.review).toContain('  publisher: from the page\'s metadata (<meta property="og:site_name">)');
    expect(draft.review).toContain('  language: en from the page (<html lang>)');
    // Published just after midnight in the publisher's offset; the URL has the day before: the page's date stands, and the review says so.
    expect(draft.review).toContain(
      '  published: 2019-10-14 from the page\'s metadata (the article:published_time meta tag: "2019-10-14T00:20:00+03:00"); but the URL gives 2019-10-13: check',
    );
    expectFixity(draft, 'caption-embed-related.html');
  });

  it('reads headline, dates, authors, publisher, language and section from JSON-LD, and keeps a subheading', () => {
    const draft = written(newArticle('json-ld.html', 'https://ledger.example/news/detainees-unaccounted-prison-wall'));
    expect(draft.id).toBe('2019-10-14-northern-ledger-detainees-unaccounted-strike-on');
    expect(draft.paragraphs).toEqual(expectedBody('json-ld'));
    expect(draft.data).toMatchObject({
      headline: 'Detainees unaccounted for after strike on prison wall',
      publisher: { name: 'Northern Ledger', url: 'https://ledger.example/' },
      language: 'en',
      published: { iso: '2019-10-14' },
      publishedNote: 'The date comes from the page\'s metadata (JSON-LD NewsArticle "datePublished": "2019-10-14T09:30:00+03:00").',
      entities: ['qamishli'],
    });
    expect(draft.data.capture.furniture).toEqual([
      'Northern Ledger',
      'Dana Example and Kemal Sample',
      '14 October 2019, 09:30',
      'Comments',
      'Join the discussion: sign in to comment.',
      'All content copyright the example publisher.',
    ]);
    expect(furnitureReasons(draft.review)).toMatchObject({
      'Dana Example and Kemal Sample': 'a byline (<span class="author">)',
      '14 October 2019, 09:30': 'a time stamp (<time>)',
      'Join the discussion: sign in to comment.': 'a share or comment prompt (<div class="comments">)',
      'All content copyright the example publisher.': 'a footer (<div id="footer">)',
    });
    for (const reading of [
      '  headline: JSON-LD NewsArticle "headline", also a line of the page (line 2 of the text capture)',
      '  language: en from the page (JSON-LD NewsArticle "inLanguage")',
      '  modified (not in the front matter): 2019-10-14T16:05:00+03:00 (JSON-LD NewsArticle "dateModified")',
      '  authors (not in the front matter): Dana Example (JSON-LD NewsArticle "author"); Kemal Sample (JSON-LD NewsArticle "author")',
      '  section (not in the front matter): Middle East (JSON-LD NewsArticle "articleSection")',
    ])
      expect(draft.review).toContain(reading);
    expectFixity(draft, 'json-ld.html');
  });

  it('reads a page with og: and article: tags only', () => {
    const draft = written(newArticle('og-only.html', 'https://easternwire.example/stories/aid-groups-warn-shortages-al-hol'));
    expect(draft.id).toBe('2019-10-16-eastern-wire-aid-groups-warn-shortages');
    expect(draft.paragraphs).toEqual(expectedBody('og-only'));
    expect(draft.data).toMatchObject({
      headline: 'Aid groups warn of shortages at the al-Hol camp',
      publisher: { name: 'Eastern Wire', url: 'https://easternwire.example/' },
      language: 'en-GB',
      published: { iso: '2019-10-16' },
      entities: ['al-hol'],
    });
    expect(draft.data.capture.furniture).toEqual([
      'Eastern Wire World',
      'More from Eastern Wire',
      'Border crossings closed for a second day',
    ]);
    expect(draft.review).toContain('  language: en-GB from the page (<meta property="og:locale">)');
    expect(draft.review).toContain('  authors (not in the front matter): Alex Sample (<meta property="article:author">)');
    expectFixity(draft, 'og-only.html');
  });

  it('takes an Arabic page’s language from lang="ar" without --language, and a month from a /2019-10/ URL', () => {
    const draft = written(newArticle('arabic.html', 'https://almithal.example/news/2019-10/ayn-issa'));
    expect(draft.id).toBe('2019-10-almithal-ayn-issa');
    expect(draft.paragraphs).toEqual(expectedBody('arabic'));
    expect(draft.data).toMatchObject({
      headline: 'نساء وأطفال يغادرون مخيم عين عيسى بعد القصف',
      publisher: { name: 'صحيفة المثال', url: 'https://almithal.example/' },
      language: 'ar',
      published: { iso: '2019-10' },
      entities: ['ayn-issa'],
    });
    expect(draft.data.capture.furniture).toEqual(['الرئيسية أخبار', 'شارك', 'جميع الحقوق محفوظة لصحيفة المثال']);
    expect(draft.review).toMatch(/ {2}language: ar from the page \(<html lang>\)/);
    expectFixity(draft, 'arabic.html');
  });

  it('lets the page’s lang settle a language franc is unsure of; without it the command still stops and asks', () => {
    const url = 'https://zeitung.example/2019/10/13/familien-verlassen-lager';
    const draft = written(newArticle('short-german.html', url));
    expect(draft.paragraphs).toEqual(expectedBody('short-german'));
    expect(draft.data.language).toBe('de');
    expect(draft.review).toMatch(/ {2}language: de from the page \(<html lang>\); franc reads de 1\.00, fr 0\.9\d/);
    expectFixity(draft, 'short-german.html');

    const withoutLang = join(mkdtempSync(join(tmpdir(), 'saved-page-')), 'no-lang.html');
    writeFileSync(withoutLang, readFileSync(join(PAGES, 'short-german.html'), 'utf8').replace(' lang="de"', ''));
    const before = snapshot(content);
    const refused = runScript('new-article.ts', [withoutLang, '--url', `${url}-2`, '--content-dir', content, '--today', TODAY]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^new-article: the language is unsure \(de 1\.00, fr 0\.9\d.*\); nothing was written/);
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a page whose canonical URL is another article, writing nothing; the same article under another form of its URL is drafted', () => {
    const before = snapshot(content);
    const refused = newArticle('canonical-elsewhere.html', 'https://www.plains-herald.example/2019/10/15/prison-count-update');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      'new-article: the saved page says it is https://www.plains-herald.example/2019/10/15/guards-recount-prisoners/ (<link rel="canonical">), not --url https://www.plains-herald.example/2019/10/15/prison-count-update; nothing was written: check that the page saved is the article, or pass --url https://www.plains-herald.example/2019/10/15/guards-recount-prisoners/\n',
    );
    expect(snapshot(content)).toEqual(before);

    const draft = written(newArticle('canonical-elsewhere.html', 'https://plains-herald.example/2019/10/15/guards-recount-prisoners/amp'));
    expect(draft.paragraphs).toEqual(expectedBody('canonical-elsewhere'));
    expect(draft.review).toContain(
      '  canonical URL: https://www.plains-herald.example/2019/10/15/guards-recount-prisoners/ (<link rel="canonical">)',
    );
    expectFixity(draft, 'canonical-elsewhere.html');
  });

  it('runs nothing from a page with scripts and event handlers, and nothing of them reaches the body or the text capture', () => {
    const draft = written(newArticle('script-handler.html', 'https://council.example/news/camp-council-guards'));
    expect(draft.paragraphs).toEqual(expectedBody('script-handler'));
    expect(draft.data.capture.furniture).toEqual(["Read the council's letter"]);
    const text = draft.text.toString('utf8');
    expect(text).not.toMatch(/require|writeFileSync|document\.write|savedPageScriptRan|styled text|hidden paragraph|Turn on scripts/);
    // The page's scripts and handlers would have written these files, into the project root (the command's working directory) or the content copy.
    for (const folder of [ROOT, content, join(content, 'captures')])
      expect(readdirSync(folder).filter((name) => name.endsWith('-RAN'))).toEqual([]);
    expect(existsSync(join(ROOT, 'SCRIPT-RAN'))).toBe(false);
    expectFixity(draft, 'script-handler.html');
  });

  it('records the SHA-256 of a text capture too, and no saved page for it', () => {
    const fixture = join(ROOT, 'tests/fixtures/captures/url-date.txt');
    const result = runScript('new-article.ts', [
      fixture,
      '--url',
      'https://www.northern-dispatch.example/2019/10/20/camp-count',
      '--content-dir',
      content,
      '--today',
      TODAY,
    ]);
    expect(result.status).toBe(0);
    const [, articlePath, textPath] = /^Wrote (\S+\.md) and (\S+\.txt)\.$/m.exec(result.stdout) ?? [];
    const data = articleSchema.parse(parseFrontmatter(readFileSync(articlePath!, 'utf8')).frontmatter);
    expect(data.capture.sha256).toBe(sha256(readFileSync(fixture)));
    expect(readFileSync(textPath!).equals(readFileSync(fixture))).toBe(true);
    expect(data.capture.page).toBeUndefined();
  });

  it('tells a saved page by its content: the same page named .txt is still read as a page', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'saved-page-')), 'saved-as.txt');
    writeFileSync(copy, readFileSync(join(PAGES, 'og-only.html')));
    const result = runScript('new-article.ts', [
      copy,
      '--url',
      'https://easternwire.example/stories/aid-groups-warn-shortages-al-hol',
      '--content-dir',
      content,
      '--today',
      TODAY,
    ]);
    expect(result.stdout).toMatch(/ and \S+\.html\.$/m);
    expect(written(result).paragraphs).toEqual(expectedBody('og-only'));
  });
});
