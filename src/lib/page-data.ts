/**
 * The data each page shows, chosen from the archive by the selections in
 * `selections.ts` and `figures.ts`: a page calls one of these and hands the
 * result to its components as props, so no component loads the archive and
 * no page holds selection logic.
 */
import type { CollectionEntry } from 'astro:content';
import { getArchive, type Archive, type ArchiveArticle } from './archive.ts';
import type { EntityKind } from './entity-kinds.ts';
import { figureView, type FigureView } from './figures.ts';
import { entityContents, mostMentioned, relatedTopics, timelineEntries, topicContents, withArticles, type QuotedMention } from './selections.ts';
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
