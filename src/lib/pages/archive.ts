/**
 * The archive as pages see it: what the content loader stored
 * (src/lib/content/loader/archive-loader.ts, which has run every check and
 * parsed every body), indexed and sorted explicitly (getCollection's order
 * is not guaranteed). The checks saw every article; pages see only the
 * published ones (`publishedOnly` in `visibility.ts`), so a draft has no
 * page, feed item, sitemap line, search entry, open data or mention.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PublishedArticle } from '../../schemas/article.ts';
import { comparePartialDates } from '../core/dates.ts';
import { publishedOnly } from '../content/visibility.ts';
import { findMentions, type Mention } from '../content/mentions.ts';
import { storedFacts } from '../content/loader/stored-article.ts';
import type { BodyParagraph } from '../content/paragraphs.ts';
import { indexArchive, type ArchiveIndexes } from './selections.ts';
import { entryNames } from '../search/text-names.ts';

/** A published article entry with its numbered paragraphs. */
export type ArchiveArticle = Omit<CollectionEntry<'articles'>, 'data'> & {
  /** Its front matter; every field a published article needs is there. */
  data: PublishedArticle;
  /** The body's top-level paragraphs, numbered as their anchors are. */
  paragraphs: BodyParagraph[];
};

/** Everything published in the archive, validated and in reading order, with its indexes by topic and by entity; drafts are left out. */
export interface Archive extends ArchiveIndexes<ArchiveArticle, CollectionEntry<'events'>, CollectionEntry<'figures'>> {
  /** Published articles, newest first; ties broken by id so the order is stable. */
  articles: ArchiveArticle[];
  /** Topics by name. */
  topics: CollectionEntry<'topics'>[];
  /** Entities by name. */
  entities: CollectionEntry<'entities'>[];
  /** Events in date order, citing published articles only. */
  events: CollectionEntry<'events'>[];
  /** Figures by label, with the claims of published articles only. */
  figures: CollectionEntry<'figures'>[];
  /** Topic entries by id. */
  topicsById: Map<string, CollectionEntry<'topics'>>;
  /** Entity entries by id. */
  entitiesById: Map<string, CollectionEntry<'entities'>>;
  /** Article entries by id. */
  articlesById: Map<string, ArchiveArticle>;
  /** Every paragraph that mentions each entity, newest article first. */
  mentionsByEntity: Map<string, Mention[]>;
}

/** An entity's canonical name followed by all its aliases: every name it is found by. */
export function namesOf(entity: CollectionEntry<'entities'>): string[] {
  return [entity.data.name, ...entity.data.aliases];
}

let loaded: Promise<Archive> | undefined;

/** Indexes and sorts the archive once per build; later calls share the result. */
export function getArchive(): Promise<Archive> {
  loaded ??= loadArchive();
  return loaded;
}

async function loadArchive(): Promise<Archive> {
  const [articles, topics, entities, events, figures] = await Promise.all([
    getCollection('articles'),
    getCollection('topics'),
    getCollection('entities'),
    getCollection('events'),
    getCollection('figures'),
  ]);

  const started = performance.now();
  const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
    a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' });

  // Drafts were checked by the loader with everything else; from here on only what is published exists.
  const withParagraphs = articles.map((entry) => ({ ...entry, paragraphs: storedFacts(entry).paragraphs }));
  const visible = publishedOnly({ articles: withParagraphs, events, figures });

  const sortedArticles: ArchiveArticle[] = [...visible.articles].sort(
    (a, b) => comparePartialDates(b.data.published, a.data.published) || a.id.localeCompare(b.id),
  );

  const mentionsByEntity = findMentions(
    sortedArticles.map((article) => ({ id: article.id, entities: article.data.entities, paragraphs: article.paragraphs })),
    entryNames(entities),
  );

  const sortedEvents = [...visible.events].sort((a, b) => comparePartialDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  // Labels may open with a quotation mark ("Foreign prisoners" …), which should not put them first.
  const sortedFigures = [...visible.figures].sort((a, b) =>
    a.data.label.localeCompare(b.data.label, 'en', { sensitivity: 'base', ignorePunctuation: true }),
  );

  // The benchmark reads this line for its time breakdown.
  console.info(`[archive] derived data (order, mentions) for ${articles.length} articles in ${Math.round(performance.now() - started)} ms`);

  return {
    articles: sortedArticles,
    topics: [...topics].sort(byName),
    entities: [...entities].sort(byName),
    events: sortedEvents,
    figures: sortedFigures,
    ...indexArchive(sortedArticles, sortedEvents, sortedFigures),
    topicsById: new Map(topics.map((entry) => [entry.id, entry])),
    entitiesById: new Map(entities.map((entry) => [entry.id, entry])),
    articlesById: new Map(sortedArticles.map((entry) => [entry.id, entry])),
    mentionsByEntity,
  };
}
