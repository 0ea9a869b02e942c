import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../src/lib/content/dates.ts';
import { ENTITY_KINDS } from '../../src/lib/content/entity-kinds.ts';
import { collectionPageJsonLd, entityJsonLd, entitySchemaType, newsArticleJsonLd, serialiseJsonLd, type ArticleFacts } from '../../src/lib/citing/structured-data.ts';

const facts: ArticleFacts = {
  url: 'https://archive.example/articles/a/',
  headline: 'A headline',
  headlineSupplied: true,
  summary: 'What it says.',
  publisher: { name: 'A Publisher', url: 'https://publisher.example/' },
  originalUrl: 'https://publisher.example/a',
  published: toPartialDate('2019-10'),
  language: 'en',
  translation: { method: 'machine', fromLanguage: 'es' },
  about: [
    { kind: 'place', name: 'A camp', url: 'https://archive.example/places/camp/' },
    { kind: 'organisation', name: 'A force', url: 'https://archive.example/organisations/force/' },
  ],
  archive: { name: 'The archive', url: 'https://archive.example/' },
};

describe('newsArticleJsonLd', () => {
  it('describes the copy as based on the original, a translation of it in its own language, dated at its precision', () => {
    const data = newsArticleJsonLd(facts) as unknown as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      '@id': facts.url,
      datePublished: '2019-10',
      isBasedOn: facts.originalUrl,
      translationOfWork: { '@type': 'NewsArticle', url: facts.originalUrl, inLanguage: 'es' },
      description: 'What it says. (Headline supplied by the archive.)',
      about: [
        { '@type': 'Place', name: 'A camp' },
        { '@type': 'Organization', name: 'A force' },
      ],
    });
  });

  it('claims no translation for an article in its own language', () => {
    const data = newsArticleJsonLd({ ...facts, translation: undefined, headlineSupplied: false }) as unknown as Record<string, unknown>;
    expect(data).not.toHaveProperty('translationOfWork');
    expect(data['description']).toBe('What it says.');
  });
});

describe('entityJsonLd', () => {
  it('gives each kind its schema.org type, places their coordinates, and aliases only when there are some', () => {
    expect(ENTITY_KINDS.map(entitySchemaType)).toEqual(['Person', 'Place', 'Organization']);
    const place = entityJsonLd({ kind: 'place', url: 'u', name: 'A camp', aliases: ['Camp'], description: 'd', coordinates: { lat: 36.4, lon: 38.9 } });
    expect(place).toMatchObject({ '@type': 'Place', alternateName: ['Camp'], geo: { '@type': 'GeoCoordinates', latitude: 36.4, longitude: 38.9 } });
    const person = entityJsonLd({ kind: 'person', url: 'u', name: 'Someone', aliases: [], description: 'd' });
    expect(person).not.toHaveProperty('alternateName');
    expect(person).not.toHaveProperty('geo');
  });
});

describe('collectionPageJsonLd and serialiseJsonLd', () => {
  it('lists the articles and cannot close its script element', () => {
    const data = collectionPageJsonLd({ url: 'u', name: 'Topic </script><script>', description: 'd', articles: [{ url: 'a', headline: 'h' }] });
    expect(data).toMatchObject({ '@type': 'CollectionPage', hasPart: [{ '@type': 'NewsArticle', url: 'a', headline: 'h' }] });
    const text = serialiseJsonLd(data);
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(data);
  });
});
