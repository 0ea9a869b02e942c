/**
 * The data each page shows, chosen from the archive by the selections in
 * `selections.ts` and `figures.ts`: a page calls one of these and hands the
 * result to its components as props, so no component loads the archive and
 * no page holds selection logic.
 */
import type { CollectionEntry } from 'astro:content';
import { getArchive, namesOf, type Archive, type ArchiveArticle } from './archive.ts';
import { ENTITY_KINDS, type EntityKind } from './entity-kinds.ts';
import { figureView, type FigureView } from './figures.ts';
import { entityContents, eventsCiting, mostMentioned, relatedTopics, timelineEntries, topicContents, withArticles, type QuotedMention } from './selections.ts';
import { relatedArticles } from './related.ts';
import { groupTimeline } from './timeline.ts';

/** A figure of the archive with its claims' articles and speakers, its entities and topics looked up. */
export type ArchiveFigureView = FigureView<CollectionEntry<'figures'>, ArchiveArticle, CollectionEntry<'entities'>, CollectionEntry<'topics'>>;

/** A paragraph that mentions an entity, with its article. */
export type ArchiveMention = QuotedMention<ArchiveArticle>;

/** Looks up what one figure of the archive refers to. */
export function archiveFigureView(archive: Archive, figure: CollectionEntry<'figures'>): ArchiveFigureView {
  return figureView(figure, archive);
}

/** An entity's page data: what `EntityPage` shows, chosen from the archive. */
export function entityPageData(archive: Archive, entity: CollectionEntry<'entities'>) {
  const mentions = archive.mentionsByEntity.get(entity.id) ?? [];
  const { events, figures } = entityContents(archive, entity.id);
  return {
    entity,
    mentions: withArticles(mentions, archive.articlesById),
    events,
    figures: figures.map((figure) => archiveFigureView(archive, figure)),
    relatedTopics: relatedTopics(mentions, archive.articlesById).map(({ id, count }) => ({ topic: archive.topicsById.get(id)!, count })),
  };
}

/** The data of one entity page and what it is made of, as `EntityPage` receives it. */
export type EntityPageData = ReturnType<typeof entityPageData>;

/** The static paths of one kind's entity pages (/people/<id>/ …), each carrying its page data. */
export async function entityPaths(kind: EntityKind) {
  const archive = await getArchive();
  return archive.entities
    .filter((entity) => entity.data.kind === kind)
    .map((entity) => ({ params: { id: entity.id }, props: entityPageData(archive, entity) }));
}

/** How many names a topic page lists as most mentioned. */
const MOST_MENTIONED = 12;

/** A topic page's data: its articles, events and figures, and the names its articles mention most. */
export function topicPageData(archive: Archive, topic: CollectionEntry<'topics'>) {
  const { articles, events, figures } = topicContents(archive, topic.id);
  return {
    topic,
    articles,
    events,
    figures: figures.map((figure) => archiveFigureView(archive, figure)),
    topEntities: mostMentioned(archive.mentionsByEntity, articles.map((article) => article.id), MOST_MENTIONED).map(({ id, count }) => ({
      entity: archive.entitiesById.get(id)!,
      count,
    })),
  };
}

/** The timeline's years, months and entries, every event's places, actors and cited articles looked up. */
export function timelinePageData(archive: Archive) {
  const entries = timelineEntries(archive.events, archive.articles).map((entry) =>
    entry.kind === 'event'
      ? {
          ...entry,
          who: [...entry.event.data.places, ...entry.event.data.actors].map((id) => archive.entitiesById.get(id)!),
          sources: entry.event.data.sources.map((source) => ({ ...source, article: archive.articlesById.get(source.article)! })),
        }
      : entry,
  );
  return groupTimeline(entries);
}

/** An event page's data: its places, actors and topics, and each cited paragraph with its article. */
export function eventPageData(archive: Archive, event: CollectionEntry<'events'>) {
  const { data } = event;
  return {
    event,
    places: data.places.map((id) => archive.entitiesById.get(id)!),
    actors: data.actors.map((id) => archive.entitiesById.get(id)!),
    topics: data.topics.map((id) => archive.topicsById.get(id)!),
    sources: data.sources.map((source) => {
      const article = archive.articlesById.get(source.article)!;
      return { ...source, article, text: article.paragraphs[source.paragraph - 1]!.text };
    }),
  };
}

/** An article page's data: its topics and entities, each entity with the paragraphs of this article that mention it, the events drawn from it and related reading. */
export function articlePageData(archive: Archive, article: ArchiveArticle) {
  const entities = article.data.entities.map((id) => archive.entitiesById.get(id)!);
  return {
    article,
    topics: article.data.topics.map((id) => archive.topicsById.get(id)!),
    entities: entities.map((entity) => ({
      entity,
      paragraphs: (archive.mentionsByEntity.get(entity.id) ?? []).filter((mention) => mention.articleId === article.id).map((mention) => mention.paragraph),
    })),
    drawnEvents: eventsCiting(archive.events, article.id),
    related: relatedArticles(
      { id: article.id, topics: article.data.topics, entities: article.data.entities },
      archive.articles.map((other) => ({ id: other.id, topics: other.data.topics, entities: other.data.entities, other })),
    ),
  };
}

/** The entity index's data: each kind with its entities and their mention counts, and every place with coordinates for the map. */
export function entitiesIndexData(archive: Archive) {
  const mentionCount = (id: string) => archive.mentionsByEntity.get(id)?.length ?? 0;
  return {
    kinds: ENTITY_KINDS.map((kind) => ({
      kind,
      entities: archive.entities.filter((entity) => entity.data.kind === kind).map((entity) => ({ entity, mentions: mentionCount(entity.id) })),
    })),
    places: archive.entities.flatMap((entity) =>
      entity.data.coordinates ? [{ id: entity.id, name: entity.data.name, lat: entity.data.coordinates.lat, lon: entity.data.coordinates.lon, count: mentionCount(entity.id) }] : [],
    ),
  };
}

/** The figures page's data: every figure looked up, and the names of every entity a figure is about or quotes. */
export function figuresPageData(archive: Archive) {
  return {
    figures: archive.figures.map((figure) => archiveFigureView(archive, figure)),
    names: archive.entities.filter((entity) => (archive.byEntity.get(entity.id)?.figures.length ?? 0) > 0).map(namesOf),
  };
}
