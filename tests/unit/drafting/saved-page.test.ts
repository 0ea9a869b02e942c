/**
 * Reading a saved page, piece by piece: telling a page from a text capture
 * by content, decoding it in its declared charset, rendering its visible
 * text (nothing from scripts, styles or hidden elements), its metadata with
 * sources, and the sort of its lines into body and furniture, on the
 * fixture pages in tests/fixtures/saved-pages (written in the project's own
 * words, in the shapes of real pages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/harness/build.ts';
import { outsideItems } from '../../../scripts/lib/new-article/review.ts';
import { OUTSIDE_ARTICLE } from '../../../scripts/lib/new-article/saved-page/body.ts';
import { decodePage, isSavedPage } from '../../../scripts/lib/new-article/saved-page/detect.ts';
import { metadataDate, pageLanguage, pagePublished } from '../../../scripts/lib/new-article/saved-page/fields.ts';
import { readSavedPage, type SavedPage } from '../../../scripts/lib/new-article/saved-page/index.ts';
import { readMetadata, type MetadataDocument } from '../../../scripts/lib/new-article/saved-page/metadata.ts';
import { renderLines, type RenderNode } from '../../../scripts/lib/new-article/saved-page/render.ts';

const PAGES = join(ROOT, 'tests/fixtures/saved-pages');
const page = (name: string) => readFileSync(join(PAGES, `${name}.html`), 'utf8');
/** The hand-checked body of a fixture page, one paragraph a line. */
const body = (name: string) =>
  readFileSync(join(PAGES, `${name}.body.txt`), 'utf8')
    .trim()
    .split('\n');
const bytes = (text: string) => new TextEncoder().encode(text);
const renderBody = (html: string) =>
  renderLines(parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`).document.body as unknown as RenderNode).map(
    (line) => line.text,
  );

describe('isSavedPage', () => {
  it('tells a page by its content, whatever the extension', () => {
    expect(isSavedPage(bytes(page('og-only')), 'saved.txt')).toBe(true);
    expect(isSavedPage(bytes('<!--\n Page saved with SingleFile\n-->\n<html><body><p>x</p></body></html>'), 'page')).toBe(true);
    expect(isSavedPage(bytes('\ufeff<!doctype html><title>x</title>'), 'x.txt')).toBe(true);
    expect(isSavedPage(bytes('Families left the camp on Sunday.\nShare this article\n'), 'copied.html')).toBe(false);
    expect(isSavedPage(bytes('<p>A fragment saved by hand.</p>'), 'fragment.htm')).toBe(true);
    expect(isSavedPage(bytes('<p>A fragment saved by hand.</p>'), 'fragment.txt')).toBe(false);
  });
});

describe('decodePage', () => {
  it('reads the charset the page declares, and refuses bytes that are not in it, naming the file', () => {
    const latin = Uint8Array.from([
      ...bytes('<html><head><meta charset="windows-1252"></head><body><p>Caf'),
      0xe9,
      ...bytes('</p></body></html>'),
    ]);
    expect(decodePage(latin, 'cafe.html')).toContain('<p>Café</p>');
    expect(() => decodePage(Uint8Array.from([...bytes('<html><body>'), 0xe9, 0x28]), 'bad.html')).toThrow(/bad\.html is not valid utf-8/);
    expect(() => decodePage(bytes('<meta charset="x-nonsense"><p>x</p>'), 'odd.html')).toThrow(/odd\.html declares charset "x-nonsense"/);
  });
});

describe('renderLines', () => {
  it('gives one line per block of visible text; scripts, styles, noscript, hidden elements and handlers give nothing', () => {
    const lines = renderBody(page('script-handler'));
    expect(lines).toEqual([
      'Camp council asks for more guards',
      'The council that runs the camp asked on Thursday for more guards, saying that the gates had been left with too few people since the fighting began.',
      'Its members said that they had written to the coalition twice during the week and had not yet received an answer.',
      "Read the council's letter",
    ]);
    expect(lines.join(' ')).not.toMatch(/script|require|writeFileSync|styled text|hidden paragraph/i);
  });

  it('ends a line at each block and <br>, and keeps inline text together', () => {
    expect(renderBody('<div>Lead <b>in</b> <div>inner</div> tail<br>after break<p>  spaced\n  out </p></div>')).toEqual([
      'Lead in',
      'inner',
      'tail',
      'after break',
      'spaced out',
    ]);
  });
});

describe('readMetadata', () => {
  const metadata = (name: string, url: string) => readMetadata(parseHTML(page(name)).document as unknown as MetadataDocument, url);

  it('reads a JSON-LD NewsArticle inside @graph: headline, dates, authors, publisher, language, section, canonical, each with its source', () => {
    const read = metadata('json-ld', 'https://ledger.example/news/detainees-unaccounted-prison-wall');
    const ld = (field: string) => `JSON-LD NewsArticle "${field}"`;
    expect(read.headline).toEqual([{ value: 'Detainees unaccounted for after strike on prison wall', source: ld('headline') }]);
    expect(read.published).toEqual([
      { value: '2019-10-14T09:30:00+03:00', source: ld('datePublished') },
      { value: '2019-10-14T09:30:00+03:00', source: '<time datetime> (the first on the page)' },
    ]);
    expect(read.modified).toEqual([{ value: '2019-10-14T16:05:00+03:00', source: ld('dateModified') }]);
    expect(read.authors).toEqual([
      { value: 'Dana Example', source: ld('author') },
      { value: 'Kemal Sample', source: ld('author') },
    ]);
    expect(read.publisher).toEqual([{ value: 'Northern Ledger', source: ld('publisher') }]);
    expect(read.language).toEqual([{ value: 'en', source: ld('inLanguage') }]);
    expect(read.section).toEqual([{ value: 'Middle East', source: ld('articleSection') }]);
    expect(read.canonical).toEqual([
      { value: 'https://ledger.example/news/detainees-unaccounted-prison-wall', source: ld('mainEntityOfPage') },
    ]);
  });

  it('reads og: and article: tags when there is no JSON-LD; og:locale becomes a language tag', () => {
    const read = metadata('og-only', 'https://easternwire.example/stories/aid-groups-warn-shortages-al-hol');
    expect(read.headline).toEqual([{ value: 'Aid groups warn of shortages at the al-Hol camp', source: '<meta property="og:title">' }]);
    expect(read.published).toEqual([{ value: '2019-10-16T11:00:00Z', source: '<meta property="article:published_time">' }]);
    expect(read.authors).toEqual([{ value: 'Alex Sample', source: '<meta property="article:author">' }]);
    expect(read.publisher).toEqual([{ value: 'Eastern Wire', source: '<meta property="og:site_name">' }]);
    expect(read.language).toEqual([{ value: 'en-GB', source: '<meta property="og:locale">' }]);
    expect(read.section).toEqual([{ value: 'World', source: '<meta property="article:section">' }]);
  });

  it('resolves a relative canonical link against --url, and lists a JSON-LD block it cannot parse', () => {
    const html =
      '<html lang="tr"><head><link rel="canonical" href="/haber/1"><script type="application/ld+json">{oops</script></head><body></body></html>';
    const read = readMetadata(parseHTML(html).document as unknown as MetadataDocument, 'https://site.example/x/y');
    expect(read.canonical).toEqual([{ value: 'https://site.example/haber/1', source: '<link rel="canonical">' }]);
    expect(read.language).toEqual([{ value: 'tr', source: '<html lang>' }]);
    expect(read.unreadable).toHaveLength(1);
    expect(read.unreadable[0]).toMatch(/^JSON-LD block 1: /);
  });
});

describe('metadataDate', () => {
  it('takes the calendar date as the page writes it, in the publisher’s own offset', () => {
    expect(metadataDate('2019-10-14T01:30:00+03:00')?.iso).toBe('2019-10-14');
    expect(metadataDate('2019-10')?.iso).toBe('2019-10');
    expect(metadataDate('Monday, 14 October 2019')).toBeNull();
    expect(metadataDate('2019-13-01')).toBeNull();
  });
});

describe('pagePublished and pageLanguage', () => {
  /** A saved page with only the given metadata. */
  const withMetadata = (metadata: Partial<SavedPage['metadata']>): SavedPage => ({
    rendering: '',
    lines: [],
    headline: undefined,
    notes: [],
    metadata: {
      headline: [],
      published: [],
      modified: [],
      authors: [],
      publisher: [],
      language: [],
      canonical: [],
      section: [],
      unreadable: [],
      ...metadata,
    },
  });

  it('takes the first ISO date, and notes sources that disagree or are no ISO date', () => {
    const notes: string[] = [];
    const found = pagePublished(
      withMetadata({
        published: [
          { value: '14 October 2019', source: '<meta name="citation_date">' },
          { value: '2019-10-14T23:30:00-04:00', source: 'JSON-LD NewsArticle "datePublished"' },
          { value: '2019-10-15T03:30:00Z', source: '<meta property="article:published_time">' },
        ],
      }),
      notes,
    );
    expect(found?.date.iso).toBe('2019-10-14');
    expect(notes).toEqual([
      'published: <meta name="citation_date"> gives "14 October 2019", which is no ISO 8601 date; not read',
      'published: <meta property="article:published_time"> gives 2019-10-15, not 2019-10-14',
    ]);
  });

  it('takes the first valid language tag, and notes another language or a tag that is none', () => {
    const notes: string[] = [];
    const found = pageLanguage(
      withMetadata({
        language: [
          { value: 'english', source: '<html lang>' },
          { value: 'en-GB', source: '<meta property="og:locale">' },
          { value: 'en', source: 'JSON-LD NewsArticle "inLanguage"' },
          { value: 'ar', source: '<meta name="citation_language">' },
        ],
      }),
      notes,
    );
    expect(found).toEqual({ tag: 'en-GB', source: '<meta property="og:locale">' });
    expect(notes).toEqual([
      'language: <html lang> gives "english", which is no BCP 47 tag',
      'language: <meta name="citation_language"> gives ar, not en-GB',
    ]);
  });
});

describe('readSavedPage', () => {
  const sorted = (name: string, url: string) => readSavedPage(page(name), url, undefined);
  const kinds = (name: string, url: string) =>
    Object.fromEntries(
      sorted(name, url)
        .lines.filter((line) => line.kind !== 'body')
        .map((line) => [line.text, line.reason]),
    );

  it('keeps the article’s paragraphs after a caption, an embedded post and a related-links box, and sets those aside with their reasons', () => {
    const url = 'https://www.valley-courier.example/world/2019/10/13/camp-families-leave';
    const read = sorted('caption-embed-related', url);
    expect(read.lines.filter((line) => line.kind === 'body').map((line) => line.text)).toEqual(body('caption-embed-related'));
    expect(kinds('caption-embed-related', url)).toMatchObject({
      'Families leave camp near Ayn Issa as shelling nears': 'the headline',
      'Tents at the camp near Ayn Issa in an earlier year [Photo: Sample Agency]': 'a caption (<figcaption>)',
      'The tents near the gate are empty tonight and nobody can tell us where the families went':
        'an embedded post (<blockquote class="twitter-tweet">)',
      '— Sample Reporter (@samplereporter) October 13, 2019': 'an embedded post (<blockquote class="twitter-tweet">)',
      // Outside Readability's article too, the archive's reason is given where one fits.
      'Camp guards asked to leave their posts': 'a related-links box (<aside class="related-links">)',
      'By Robin Example, Middle East desk': 'a byline (<div class="byline">)',
      'Share on Facebook Share on X': 'a share or comment prompt (<div class="share-tools">)',
      "Get the Courier's world briefing in your inbox every morning.": 'a subscription box (<div class="newsletter-signup">)',
      Home: 'a menu (<nav class="main-nav">)',
      'Valley Courier, an example newspaper.': 'a footer (<footer class="site-footer">)',
    });
    expect(read.rendering.split('\n').filter(Boolean)).toEqual(read.lines.map((line) => line.text));
  });

  it('sets aside a byline and a time stamp held in inline elements, and keeps a subheading', () => {
    const url = 'https://ledger.example/news/detainees-unaccounted-prison-wall';
    const read = sorted('json-ld', url);
    expect(read.lines.filter((line) => line.kind === 'body').map((line) => line.text)).toEqual(body('json-ld'));
    expect(kinds('json-ld', url)).toMatchObject({
      'Dana Example and Kemal Sample': 'a byline (<span class="author">)',
      '14 October 2019, 09:30': 'a time stamp (<time>)',
    });
    expect(read.headline).toEqual({
      value: 'Detainees unaccounted for after strike on prison wall',
      source: 'JSON-LD NewsArticle "headline", also a line of the page',
    });
  });

  it('applies the archive’s rules to what Readability keeps: share lines, subscription boxes, lone links; reads a fragment too', () => {
    const html = `<article><h1>A headline of the test page here</h1>
      <p>${'The first paragraph of the article says what happened at the camp on the day in question. '.repeat(3)}</p>
      <p>Share this story</p>
      <p>${'The second paragraph of the article goes on with what the officials said afterwards. '.repeat(3)}</p>
      <div class="newsletter-box"><p>Our morning briefing, every day</p></div>
      <p>Words and pictures: <a rel="author" href="/people/jo">Jo Sample</a></p>
      <p><a href="/elsewhere">Another story on another page</a></p></article>`;
    const reasons = Object.fromEntries(
      readSavedPage(html, 'https://x.example/a', undefined)
        .lines.filter((line) => line.kind === 'furniture')
        .map((line) => [line.text, line.reason]),
    );
    expect(reasons).toEqual({
      'Share this story': 'a share, sign-up or navigation line',
      'Our morning briefing, every day': 'a subscription box (<div class="newsletter-box">)',
      'Words and pictures: Jo Sample': 'a byline (a rel="author" link)',
      'Another story on another page': 'links standing alone (to other pages)',
    });
  });

  it('takes the headline from a page’s <title> when it has no <h1> and the title holds a line of the page', () => {
    const html = `<html><head><title>Frontier Bulletin :: Guards count the men held at the prison</title></head><body>
      <p><b>Guards count the men held at the prison</b></p>
      <p>${'Guards at the prison counted the men held there on Tuesday after a night of shelling, an official said. '.repeat(3)}</p></body></html>`;
    const read = readSavedPage(html, 'https://x.example/a', undefined);
    expect(read.headline).toEqual({
      value: 'Guards count the men held at the prison',
      source: '<title> ("Frontier Bulletin :: Guards count the men held at the prison"), also a line of the page',
    });
    expect(read.lines[0]).toMatchObject({ kind: 'headline', text: 'Guards count the men held at the prison' });
    // A metadata headline other than the one chosen is a note for the review.
    const withOg = html.replace('<title>', '<meta property="og:title" content="Guards count the men | Frontier Bulletin"><title>');
    expect(readSavedPage(withOg, 'https://x.example/a', undefined).notes).toEqual([
      'headline: <meta property="og:title"> gives "Guards count the men | Frontier Bulletin"',
    ]);
  });

  it('sets aside a line of links with separators between, and a story footer', () => {
    const html = `<html><body><article><h1>A headline of the test page here</h1>
      <p>${'The first paragraph of the article says what happened at the camp on the day in question. '.repeat(3)}</p>
      <p><a href="/print">Printer-friendly version</a> | <a href="/mail">Send to a friend</a></p>
      <p>${'The second paragraph of the article goes on with what the officials said afterwards. '.repeat(3)}</p>
      <div class="story-footer"><p>A version of this article appears in print with another headline.</p></div></article></body></html>`;
    const furniture = readSavedPage(html, 'https://x.example/a', undefined).lines.filter((line) => line.kind === 'furniture');
    expect(furniture.map((line) => [line.text, line.reason])).toEqual([
      ['Printer-friendly version | Send to a friend', 'links standing alone (to other pages)'],
      ['A version of this article appears in print with another headline.', 'a footer (<div class="story-footer">)'],
    ]);
  });

  it('refuses a page whose canonical URL is another article, and accepts the same article under www, AMP or a trailing slash', () => {
    expect(() => sorted('canonical-elsewhere', 'https://www.plains-herald.example/2019/10/15/other-story')).toThrow(
      'the saved page says it is https://www.plains-herald.example/2019/10/15/guards-recount-prisoners/ (<link rel="canonical">), not --url https://www.plains-herald.example/2019/10/15/other-story; nothing was written',
    );
    expect(sorted('canonical-elsewhere', 'https://plains-herald.example/2019/10/15/guards-recount-prisoners/amp').lines.length).toBe(3);
  });
});

describe('outsideItems (the review’s list of lines kept out of the body)', () => {
  it('lists three or more consecutive lines outside the article as one item, and every other line on its own', () => {
    const outside = (line: number, text: string, reason = OUTSIDE_ARTICLE) => ({ line, text, kind: 'furniture' as const, reason });
    expect(
      outsideItems([
        outside(1, 'Home'),
        outside(2, 'World'),
        outside(3, 'Sport'),
        { line: 4, text: 'The headline', kind: 'headline', reason: 'the headline' },
        outside(5, 'A caption', 'a caption (<figcaption>)'),
        outside(7, 'Footer one'),
        outside(8, 'Footer two'),
      ]),
    ).toEqual([
      `lines 1–3: "Home" … "Sport" (3 lines ${OUTSIDE_ARTICLE})`,
      'line 4: "The headline" (headline)',
      'line 5: "A caption" (a caption (<figcaption>))',
      `line 7: "Footer one" (${OUTSIDE_ARTICLE})`,
      `line 8: "Footer two" (${OUTSIDE_ARTICLE})`,
    ]);
  });
});
