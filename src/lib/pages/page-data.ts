/**
 * The data each page shows, chosen from the archive by the selections in
 * `selections.ts` and `figures.ts`: a page calls one of these and hands the
 * result to its components as props, so no component loads the archive and
 * no page holds selection logic.
 */
import type { CollectionEntry } from 'astro:content';
import { getArchive, namesOf, type Archive, type ArchiveArticle } from './archive.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import { ENTITY_KINDS } from '../content/entity-kinds.ts';
import { figureView, type FigureView } from '../content/figures.ts';
import {
  entitiesNamedIn,
  entityContents,
  mostMentioned,
  relatedTopics,
  timelineEntries,
  topicContents,
  withArticles,
  type QuotedMention,
} from './selections.ts';
import { aliasKeywords } from '../search/search-terms.ts';
import { settings } from '../../settings.ts';
import { pagedTitle, pageParam, paginate } from './pagination.ts';
import { timelineAnchor } from '../urls/anchors.ts';
import { paginateTimeline } from '../timeline/timeline-pages.ts';
import { relatedFinder } from './related.ts';
import { locatorMaps } from '../maps/locator-map-cache.ts';
import type { LocatorMapContent } from '../maps/map.ts';
import { withCacheKeys } from './cache-keys.ts';
import { absoluteUrl, articleUrl, entitiesUrl, entityUrl, eventUrl, homeUrl, searchUrl, timelineUrl, topicUrl } from '../urls/urls.ts';
import { collectionPageJsonLd, entityJsonLd, timelineJsonLd, webSiteJsonLd, type TimelineItem } from '../citing/structured-data.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../consts.ts';
import { whereNamed, whyListed, type NamedIn } from './entity-presence.ts';
import { entryNames } from '../search/text-names.ts';

/** A figure of the archive with its claims' articles and speakers, its entities and topics looked up. */
export type ArchiveFigureView = FigureView<
  CollectionEntry<'figures'>,
  ArchiveArticle,
  CollectionEntry<'entities'>,
  CollectionEntry<'topics'>
>;

/** A paragraph that mentions an entity, with its article. */
export type ArchiveMention = QuotedMention<ArchiveArticle>;

/** Looks up what one figure of the archive refers to. */
function archiveFigureView(archive: Archive, figure: CollectionEntry<'figures'>): ArchiveFigureView {
  return figureView(figure, archive);
}

/** An article that lists an entity though no paragraph of its text names it, and where it does name it. */
export interface NamedOutsideText {
  article: ArchiveArticle;
  where: NamedIn;
}

/** For each entity, the articles that list it without naming it in a paragraph, worked out once per archive. */
const outsideText = new WeakMap<Archive, Map<string, NamedOutsideText[]>>();

/**
 * The articles that list each entity in their front matter though no
 * paragraph names it (the name is in the headline or the provenance, or the
 * archive filed it there), so its page and the index can say why it is here.
 */
function namedOutsideText(archive: Archive): Map<string, NamedOutsideText[]> {
  if (!outsideText.has(archive)) {
    const byEntity = new Map<string, NamedOutsideText[]>();
    const mentioned = new Map(
      [...archive.mentionsByEntity].map(([id, mentions]) => [id, new Set(mentions.map((mention) => mention.articleId))]),
    );
    for (const article of archive.articles) {
      for (const id of article.data.entities) {
        const entity = archive.entitiesById.get(id);
        if (!entity || mentioned.get(id)?.has(article.id)) continue;
        const where = whereNamed(entity.id, entryNames(archive.entities), {
          headline: article.data.headline,
          publisher: article.data.publisher.name,
          reports: article.data.reports.map((work) => work.publisher),
          summary: article.data.summary,
        });
        if (!byEntity.has(id)) byEntity.set(id, []);
        byEntity.get(id)!.push({ article, where });
      }
    }
    outsideText.set(archive, byEntity);
  }
  return outsideText.get(archive)!;
}

/** An entity's page data: what `EntityPage` shows, chosen from the archive, with its JSON-LD and search tokens. */
function entityPageData(archive: Archive, entity: CollectionEntry<'entities'>) {
  const mentions = archive.mentionsByEntity.get(entity.id) ?? [];
  const { events, figures } = entityContents(archive, entity.id);
  return {
    entity,
    jsonLd: entityJsonLd({ ...entity.data, url: absoluteUrl(entityUrl(entity.data.kind, entity.id), settings().siteUrl) }),
    // Its names in every spelling, so the page is found by any of them.
    searchNames: aliasKeywords([namesOf(entity)]),
    namedOutsideText: namedOutsideText(archive).get(entity.id) ?? [],
    mentions: withArticles(mentions, archive.articlesById),
    events,
    figures: figures.map((figure) => archiveFigureView(archive, figure)),
    relatedTopics: relatedTopics(mentions, archive.articlesById).map(({ id, count }) => ({ topic: archive.topicsById.get(id)!, count })),
  };
}

/** How many names a topic page lists as most mentioned. */
const MOST_MENTIONED = 12;

/** A topic page's data: its articles, events and figures, and the names its articles mention most. */
function topicPageData(archive: Archive, topic: CollectionEntry<'topics'>) {
  const { articles, events, figures } = topicContents(archive, topic.id);
  return {
    topic,
    articles,
    events,
    figures: figures.map((figure) => archiveFigureView(archive, figure)),
    topEntities: mostMentioned(
      archive.mentionsByEntity,
      articles.map((article) => article.id),
      MOST_MENTIONED,
    ).map(({ id, count }) => ({
      entity: archive.entitiesById.get(id)!,
      count,
    })),
    // The description is indexed text: a name in it finds the topic in any spelling.
    searchTokens: aliasKeywords(entitiesNamedIn(topic.data.description, archive.entities, entryNames(archive.entities)).map(namesOf)),
  };
}

/** The timeline's entries, every event's places, actors and cited articles looked up (`paginateTimeline` orders and groups them). */
function timelineData(archive: Archive) {
  return timelineEntries(archive.events, archive.articles).map((entry) =>
    entry.kind === 'event'
      ? {
          ...entry,
          who: [...entry.event.data.places, ...entry.event.data.actors].map((id) => archive.entitiesById.get(id)!),
          sources: entry.event.data.sources.map((source) => ({ ...source, article: archive.articlesById.get(source.article)! })),
        }
      : entry,
  );
}

/** How many events a topic or entity page lists before pointing to the timeline for the rest. */
const EVENTS_SHOWN = 10;

/** The page sizes, read and checked once per build (src/settings.ts). */
const sizes = () => settings().pageSizes;

/** How many places and key figures the home page offers as ways in. */
const WAYS_IN = { places: 6, figures: 3 };

/**
 * The home page's ways in besides the articles: every topic with its article
 * count, the most-mentioned places, the timeline's years, and the figures
 * most sources give a number for. Bounded lists, so page 1 stays one size.
 */
function homeWaysIn(archive: Archive) {
  const counts = mostMentioned(
    archive.mentionsByEntity,
    archive.articles.map((article) => article.id),
    Number.POSITIVE_INFINITY,
  );
  return {
    topics: archive.topics.map((topic) => ({ topic, count: topicContents(archive, topic.id).articles.length })),
    places: counts
      .map(({ id, count }) => ({ entity: archive.entitiesById.get(id)!, count }))
      .filter(({ entity }) => entity.data.kind === 'place')
      .slice(0, WAYS_IN.places),
    years: timelinePages(archive).years,
    figures: [...archive.figures]
      .sort((a, b) => b.data.claims.length - a.data.claims.length || a.id.localeCompare(b.id))
      .slice(0, WAYS_IN.figures),
  };
}

/** The home page's pages: the articles newest first, `sizes().articles` on page 1 at `/`, `sizes().articlesLater` on each later page. */
export async function homePaths() {
  const archive = await getArchive();
  const site = settings().siteUrl;
  return withCacheKeys(
    paginate(archive.articles, sizes().articles, homeUrl(), sizes().articlesLater).map((page) => ({
      params: { page: pageParam(page.number) },
      props: {
        page,
        waysIn: page.number === 1 ? homeWaysIn(archive) : undefined,
        // The first page is the site's home: it says what the site is and how to search it.
        jsonLd:
          page.number === 1
            ? webSiteJsonLd({
                url: absoluteUrl(homeUrl(), site),
                name: SITE_TITLE,
                description: SITE_DESCRIPTION,
                language: 'en',
                searchUrlTemplate: `${absoluteUrl(searchUrl(), site)}?q={search_term_string}`,
              })
            : undefined,
      },
    })),
  );
}

/**
 * Each topic's pages: page 1 at the topic's URL with its description,
 * events, figures and most-mentioned names, later pages with the next of
 * its articles only (`sizes().articlesLater` a page, listed compactly).
 */
export async function topicPaths() {
  const archive = await getArchive();
  return withCacheKeys(
    archive.topics.flatMap((topic) => {
      // All of the topic's articles stay out of the props: each page holds its own slice (`page`).
      const { articles, ...data } = topicPageData(archive, topic);
      return paginate(articles, sizes().articles, topicUrl(topic.id), sizes().articlesLater).map((page) => ({
        params: { id: topic.id, page: pageParam(page.number) },
        props: {
          ...(page.number === 1
            ? { ...data, page, events: data.events.slice(0, EVENTS_SHOWN), eventCount: data.events.length }
            : { topic, page, events: [], eventCount: 0, figures: [], topEntities: [], searchTokens: '' }),
          jsonLd: collectionPageJsonLd({
            url: absoluteUrl(page.url, settings().siteUrl),
            name: pagedTitle(topic.data.name, page),
            description: topic.data.description,
            articles: page.items.map((article) => ({
              url: absoluteUrl(articleUrl(article.id), settings().siteUrl),
              headline: article.data.headline,
            })),
          }),
        },
      }));
    }),
  );
}

/**
 * One kind's entity pages (/people/<id>/ …): page 1 keeps the facts, counts,
 * map, events and related topics with the first mentions; later pages
 * (/people/<id>/2/ …) list the next mentions compactly, `sizes().mentionsLater` a page.
 */
export async function entityPaths(kind: EntityKind) {
  const archive = await getArchive();
  const ofKind = archive.entities.filter((entity) => entity.data.kind === kind);
  const maps = placeMaps(archive);
  return withCacheKeys(
    ofKind.flatMap((entity) => {
      const { mentions, namedOutsideText, ...data } = entityPageData(archive, entity);
      const why = whyListed({
        paragraphs: mentions.length,
        articles: new Set(mentions.map((mention) => mention.articleId)).size,
        outsideText: namedOutsideText.length,
      });
      // Each page's props hold only what it shows (its own slice of the mentions), so its
      // cache key changes only when what it shows does (src/lib/pages/cache-keys.ts).
      return paginate(mentions, sizes().mentions, entityUrl(kind, entity.id), sizes().mentionsLater).map((page) => {
        const first = page.number === 1;
        return {
          params: { id: entity.id, page: pageParam(page.number) },
          props: {
            ...data,
            page,
            whyListed: why,
            locatorMap: first ? maps.get(entity.id) : undefined,
            namedOutsideText: first ? namedOutsideText : [],
            events: first ? data.events.slice(0, EVENTS_SHOWN) : [],
            eventCount: data.events.length,
            ...(first ? {} : { figures: [], relatedTopics: [] }),
          },
        };
      });
    }),
  );
}

/** The locator maps of every entity with coordinates, drawn (or read from the cache) once per archive. */
const mapsByArchive = new WeakMap<Archive, Map<string, LocatorMapContent>>();

/** Every located entity's map, by entity id: one cache for all kinds, so the cache keeps every map in use. */
function placeMaps(archive: Archive): Map<string, LocatorMapContent> {
  if (!mapsByArchive.has(archive)) {
    const located = archive.entities.flatMap(({ id, data }) =>
      data.coordinates ? [{ id, name: data.name, lat: data.coordinates.lat, lon: data.coordinates.lon }] : [],
    );
    mapsByArchive.set(archive, locatorMaps(located));
  }
  return mapsByArchive.get(archive)!;
}

/** The props of one page of an entity. */
export type EntityPageProps = Awaited<ReturnType<typeof entityPaths>>[number]['props'];

/** The timeline in year pages, built once per archive. */
const timelines = new WeakMap<Archive, ReturnType<typeof buildTimelinePages>>();

/** Cuts the timeline's entries (places, actors and sources looked up) into year pages. */
function buildTimelinePages(archive: Archive) {
  return paginateTimeline(timelineData(archive), sizes().timeline);
}

/** The timeline's pages for this archive. */
export function timelinePages(archive: Archive) {
  if (!timelines.has(archive)) timelines.set(archive, buildTimelinePages(archive));
  return timelines.get(archive)!;
}

/** The static paths of the year pages: /timeline/<year>/, /timeline/<year>/2/ … */
export async function timelineYearPaths() {
  const archive = await getArchive();
  const site = settings().siteUrl;
  return withCacheKeys(
    timelinePages(archive).pages.map((yearPage) => {
      const { page } = yearPage;
      const jsonLd = timelineJsonLd({
        url: absoluteUrl(page.url, site),
        name: pagedTitle(`Timeline: ${yearPage.year}`, page),
        items: page.items.map((entry): TimelineItem =>
          entry.kind === 'event'
            ? { kind: 'event', url: absoluteUrl(eventUrl(entry.id), site), name: entry.event.data.title, date: entry.event.data.date }
            : { kind: 'article', url: absoluteUrl(articleUrl(entry.id), site), name: entry.article.data.headline, date: entry.date },
        ),
      });
      return { params: { year: String(yearPage.year), page: pageParam(page.number) }, props: { ...yearPage, jsonLd } };
    }),
  );
}

/** Where an event or an article's publication is on the timeline: its year page and anchor. */
function timelineEntryUrl(archive: Archive, entry: { kind: 'event' | 'article'; id: string }): string {
  return timelinePages(archive).entryUrls.get(timelineAnchor(entry)) ?? timelineUrl();
}

/** What article pages look up, indexed once per build so each page costs the same however large the archive. */
interface ArticleIndexes {
  /** For each article, for each entity it mentions, the numbers of the paragraphs that do. */
  paragraphsByArticle: Map<string, Map<string, number[]>>;
  /** For each article, the events drawn from it, in date order. */
  eventsByArticle: Map<string, CollectionEntry<'events'>[]>;
  /** Ranks an article's related reading. */
  related: ReturnType<typeof relatedFinder<RelatableArticle>>;
}

/** An article as related reading ranks it. */
interface RelatableArticle {
  id: string;
  topics: readonly string[];
  entities: readonly string[];
  other: ArchiveArticle;
}

const articleIndexes = new WeakMap<Archive, ArticleIndexes>();

/** Builds (once) the indexes article pages read. */
function indexesForArticles(archive: Archive): ArticleIndexes {
  if (!articleIndexes.has(archive)) {
    const paragraphsByArticle = new Map<string, Map<string, number[]>>();
    for (const [entityId, mentions] of archive.mentionsByEntity) {
      for (const mention of mentions) {
        if (!paragraphsByArticle.has(mention.articleId)) paragraphsByArticle.set(mention.articleId, new Map());
        const byEntity = paragraphsByArticle.get(mention.articleId)!;
        if (!byEntity.has(entityId)) byEntity.set(entityId, []);
        byEntity.get(entityId)!.push(mention.paragraph);
      }
    }
    const eventsByArticle = new Map<string, CollectionEntry<'events'>[]>();
    for (const event of archive.events) {
      for (const articleId of new Set(event.data.sources.map((source) => source.article))) {
        if (!eventsByArticle.has(articleId)) eventsByArticle.set(articleId, []);
        eventsByArticle.get(articleId)!.push(event);
      }
    }
    const related = relatedFinder(
      archive.articles.map((other) => ({ id: other.id, topics: other.data.topics, entities: other.data.entities, other })),
    );
    articleIndexes.set(archive, { paragraphsByArticle, eventsByArticle, related });
  }
  return articleIndexes.get(archive)!;
}

/**
 * An article page's data: its topics and entities, each entity with the
 * paragraphs of this article that mention it, the events drawn from it,
 * related reading and its place on the timeline, all read from indexes built
 * once, so each page costs the same however large the archive.
 */
export function articlePageData(archive: Archive, article: ArchiveArticle) {
  const indexes = indexesForArticles(archive);
  const paragraphs = indexes.paragraphsByArticle.get(article.id);
  return {
    article,
    topics: article.data.topics.map((id) => archive.topicsById.get(id)!),
    entities: article.data.entities.map((id) => ({ entity: archive.entitiesById.get(id)!, paragraphs: paragraphs?.get(id) ?? [] })),
    drawnEvents: indexes.eventsByArticle.get(article.id) ?? [],
    related: indexes.related({ id: article.id, topics: article.data.topics, entities: article.data.entities }),
    timelineHref: timelineEntryUrl(archive, { kind: 'article', id: article.id }),
  };
}

/**
 * The pages of the index of people, places and organisations: every entity,
 * kind by kind and by name within a kind, `sizes().entities` a page. Each
 * page groups its entries by kind; a kind's heading (and, for places, the
 * map of every place) is on the page where the kind starts.
 */
export async function entityIndexPaths() {
  const archive = await getArchive();
  const ordered = ENTITY_KINDS.flatMap((kind) => archive.entities.filter((entity) => entity.data.kind === kind));
  const pages = paginate(ordered, sizes().entities, entitiesUrl());
  const kindStarts = new Map<EntityKind, string>();
  for (const page of pages)
    for (const entity of page.items)
      if (!kindStarts.has(entity.data.kind)) kindStarts.set(entity.data.kind, `${page.url}#${entity.data.kind}`);
  const mentionCounts = new Map(archive.entities.map((entity) => [entity.id, archive.mentionsByEntity.get(entity.id)?.length ?? 0]));
  const places = archive.entities
    .filter((entity) => entity.data.coordinates)
    .map((entity) => ({
      id: entity.id,
      name: entity.data.name,
      lat: entity.data.coordinates!.lat,
      lon: entity.data.coordinates!.lon,
      count: mentionCounts.get(entity.id)!,
    }));
  return withCacheKeys(
    pages.map((page) => ({
      params: { page: pageParam(page.number) },
      props: {
        page,
        kinds: ENTITY_KINDS.filter((kind) => kindStarts.has(kind)).map((kind) => ({ kind, url: kindStarts.get(kind)! })),
        groups: ENTITY_KINDS.map((kind) => ({
          kind,
          starts: page.items.find((entity) => entity.data.kind === kind) === ordered.find((entity) => entity.data.kind === kind),
          entries: page.items
            .filter((entity) => entity.data.kind === kind)
            .map((entity) => ({
              entity,
              mentions: mentionCounts.get(entity.id)!,
              outsideText: (namedOutsideText(archive).get(entity.id) ?? []).map((named) => named.where),
            })),
        })).filter((group) => group.entries.length > 0),
        places,
      },
    })),
  );
}

/** An event page's data: its places, actors and topics, each cited paragraph with its article, and its place on the timeline. */
export function eventPageData(archive: Archive, event: CollectionEntry<'events'>) {
  const { data } = event;
  return {
    event,
    places: data.places.map((id) => archive.entitiesById.get(id)!),
    actors: data.actors.map((id) => archive.entitiesById.get(id)!),
    topics: data.topics.map((id) => archive.topicsById.get(id)!),
    sources: data.sources.map((source) => {
      const article = archive.articlesById.get(source.article)!;
      const paragraph = article.paragraphs[source.paragraph - 1]!;
      return { ...source, article, text: paragraph.text, notes: paragraph.notes };
    }),
    timelineHref: timelineEntryUrl(archive, { kind: 'event', id: event.id }),
    ...eventNeighbours(archive).get(event.id),
  };
}

/** The event before and the event after one event on the timeline. */
interface EventNeighbours {
  previous?: CollectionEntry<'events'>;
  next?: CollectionEntry<'events'>;
}

/** Each event's neighbours in timeline order, worked out once per archive. */
const neighbours = new WeakMap<Archive, Map<string, EventNeighbours>>();

/** Each event's previous and next event, in the timeline's order, so an event page links along the timeline. */
function eventNeighbours(archive: Archive): Map<string, EventNeighbours> {
  if (!neighbours.has(archive)) {
    const events = timelinePages(archive)
      .pages.flatMap((page) => page.page.items)
      .flatMap((entry) => (entry.kind === 'event' ? [entry.event] : []));
    neighbours.set(
      archive,
      new Map(
        events.map((event, index) => [
          event.id,
          { ...(index > 0 ? { previous: events[index - 1]! } : {}), ...(index < events.length - 1 ? { next: events[index + 1]! } : {}) },
        ]),
      ),
    );
  }
  return neighbours.get(archive)!;
}

/** The figures page's data: every figure looked up, and the names of every entity a figure is about or quotes. */
export function figuresPageData(archive: Archive) {
  return {
    figures: archive.figures.map((figure) => archiveFigureView(archive, figure)),
    names: archive.entities.filter((entity) => (archive.byEntity.get(entity.id)?.figures.length ?? 0) > 0).map(namesOf),
  };
}
