/**
 * What each page shows, chosen from the archive: a topic's articles, events
 * and figures and its most-mentioned names; an entity's events, figures and
 * related topics; the timeline's entries. Pages only arrange what these
 * return. Each works on plain entries ({ id, data }), so the unit tests build
 * a few inline and the pages pass the archive's.
 */
import { NameMatcher } from '../search/aliases.ts';
import type { Mention } from '../content/mentions.ts';
import type { TimelineEntry } from '../timeline/timeline.ts';
import type { PartialDate } from '../core/dates.ts';

/** What the selections need of an article. */
export interface SelectableArticle {
  id: string;
  data: { topics: readonly string[]; published: PartialDate };
}

/** What the selections need of an event. */
export interface SelectableEvent {
  id: string;
  data: { topics: readonly string[]; places: readonly string[]; actors: readonly string[]; date: PartialDate };
}

/** What the selections need of a figure. */
export interface SelectableFigure {
  id: string;
  data: {
    topics: readonly string[];
    entities: readonly string[];
    claims: readonly { saidBy?: { entity?: string | undefined } | undefined }[];
  };
}

/** Everything filed under one topic, each list in the archive's order. */
export interface TopicIndex<A, E, F> {
  articles: A[];
  events: E[];
  figures: F[];
}

/** Everything about one entity, each list in the archive's order. */
export interface EntityIndex<E, F> {
  /** Events that happened at it (places) or involved it (actors). */
  events: E[];
  /** Figures that list it, or that quote a number it gave. */
  figures: F[];
}

/** The archive's indexes by topic and by entity, built once per build. */
export interface ArchiveIndexes<A, E, F> {
  /** Every topic id that anything is filed under, with what is filed there. */
  byTopic: Map<string, TopicIndex<A, E, F>>;
  /** Every entity id that an event or figure refers to, with those events and figures. */
  byEntity: Map<string, EntityIndex<E, F>>;
}

/**
 * Indexes articles, events and figures by topic and by entity, keeping the
 * order they are given in (pass them sorted as pages show them).
 */
export function indexArchive<A extends SelectableArticle, E extends SelectableEvent, F extends SelectableFigure>(
  articles: readonly A[],
  events: readonly E[],
  figures: readonly F[],
): ArchiveIndexes<A, E, F> {
  const byTopic = new Map<string, TopicIndex<A, E, F>>();
  const byEntity = new Map<string, EntityIndex<E, F>>();
  const topic = (id: string) => {
    if (!byTopic.has(id)) byTopic.set(id, { articles: [], events: [], figures: [] });
    return byTopic.get(id)!;
  };
  const entity = (id: string) => {
    if (!byEntity.has(id)) byEntity.set(id, { events: [], figures: [] });
    return byEntity.get(id)!;
  };
  for (const article of articles) for (const id of new Set(article.data.topics)) topic(id).articles.push(article);
  for (const event of events) {
    for (const id of new Set(event.data.topics)) topic(id).events.push(event);
    for (const id of new Set([...event.data.places, ...event.data.actors])) entity(id).events.push(event);
  }
  for (const figure of figures) {
    for (const id of new Set(figure.data.topics)) topic(id).figures.push(figure);
    const about = [...figure.data.entities, ...figure.data.claims.flatMap((claim) => (claim.saidBy?.entity ? [claim.saidBy.entity] : []))];
    for (const id of new Set(about)) entity(id).figures.push(figure);
  }
  return { byTopic, byEntity };
}

/** What is filed under a topic (empty lists for a topic nothing is filed under). */
export function topicContents<A, E, F>(indexes: ArchiveIndexes<A, E, F>, topicId: string): TopicIndex<A, E, F> {
  return indexes.byTopic.get(topicId) ?? { articles: [], events: [], figures: [] };
}

/** The events and figures about an entity (empty lists when there are none). */
export function entityContents<A, E, F>(indexes: ArchiveIndexes<A, E, F>, entityId: string): EntityIndex<E, F> {
  return indexes.byEntity.get(entityId) ?? { events: [], figures: [] };
}

/** An id with how often it counts: an entity's mentions in a topic, a topic's articles about an entity. */
export interface Counted {
  id: string;
  count: number;
}

/** Sorts counts most first, ties by id so the order is stable. */
function byCount(counts: Map<string, number>): Counted[] {
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

/**
 * The names most mentioned in a set of articles (a topic's): an entity's
 * weight is how many paragraphs of those articles mention it. At most
 * `limit`, most first.
 */
export function mostMentioned(
  mentionsByEntity: ReadonlyMap<string, readonly Mention[]>,
  articleIds: Iterable<string>,
  limit = 12,
): Counted[] {
  const ids = new Set(articleIds);
  const counts = new Map<string, number>();
  for (const [entityId, mentions] of mentionsByEntity) {
    const count = mentions.filter((mention) => ids.has(mention.articleId)).length;
    if (count > 0) counts.set(entityId, count);
  }
  return byCount(counts).slice(0, limit);
}

/**
 * The topics related to an entity: those of the articles that mention it,
 * each with how many of those articles it files, most first.
 */
export function relatedTopics(
  mentions: readonly Mention[],
  articlesById: ReadonlyMap<string, { data: { topics: readonly string[] } }>,
): Counted[] {
  const counts = new Map<string, number>();
  for (const articleId of new Set(mentions.map((mention) => mention.articleId))) {
    for (const topicId of articlesById.get(articleId)!.data.topics) counts.set(topicId, (counts.get(topicId) ?? 0) + 1);
  }
  return byCount(counts);
}

/** A timeline entry carrying the event it stands for. */
export interface EventEntry<E> extends TimelineEntry {
  kind: 'event';
  event: E;
}

/** A timeline entry carrying the article whose publication it stands for. */
export interface ArticleEntry<A> extends TimelineEntry {
  kind: 'article';
  article: A;
}

/** The timeline's entries: every event at its date and every article at its publication date, unsorted (`groupTimeline` orders them). */
export function timelineEntries<A extends SelectableArticle, E extends SelectableEvent>(
  events: readonly E[],
  articles: readonly A[],
): (EventEntry<E> | ArticleEntry<A>)[] {
  return [
    ...events.map((event) => ({ kind: 'event' as const, id: event.id, date: event.data.date, event })),
    ...articles.map((article) => ({ kind: 'article' as const, id: article.id, date: article.data.published, article })),
  ];
}

/** The events that cite a paragraph of an article, in the order given. */
export function eventsCiting<E extends { data: { sources: readonly { article: string }[] } }>(
  events: readonly E[],
  articleId: string,
): E[] {
  return events.filter((event) => event.data.sources.some((source) => source.article === articleId));
}

/** A paragraph that mentions an entity, with the article it is in. */
export interface QuotedMention<A> extends Mention {
  article: A;
}

/** Attaches to each mention the article it is in, so a list can show its headline and publisher. */
export function withArticles<A>(mentions: readonly Mention[], articlesById: ReadonlyMap<string, A>): QuotedMention<A>[] {
  return mentions.map((mention) => ({ ...mention, article: articlesById.get(mention.articleId)! }));
}

/**
 * The entities the archive's own text about a page names (a topic's
 * description), by name or alias in any spelling NameMatcher accepts, in the
 * given order. Such a page is found by those names too, though no article
 * lists them for it.
 */
export function entitiesNamedIn<E extends { data: { name: string; aliases: readonly string[] } }>(
  text: string,
  entities: readonly E[],
): E[] {
  return entities.filter((entity) => new NameMatcher([entity.data.name, ...entity.data.aliases]).test(text));
}

/**
 * The `limit` items with the highest counts, ties in name order, for short
 * lists of ways in (the search page's start links) that must stay the same
 * size however large the archive grows.
 */
export function topByCount<T extends { data: { name: string } }>(items: readonly T[], countOf: (item: T) => number, limit: number): T[] {
  return items
    .map((item) => ({ item, count: countOf(item) }))
    .sort((a, b) => b.count - a.count || a.item.data.name.localeCompare(b.item.data.name, 'en', { sensitivity: 'base' }))
    .slice(0, limit)
    .map(({ item }) => item);
}
