/**
 * Citable by machines, checked with real consumers of the built pages:
 * Wikimedia's html-metadata (the extractor behind Citoid) reads every
 * article's Highwire `citation_*` and Dublin Core tags, which must match its
 * front matter; every page kind's JSON-LD is validated against schema.org's
 * definitions (tests/support/schema-org.ts); the feed is read by feedsmith.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, inject, it } from 'vitest';
import { citedTitle } from '../../src/lib/citing/citations.ts';
import { loadPublishedFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { highwireDate } from '../../src/lib/citing/citation-meta.ts';
import { classAndAncestors, schemaOrgProblems } from '../support/schema-org.ts';

/** html-metadata's reader of an HTML string (the package ships no types). */
const htmlMetadata = createRequire(import.meta.url)('html-metadata') as {
  loadFromString(
    html: string,
  ): Promise<{ highwirePress?: Record<string, string | string[]>; dublinCore?: Record<string, string | string[]>; jsonLd?: unknown }>;
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
    '%s: title, authors, date, publisher, language and URLs',
    async (id, article) => {
      const { data } = article;
      const read = await htmlMetadata.loadFromString(pageHtml(subDir, `articles/${id}`));
      const pageUrl = `${SUB_ORIGIN}${subPath}articles/${id}/`;
      const title = citedTitle({ ...data, id, publisher: data.publisher.name, archiveUrl: pageUrl });
      const highwire = read.highwirePress!;
      expect(highwire['title']).toBe(title.text);
      expect(list(highwire['author'])).toEqual(data.translation?.originalAuthors ?? []);
      expect(highwire['publication_date']).toBe(highwireDate(data.published));
      expect(highwire['journal_title']).toBe(data.publisher.name);
      expect(highwire['publisher']).toBe(data.publisher.name);
      expect(highwire['language']).toBe(data.translation?.fromLanguage ?? data.language);
      expect(highwire['public_url']).toBe(pageUrl);
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
});

/** One page of each kind, with the type its JSON-LD must have and the properties it must carry. */
const PAGE_KINDS: [path: string, type: string, required: string[]][] = [
  ['', 'WebSite', ['name', 'url', 'potentialAction']],
  [
    `articles/${archive.articles[0]!.id}`,
    'NewsArticle',
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
      expect(item.dc?.creators ?? []).toEqual(article.data.translation?.originalAuthors ?? []);
    }
  });
});
