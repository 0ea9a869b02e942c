/**
 * schema.org structured data (JSON-LD) for the archive's pages: what each page
 * is about, in the vocabulary search engines and researchers' tools read.
 * Dates keep their precision: schema.org accepts ISO 8601 "2019-10" as well as
 * "2019-10-16".
 */
import type { CollectionPage, NewsArticle, Organization, Person, Place, Thing, WithContext } from 'schema-dts';
import type { PartialDate } from '../content/dates.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import { ENTITY_KIND_TABLE, type EntityKindInfo } from '../content/entity-kinds.ts';

/** A JSON-LD object: a schema.org thing with its @context (types from schema-dts, checked at compile time only). */
export type JsonLd = WithContext<Thing>;

/** A Person, Place or Organization node (not a bare IRI). */
type EntityNode = Exclude<Person | Place | Organization, string>;

/** What the NewsArticle description needs. */
export interface ArticleFacts {
  /** Absolute URL of the archive's page. */
  url: string;
  headline: string;
  /** True when the archive wrote the headline; said in the description. */
  headlineSupplied: boolean;
  /** The archive's summary. */
  summary: string;
  publisher: { name: string; url: string };
  originalUrl: string;
  published: PartialDate;
  /** Language of the archived text. */
  language: string;
  translation?: { method: 'machine' | 'human'; fromLanguage: string } | undefined;
  /** The people, places and organisations it mentions. */
  about: { kind: EntityKind; name: string; url: string }[];
  /** The archive itself, as the publisher of the copy. */
  archive: { name: string; url: string };
}

/** The schema.org type of an entity kind: Person, Place or Organization. */
export function entitySchemaType(kind: EntityKind): EntityKindInfo['schemaType'] {
  return ENTITY_KIND_TABLE[kind].schemaType;
}

/**
 * A NewsArticle for an archived copy: the original's publisher and date,
 * `isBasedOn` the original URL, and for translations `translationOfWork`
 * pointing at the original in its own language.
 */
export function newsArticleJsonLd(facts: ArticleFacts): WithContext<NewsArticle> {
  const original: NewsArticle = { '@type': 'NewsArticle', url: facts.originalUrl, inLanguage: facts.translation?.fromLanguage ?? facts.language };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': facts.url,
    url: facts.url,
    headline: facts.headline,
    description: facts.headlineSupplied ? `${facts.summary} (Headline supplied by the archive.)` : facts.summary,
    datePublished: facts.published.iso,
    inLanguage: facts.language,
    publisher: { '@type': 'Organization', name: facts.publisher.name, url: facts.publisher.url },
    isBasedOn: facts.originalUrl,
    ...(facts.translation ? { translationOfWork: original } : {}),
    about: facts.about.map((entity) => entityNode(entitySchemaType(entity.kind), { name: entity.name, url: entity.url })),
    isPartOf: { '@type': 'WebSite', name: facts.archive.name, url: facts.archive.url },
  };
}

/** A Person, Place (with coordinates) or Organization for an entity page. */
export function entityJsonLd(entity: {
  kind: EntityKind;
  url: string;
  name: string;
  aliases: readonly string[];
  description: string;
  coordinates?: { lat: number; lon: number } | undefined;
}): WithContext<EntityNode> {
  return {
    '@context': 'https://schema.org',
    ...entityNode(entitySchemaType(entity.kind), { '@id': entity.url, url: entity.url }),
    name: entity.name,
    ...(entity.aliases.length > 0 ? { alternateName: [...entity.aliases] } : {}),
    description: entity.description,
    ...(entity.coordinates
      ? { geo: { '@type': 'GeoCoordinates', latitude: entity.coordinates.lat, longitude: entity.coordinates.lon } }
      : {}),
  };
}

/** A CollectionPage for a topic or index page, listing the articles it gathers. */
export function collectionPageJsonLd(page: { url: string; name: string; description: string; articles: { url: string; headline: string }[] }): WithContext<CollectionPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    hasPart: page.articles.map((article) => ({ '@type': 'NewsArticle', url: article.url, headline: article.headline })),
  };
}

/** A Person, Place or Organization node with the given properties, typed as the one its @type says. */
function entityNode(type: EntityKindInfo['schemaType'], properties: { '@id'?: string; name?: string; url: string }): EntityNode {
  if (type === 'Person') return { '@type': 'Person', ...properties };
  if (type === 'Place') return { '@type': 'Place', ...properties };
  return { '@type': 'Organization', ...properties };
}

/**
 * Serialises JSON-LD for a <script type="application/ld+json"> element,
 * escaping "<" so no text in the data can close the element.
 */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
