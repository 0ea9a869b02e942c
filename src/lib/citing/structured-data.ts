/**
 * schema.org structured data (JSON-LD) for the archive's pages: what each page
 * is about, in the vocabulary search engines and researchers' tools read.
 * Dates keep their precision: schema.org accepts ISO 8601 "2019-10" as well as
 * "2019-10-16".
 */
import type {
  CollectionPage,
  CreativeWork,
  Event,
  ItemList,
  ListItem,
  Organization,
  Person,
  Place,
  Thing,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { PartialDate } from '../core/dates.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import { ENTITY_KIND_TABLE, type EntityKindInfo } from '../content/entity-kinds.ts';
import type { SourceKind } from '../../schemas/article.ts';
import { sourceKindInfo } from './source-kinds.ts';

/** A JSON-LD object: a schema.org thing with its @context (types from schema-dts, checked at compile time only). */
export type JsonLd = WithContext<Thing>;

/** A Person, Place or Organization node (not a bare IRI). */
type EntityNode = Exclude<Person | Place | Organization, string>;

/** What an article page's description needs. */
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
  /** The day the archive made its copy: the copy's dateModified. */
  archived: PartialDate;
  /** Language of the archived text. */
  language: string;
  translation?: { method: 'machine' | 'human'; fromLanguage: string } | undefined;
  /** What kind of publication the original is: its schema.org type, and the page's. */
  kind: SourceKind;
  /** The original's confirmed authors, each "Surname, Given". */
  authors: readonly string[];
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
 * A person named "Surname, Given" (as the archive records authors) as a
 * schema.org Person: "Given Surname", with both parts. A name without a comma
 * is kept whole.
 */
export function authorNode(recorded: string): Exclude<Person, string> {
  const comma = recorded.indexOf(',');
  if (comma < 0) return { '@type': 'Person', name: recorded.trim() };
  const familyName = recorded.slice(0, comma).trim();
  const givenName = recorded.slice(comma + 1).trim();
  return { '@type': 'Person', name: `${givenName} ${familyName}`, givenName, familyName };
}

/**
 * The JSON-LD of an archived copy, typed by the original's kind (a
 * NewsArticle, WebPage, Report, SocialMediaPosting or Article): the page is
 * its main entity; the original's publisher and date, `dateModified` the day
 * the archive copied it; `isBasedOn` the original (with its authors where
 * the source names them, and `archivedAt` this page); for translations
 * `translationOfWork` the original in its own language.
 */
export function articleJsonLd(facts: ArticleFacts): WithContext<CreativeWork> {
  const type = sourceKindInfo(facts.kind).schemaType;
  const authors = facts.authors.map(authorNode);
  const publisher: Exclude<Organization, string> = { '@type': 'Organization', name: facts.publisher.name, url: facts.publisher.url };
  const original = {
    '@type': type,
    url: facts.originalUrl,
    inLanguage: facts.translation?.fromLanguage ?? facts.language,
    publisher,
    datePublished: facts.published.iso,
    ...(authors.length > 0 ? { author: authors } : {}),
    archivedAt: facts.url,
  } as Exclude<CreativeWork, string>;
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': facts.url,
    url: facts.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    headline: facts.headline,
    description: facts.headlineSupplied ? `${facts.summary} (Headline supplied by the archive.)` : facts.summary,
    datePublished: facts.published.iso,
    dateModified: facts.archived.iso,
    inLanguage: facts.language,
    ...(authors.length > 0 ? { author: authors } : {}),
    publisher,
    isBasedOn: original,
    ...(facts.translation
      ? {
          translationOfWork: { '@type': type, url: facts.originalUrl, inLanguage: facts.translation.fromLanguage } as Exclude<
            CreativeWork,
            string
          >,
        }
      : {}),
    about: facts.about.map((entity) => entityNode(entitySchemaType(entity.kind), { name: entity.name, url: entity.url })),
    isPartOf: { '@type': 'WebSite', name: facts.archive.name, url: facts.archive.url },
  } as WithContext<CreativeWork>;
}

/**
 * The home page's WebSite, with a SearchAction that tells search engines
 * how to search it: the search page with `?q=` (src/lib/search/search-state.ts).
 */
export function webSiteJsonLd(site: {
  url: string;
  name: string;
  description: string;
  language: string;
  searchUrlTemplate: string;
}): WithContext<WebSite> {
  if (!site.searchUrlTemplate.includes('{search_term_string}')) throw new Error('the search URL template needs {search_term_string}');
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': site.url,
    url: site.url,
    name: site.name,
    description: site.description,
    inLanguage: site.language,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: site.searchUrlTemplate },
      // schema.org's form for the input the template takes; schema-dts does not type it.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

/** What an Event description needs: the event's facts and absolute URLs. */
export interface EventFacts {
  /** Absolute URL of the event's page. */
  url: string;
  /** The event's title. */
  name: string;
  /** When it happened, at the precision known. */
  date: PartialDate;
  endDate?: PartialDate | undefined;
  /** The places it happened at, when known. */
  places: { name: string; url: string }[];
  /** The people and organisations it concerns. */
  actors: { kind: EntityKind; name: string; url: string }[];
  /** The archived articles it is drawn from. */
  sources: { url: string; headline: string }[];
}

/**
 * An Event: its dates at the precision known, where (when known), whom it
 * concerns, and the archived articles that report it (`subjectOf`).
 */
export function eventJsonLd(event: EventFacts): WithContext<Event> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': event.url,
    url: event.url,
    name: event.name,
    startDate: event.date.iso,
    ...(event.endDate ? { endDate: event.endDate.iso } : {}),
    ...(event.places.length > 0
      ? { location: event.places.map((place) => ({ '@type': 'Place' as const, name: place.name, url: place.url })) }
      : {}),
    ...(event.actors.length > 0
      ? { about: event.actors.map((actor) => entityNode(entitySchemaType(actor.kind), { name: actor.name, url: actor.url })) }
      : {}),
    subjectOf: event.sources.map((source) => ({ '@type': 'NewsArticle', url: source.url, headline: source.headline })),
  };
}

/** One entry of a timeline page: an event or an article's publication. */
export type TimelineItem =
  { kind: 'event'; url: string; name: string; date: PartialDate } | { kind: 'article'; url: string; name: string; date: PartialDate };

/** An ItemList of a timeline page's entries, in the page's order: Events and NewsArticles with their dates. */
export function timelineJsonLd(page: { url: string; name: string; items: readonly TimelineItem[] }): WithContext<ItemList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    '@id': page.url,
    url: page.url,
    name: page.name,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: page.items.length,
    itemListElement: page.items.map((item, index): ListItem => ({
      '@type': 'ListItem',
      position: index + 1,
      item:
        item.kind === 'event'
          ? { '@type': 'Event', url: item.url, name: item.name, startDate: item.date.iso }
          : { '@type': 'NewsArticle', url: item.url, headline: item.name, datePublished: item.date.iso },
    })),
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
export function collectionPageJsonLd(page: {
  url: string;
  name: string;
  description: string;
  articles: { url: string; headline: string }[];
}): WithContext<CollectionPage> {
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
