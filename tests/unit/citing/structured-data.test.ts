import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../../src/lib/core/dates.ts';
import { ENTITY_KINDS } from '../../../src/lib/content/entity-kinds.ts';
import {
  authorNode,
  collectionPageJsonLd,
  entityJsonLd,
  entitySchemaType,
  eventJsonLd,
  articleJsonLd,
  serialiseJsonLd,
  timelineJsonLd,
  webSiteJsonLd,
  type ArticleFacts,
} from '../../../src/lib/citing/structured-data.ts';

const facts: ArticleFacts = {
  url: 'https://archive.example/articles/a/',
  headline: 'A headline',
  headlineSupplied: true,
  summary: 'What it says.',
  publisher: { name: 'A Publisher', url: 'https://publisher.example/' },
  originalUrl: 'https://publisher.example/a',
  published: toPartialDate('2019-10'),
  archived: toPartialDate('2024-05-02'),
  language: 'en',
  translation: { method: 'machine', fromLanguage: 'es' },
  kind: 'news-article',
  authors: ['García, Ana'],
  about: [
    { kind: 'place', name: 'A camp', url: 'https://archive.example/places/camp/' },
    { kind: 'organisation', name: 'A force', url: 'https://archive.example/organisations/force/' },
  ],
  archive: { name: 'The archive', url: 'https://archive.example/' },
};

describe('articleJsonLd', () => {
  it('describes the copy as based on the original, a translation of it in its own language, dated at its precision', () => {
    const data = articleJsonLd(facts) as unknown as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      '@id': facts.url,
      datePublished: '2019-10',
      dateModified: '2024-05-02',
      mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
      author: [{ '@type': 'Person', name: 'Ana García', givenName: 'Ana', familyName: 'García' }],
      isBasedOn: {
        '@type': 'NewsArticle',
        url: facts.originalUrl,
        inLanguage: 'es',
        datePublished: '2019-10',
        publisher: { '@type': 'Organization', name: 'A Publisher' },
        author: [{ '@type': 'Person', name: 'Ana García' }],
        archivedAt: facts.url,
      },
      translationOfWork: { '@type': 'NewsArticle', url: facts.originalUrl, inLanguage: 'es' },
      description: 'What it says. (Headline supplied by the archive.)',
      about: [
        { '@type': 'Place', name: 'A camp' },
        { '@type': 'Organization', name: 'A force' },
      ],
    });
  });

  it('claims no translation for an article in its own language', () => {
    const data = articleJsonLd({ ...facts, translation: undefined, headlineSupplied: false, authors: [] }) as unknown as Record<
      string,
      unknown
    >;
    expect(data).not.toHaveProperty('translationOfWork');
    expect(data['description']).toBe('What it says.');
    // No author is claimed where the source names none.
    expect(data).not.toHaveProperty('author');
    expect(data['isBasedOn']).not.toHaveProperty('author');
  });
});

describe('articleJsonLd types the page and the original by the source kind', () => {
  it('NewsArticle, WebPage, Article, Report, Article, SocialMediaPosting', () => {
    const kinds = ['news-article', 'web-page', 'press-release', 'report', 'broadcast-transcript', 'social-media-post'] as const;
    const types = kinds.map((kind) => {
      const data = articleJsonLd({ ...facts, kind }) as unknown as { '@type': string; isBasedOn: { '@type': string } };
      expect(data.isBasedOn['@type']).toBe(data['@type']);
      return data['@type'];
    });
    expect(types).toEqual(['NewsArticle', 'WebPage', 'Article', 'Report', 'Article', 'SocialMediaPosting']);
  });
});

describe('entityJsonLd', () => {
  it('gives each kind its schema.org type, places their coordinates, and aliases only when there are some', () => {
    expect(ENTITY_KINDS.map(entitySchemaType)).toEqual(['Person', 'Place', 'Organization']);
    const place = entityJsonLd({
      kind: 'place',
      url: 'u',
      name: 'A camp',
      aliases: ['Camp'],
      description: 'd',
      coordinates: { lat: 36.4, lon: 38.9 },
    });
    expect(place).toMatchObject({
      '@type': 'Place',
      alternateName: ['Camp'],
      geo: { '@type': 'GeoCoordinates', latitude: 36.4, longitude: 38.9 },
    });
    const person = entityJsonLd({ kind: 'person', url: 'u', name: 'Someone', aliases: [], description: 'd' });
    expect(person).not.toHaveProperty('alternateName');
    expect(person).not.toHaveProperty('geo');
  });
});

describe('collectionPageJsonLd and serialiseJsonLd', () => {
  it('lists the articles and cannot close its script element', () => {
    const data = collectionPageJsonLd({
      url: 'u',
      name: 'Topic </script><script>',
      description: 'd',
      articles: [{ url: 'a', headline: 'h' }],
    });
    expect(data).toMatchObject({ '@type': 'CollectionPage', hasPart: [{ '@type': 'NewsArticle', url: 'a', headline: 'h' }] });
    const text = serialiseJsonLd(data);
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('authorNode', () => {
  it('turns "Surname, Given" into a Person, and keeps a name without a comma whole', () => {
    expect(authorNode('García López, Ana María')).toEqual({
      '@type': 'Person',
      name: 'Ana María García López',
      givenName: 'Ana María',
      familyName: 'García López',
    });
    expect(authorNode('Reuters staff')).toEqual({ '@type': 'Person', name: 'Reuters staff' });
  });
});

describe('webSiteJsonLd', () => {
  it('offers a SearchAction on the search page, and refuses a template without the query', () => {
    const site = {
      url: 'https://a.example/',
      name: 'A',
      description: 'd',
      language: 'en',
      searchUrlTemplate: 'https://a.example/search/?q={search_term_string}',
    };
    expect(webSiteJsonLd(site)).toMatchObject({
      '@type': 'WebSite',
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: site.searchUrlTemplate },
        'query-input': 'required name=search_term_string',
      },
    });
    expect(() => webSiteJsonLd({ ...site, searchUrlTemplate: 'https://a.example/search/' })).toThrow(/search_term_string/);
  });
});

describe('eventJsonLd', () => {
  it('dates the event at its precision, places it where known, and names the articles reporting it', () => {
    const event = eventJsonLd({
      url: 'https://a.example/events/e/',
      name: 'An escape',
      date: toPartialDate('2019-10-13'),
      endDate: toPartialDate('2019-10'),
      places: [{ name: 'A camp', url: 'https://a.example/places/camp/' }],
      actors: [{ kind: 'organisation', name: 'A force', url: 'https://a.example/organisations/force/' }],
      sources: [{ url: 'https://a.example/articles/a/', headline: 'H' }],
    });
    expect(event).toMatchObject({
      '@type': 'Event',
      startDate: '2019-10-13',
      endDate: '2019-10',
      location: [{ '@type': 'Place', name: 'A camp' }],
      about: [{ '@type': 'Organization', name: 'A force' }],
      subjectOf: [{ '@type': 'NewsArticle', url: 'https://a.example/articles/a/' }],
    });
    const nowhere = eventJsonLd({ url: 'u', name: 'n', date: toPartialDate('2019'), places: [], actors: [], sources: [] });
    expect(nowhere).not.toHaveProperty('location');
    expect(nowhere).not.toHaveProperty('endDate');
  });
});

describe('timelineJsonLd', () => {
  it('lists the entries in order, events as Events and publications as NewsArticles', () => {
    const list = timelineJsonLd({
      url: 'u',
      name: 'Timeline: 2019',
      items: [
        { kind: 'event', url: 'e', name: 'An escape', date: toPartialDate('2019-10-13') },
        { kind: 'article', url: 'a', name: 'A headline', date: toPartialDate('2019-10') },
      ],
    });
    expect(list).toMatchObject({
      '@type': 'ItemList',
      numberOfItems: 2,
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: { '@type': 'Event', url: 'e', startDate: '2019-10-13' } },
        { '@type': 'ListItem', position: 2, item: { '@type': 'NewsArticle', url: 'a', headline: 'A headline', datePublished: '2019-10' } },
      ],
    });
  });
});
