/**
 * Citable by machines, checked with real consumers of the built pages:
 * Wikimedia's html-metadata (the extractor behind Citoid) reads every
 * article's Highwire `citation_*`, PRISM, Zotero `z.*` (through the
 * extractor's own table of readers, to which a reader of `z.` tags is added)
 * and Dublin Core tags, which must match its front matter; every page kind's JSON-LD is validated against schema.org's
 * definitions (tests/support/schema-org.ts); the feed is read by feedsmith.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, inject, it } from 'vitest';
import { citationSourceOf, citedTitle } from '../../src/lib/citing/citations.ts';
import { sourceKindInfo } from '../../src/lib/citing/source-kinds.ts';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { highwireDate, zoteroExtra } from '../../src/lib/citing/citation-meta.ts';
import { classAndAncestors, schemaOrgProblems } from '../support/schema-org.ts';

/** What html-metadata reads from a page, by vocabulary. */
type Read = Partial<Record<'highwirePress' | 'dublinCore' | 'prism' | 'zotero', Record<string, string | string[]>>> & { jsonLd?: unknown };

/** html-metadata's reader of an HTML string, and its table of vocabulary readers (the package ships no types). */
const htmlMetadata = createRequire(import.meta.url)('html-metadata') as {
  loadFromString(html: string): Promise<Read>;
  metadataFunctions: Record<string, (chtml: CheerioLike) => Promise<Record<string, string | string[]>>>;
};

/** The part of cheerio html-metadata hands its readers. */
type CheerioLike = ((selector: string) => { toArray(): { attribs: Record<string, string | undefined> }[] }) & unknown;

/** Zotero's own `z.*` tags (Zotero's RDF translator reads them), which html-metadata has no reader for: one is added to its table. */
htmlMetadata.metadataFunctions['zotero'] = async (chtml) => {
  const read: Record<string, string | string[]> = {};
  for (const { attribs } of chtml('meta').toArray()) {
    const name = attribs['name'];
    if (!name?.startsWith('z.') || attribs['content'] === undefined) continue;
    const key = name.slice(2);
    const earlier = read[key];
    read[key] = earlier === undefined ? attribs['content'] : [earlier, attribs['content']].flat();
  }
  if (Object.keys(read).length === 0) throw new Error('No z. tags in the page');
  return read;
};

const archive = loadPublishedFromDisk();
const siteDir = inject('siteDir');
const subDir = inject('subPathSiteDir');
const subPath = inject('subPath');
/** The origin the sub-path site was built for (see build-site.global.ts). */
const SUB_ORIGIN = 'https://example.org';

/** A built page's HTML. */
function pageHtml(dir: string, path: string): string {
  return readFileSync(join(dir, path, 'index.html'), 'utf8');
}

/** One value or several, as a list. */
const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('reference managers read every article', () => {
  it.each(archive.articles.map((article) => [article.id, article] as const))(
    '%s: item type, title, short title, authors, date, outlet, the original URL, and the archive and copy',
    async (id, article) => {
      const { data } = article;
      const read = await htmlMetadata.loadFromString(pageHtml(subDir, `articles/${id}`));
      const pageUrl = `${SUB_ORIGIN}${subPath}articles/${id}/`;
      const source = citationSourceOf(id, data, pageUrl);
      const title = citedTitle(source);
      const highwire = read.highwirePress!;
      expect(highwire['title']).toBe(title.text);
      // Only confirmed authors, "Surname, Given", one tag each.
      expect(list(highwire['author'])).toEqual(data.authors.filter((author) => author.confirmed).map((author) => author.name));
      expect(highwire['publication_date']).toBe(highwireDate(data.published));
      // A journal title makes Zotero file any page as a journal article.
      expect(highwire).not.toHaveProperty('journal_title');
      expect(highwire['publisher']).toBe(data.publisher.name);
      expect(highwire['language']).toBe(data.translation?.fromLanguage ?? data.language);
      // The item's URL is the original's; the archive's copy is its archive location.
      expect(highwire['public_url']).toBe(data.originalUrl);
      expect(read.prism).toEqual({ publicationName: data.publisher.name });
      expect(read.zotero).toEqual({
        itemType: sourceKindInfo(data.sourceKind).zoteroType,
        shortTitle: title.text,
        archive: 'Northeast Syria Detainee Escapes Archive',
        archiveLocation: pageUrl,
        extra: zoteroExtra(source),
      });
      const dc = read.dublinCore!;
      expect(dc['title']).toBe(data.headline);
      expect(dc['date']).toBe(data.published.iso);
      expect(dc['publisher']).toBe(data.publisher.name);
      expect(dc['language']).toBe(data.language);
      expect(dc['source']).toBe(data.originalUrl);
      if (data.translation)
        expect(dc['description']).toMatch(new RegExp(`^English ${data.translation.method} translation of an article published in `));
      else expect(dc['description']).toBeUndefined();
    },
  );

  it('the real articles: El Mundo is a newspaper article, the Leiden University item a web page, and no short title is cut at a colon', async () => {
    const types = new Map<string, unknown>();
    for (const article of archive.articles) {
      const read = await htmlMetadata.loadFromString(pageHtml(subDir, `articles/${article.id}`));
      types.set(article.data.publisher.name, read.zotero?.['itemType']);
      const short = String(read.zotero?.['shortTitle']);
      // Zotero's own rule cuts at the first colon; the tag must carry the whole title, brackets balanced.
      expect(short).toBe(read.highwirePress!['title']);
      expect(short.split('[').length).toBe(short.split(']').length);
    }
    expect(Object.fromEntries(types)).toMatchObject({ 'El Mundo': 'newspaperArticle', 'Leiden University': 'webpage' });
  });
});

describe('pages that are not articles carry their own date for reference managers', () => {
  const archivedDays = new Set(archive.articles.map((article) => article.data.archived.iso));
  it.each([
    '',
    'topics/is-detainees-and-camps',
    'places/al-hol',
    'people/edwin-bakker',
    `events/${archive.events[0]!.id}`,
    'timeline/2019',
  ])('"/%s": one DC.date, the day the archive last copied an article it shows, not a date from its text', async (path) => {
    const html = pageHtml(subDir, path);
    expect(html.match(/<meta name="DC\.date"/g)).toHaveLength(1);
    const { dublinCore } = await htmlMetadata.loadFromString(html);
    expect(archivedDays).toContain(dublinCore?.['date']);
  });
});

/** One page of each kind, with the type its JSON-LD must have and the properties it must carry. */
const PAGE_KINDS: [path: string, type: string, required: string[]][] = [
  ['', 'WebSite', ['name', 'url', 'potentialAction']],
  [
    `articles/${archive.articles.find((article) => article.data.sourceKind === 'news-article')!.id}`,
    'NewsArticle',
    ['headline', 'datePublished', 'dateModified', 'publisher', 'mainEntityOfPage', 'isBasedOn', 'inLanguage', 'url'],
  ],
  [
    `articles/${archive.articles.find((article) => article.data.sourceKind === 'web-page')!.id}`,
    'WebPage',
    ['headline', 'datePublished', 'dateModified', 'publisher', 'mainEntityOfPage', 'isBasedOn', 'inLanguage', 'url'],
  ],
  [`events/${archive.events[0]!.id}`, 'Event', ['name', 'startDate', 'url', 'subjectOf']],
  [
    `timeline/${readdirSync(join(siteDir, 'timeline')).find((name) => /^\d{4}$/.test(name))}`,
    'ItemList',
    ['itemListElement', 'numberOfItems', 'url'],
  ],
  ['places/al-hol', 'Place', ['name', 'geo', 'url']],
  ['people/edwin-bakker', 'Person', ['name', 'url']],
  ['organisations/islamic-state', 'Organization', ['name', 'url']],
  ['topics/is-detainees-and-camps', 'CollectionPage', ['name', 'hasPart', 'url']],
];

describe('structured data is valid schema.org on every kind of page', () => {
  it.each(PAGE_KINDS)('"%s" is a %s with its required properties, every type and property in schema.org', async (path, type, required) => {
    const { jsonLd } = await htmlMetadata.loadFromString(pageHtml(siteDir, path));
    const node = jsonLd as Record<string, unknown>;
    expect(node['@context']).toBe('https://schema.org');
    expect(node['@type']).toBe(type);
    for (const property of required) expect(node, property).toHaveProperty(property);
    expect(schemaOrgProblems(node)).toEqual([]);
  });

  it('every article, event and timeline year page has JSON-LD, and it validates', () => {
    const problems: string[] = [];
    for (const folder of ['articles', 'events', 'timeline']) {
      for (const name of readdirSync(join(siteDir, folder), { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.endsWith('index.html'),
      )) {
        const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readFileSync(join(siteDir, folder, name), 'utf8'));
        // The timeline's own index lists years, not entries.
        if (name === 'index.html') continue;
        if (script) problems.push(...schemaOrgProblems(JSON.parse(script[1]!)).map((problem) => `${folder}/${name}: ${problem}`));
        else problems.push(`${folder}/${name}: no JSON-LD`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the validator catches a wrong type, an unknown property and a value of the wrong class', () => {
    expect(schemaOrgProblems({ '@type': 'NewsArticel' })).toEqual(['$: NewsArticel is not a schema.org class']);
    expect(schemaOrgProblems({ '@type': 'Event', headline: 'x' })).toEqual(['$: headline is not a property of Event']);
    expect(schemaOrgProblems({ '@type': 'NewsArticle', publisher: { '@type': 'Place', name: 'x' } })[0]).toMatch(
      /a Place where NewsArticle.publisher takes/,
    );
    expect(classAndAncestors('NewsArticle')).toEqual(expect.arrayContaining(['Article', 'CreativeWork', 'Thing']));
  });

  it("the home page's SearchAction points at the search page with the query", async () => {
    const { jsonLd } = await htmlMetadata.loadFromString(pageHtml(subDir, ''));
    const action = (jsonLd as { potentialAction: { target: { urlTemplate: string }; 'query-input': string } }).potentialAction;
    expect(action.target.urlTemplate).toBe(`${SUB_ORIGIN}${subPath}search/?q={search_term_string}`);
    expect(action['query-input']).toBe('required name=search_term_string');
  });
});

describe('every link from an article to its original is a Robust Link', () => {
  it.each(archive.articles.map((article) => [article.id, article] as const))('%s', (id, { data }) => {
    const html = pageHtml(siteDir, `articles/${id}`);
    const links = [...html.matchAll(/<a\b[^>]*>/g)].map((match) => match[0]).filter((tag) => tag.includes(`href="${data.originalUrl}"`));
    // The line under the headline, the translation notice when there is one, and the provenance list.
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const link of links) {
      expect(link).toContain(`data-originalurl="${data.originalUrl}"`);
      expect(link).toContain(`data-versiondate="${data.archived.iso}"`);
      // A snapshot's address only where one is known: none is invented.
      if (data.snapshots.length === 0) expect(link).not.toContain('data-versionurl');
      else expect(link).toMatch(/data-versionurl="https?:\/\/[^"]+"/);
    }
  });
});

describe('the citation files of every article, as built, read by citation-js', () => {
  it.each(archive.articles.map((article) => [article.id, article] as const))('%s: RIS, BibTeX and CSL-JSON', (id, { data }) => {
    const folder = join(subDir, 'articles', id);
    const pageUrl = `${SUB_ORIGIN}${subPath}articles/${id}/`;
    const html = pageHtml(subDir, `articles/${id}`);
    const [csl] = new Cite(JSON.parse(readFileSync(join(folder, 'citation.json'), 'utf8'))).data;
    expect(csl).toMatchObject({ type: sourceKindInfo(data.sourceKind).cslType, URL: data.originalUrl, archive_location: pageUrl });
    const [bib] = new Cite(readFileSync(join(folder, 'citation.bib'), 'utf8')).data;
    expect(bib).toMatchObject({ URL: data.originalUrl, note: expect.stringContaining(pageUrl) as unknown });
    const [ris] = plugins.input.chainLink(readFileSync(join(folder, 'citation.ris'), 'utf8')) as Record<string, unknown>[];
    expect(ris).toMatchObject({ UR: data.originalUrl, AN: pageUrl, DB: 'Northeast Syria Detainee Escapes Archive' });
    // "Cite this" links all three, under the base path.
    for (const name of ['citation.ris', 'citation.bib', 'citation.json']) expect(html).toContain(`href="${subPath}articles/${id}/${name}"`);
  });
});

describe('the fixity manifest', () => {
  it('gives every article the SHA-256 of its capture and of its Markdown copy, as the files are, and its page shows the capture hash', () => {
    const readData = (path: string) => JSON.parse(readFileSync(join(subDir, 'data', path), 'utf8')) as unknown;
    // Every page the catalogue lists, as a reuser would fetch them.
    const { fixity } = readData('index.json') as { fixity: { pages: string[] } };
    const manifest = {
      articles: fixity.pages.flatMap(
        (url) =>
          (
            readData(new URL(url).pathname.slice(`${subPath}data/`.length)) as {
              articles: {
                id: string;
                url: string;
                archived: string;
                capture: { file: string; sha256: string };
                copy: { file: string; sha256: string };
              }[];
            }
          ).articles,
      ),
    };
    const sha256 = (file: string) =>
      createHash('sha256')
        .update(readFileSync(join('content', file)))
        .digest('hex');
    expect(manifest.articles.map((entry) => entry.id)).toEqual(archive.articles.map((article) => article.id).sort());
    for (const entry of manifest.articles) {
      const { data } = archive.articles.find((article) => article.id === entry.id)!;
      expect(entry.url).toBe(`${SUB_ORIGIN}${subPath}articles/${entry.id}/`);
      expect(entry.archived).toBe(data.archived.iso);
      expect(entry.capture).toEqual({ file: data.capture.file, sha256: sha256(data.capture.file) });
      expect(entry.copy).toEqual({ file: `articles/${entry.id}.md`, sha256: sha256(`articles/${entry.id}.md`) });
      expect(pageHtml(subDir, `articles/${entry.id}`)).toContain(`<code class="fixity">${entry.capture.sha256}</code>`);
    }
  });
  // Same content, same bytes: tests/quality/reproducibility.test.ts compares two clean builds file by file.
});

describe('the feed, read by a feed parser', () => {
  it('says its language, when it last changed and its own address, and each item its publisher and named authors', () => {
    const feed = parseRssFeed(readFileSync(join(subDir, 'rss.xml'), 'utf8'));
    expect(feed.language).toBe('en');
    const newestArchived = archive.articles
      .map((article) => article.data.archived.iso)
      .sort()
      .at(-1)!;
    expect(feed.lastBuildDate).toBe(new Date(`${newestArchived}T00:00:00Z`).toUTCString());
    expect(feed.atom?.links).toEqual([
      expect.objectContaining({ href: `${SUB_ORIGIN}${subPath}rss.xml`, rel: 'self', type: 'application/rss+xml' }),
    ]);
    expect(feed.items?.length).toBeGreaterThan(0);
    for (const item of feed.items ?? []) {
      const article = archive.articles.find((candidate) => item.link?.endsWith(`/articles/${candidate.id}/`))!;
      expect(item.dc?.publishers).toEqual([article.data.publisher.name]);
      expect(item.dc?.creators ?? []).toEqual(article.data.authors.filter((author) => author.confirmed).map((author) => author.name));
    }
  });
});
