/**
 * The archive as pages see it: every collection loaded once, checked across
 * collections and sorted explicitly (getCollection's order is not
 * guaranteed). Broken content throws a ContentError naming each file and
 * field before any page is rendered.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { comparePartialDates } from './dates.ts';
import { bodyLineOffset, ContentError } from './content-types.ts';
import { checkArchive } from './integrity.ts';
import { findMentions, type Mention } from './mentions.ts';
import { bodyParagraphs, parseMarkdown, type BodyParagraph } from './paragraphs.ts';
import { indexArchive, type ArchiveIndexes } from './selections.ts';

/** An article entry with its numbered paragraphs. */
export type ArchiveArticle = CollectionEntry<'articles'> & {
  /** The body's top-level paragraphs, numbered as their anchors are. */
  paragraphs: BodyParagraph[];
};

/** Everything in the archive, validated and in reading order, with its indexes by topic and by entity. */
export interface Archive extends ArchiveIndexes<ArchiveArticle, CollectionEntry<'events'>, CollectionEntry<'figures'>> {
  /** Articles, newest first; ties broken by id so the order is stable. */
  articles: ArchiveArticle[];
  /** Topics by name. */
  topics: CollectionEntry<'topics'>[];
  /** Entities by name. */
  entities: CollectionEntry<'entities'>[];
  /** Events in date order. */
  events: CollectionEntry<'events'>[];
  /** Figures by label. */
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

/** Loads, checks and sorts the archive once per build; later calls share the result. */
export function getArchive(): Promise<Archive> {
  loaded ??= loadArchive();
  return loaded;
}

/** The entry's source file, relative to the project root, for error messages. */
function fileOf(entry: { id: string; filePath?: string }, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}`;
}

async function loadArchive(): Promise<Archive> {
  const [articles, topics, entities, events, figures] = await Promise.all([
    getCollection('articles'),
    getCollection('topics'),
    getCollection('entities'),
    getCollection('events'),
    getCollection('figures'),
  ]);

  // Each body is parsed once; the checks and the pages share the tree and its paragraphs.
  const parsed = articles.map((entry) => {
    const tree = parseMarkdown(entry.body ?? '');
    return { entry, tree, paragraphs: bodyParagraphs(tree) };
  });

  const problems = checkArchive({
    articles: parsed.map(({ entry, tree, paragraphs }) => {
      const body = entry.body ?? '';
      const file = fileOf(entry, 'articles');
      const source = entry.filePath ? readFileSync(entry.filePath, 'utf8') : body;
      return { id: entry.id, file, data: entry.data, body, bodyLineOffset: bodyLineOffset(source, body), tree, paragraphs };
    }),
    topics: topics.map((entry) => ({ id: entry.id, file: fileOf(entry, 'topics'), data: entry.data })),
    entities: entities.map((entry) => ({ id: entry.id, file: fileOf(entry, 'entities'), data: entry.data })),
    events: events.map((entry) => ({ id: entry.id, file: fileOf(entry, 'events'), data: entry.data })),
    figures: figures.map((entry) => ({ id: entry.id, file: fileOf(entry, 'figures'), data: entry.data })),
  });
  if (problems.length > 0) throw new ContentError(problems);

  const byName = (a: { data: { name: string } }, b: { data: { name: string } }) =>
    a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' });

  const sortedArticles: ArchiveArticle[] = parsed.map(({ entry, paragraphs }) => ({ ...entry, paragraphs })).sort((a, b) => comparePartialDates(b.data.published, a.data.published) || a.id.localeCompare(b.id));

  const mentionsByEntity = findMentions(
    sortedArticles.map((article) => ({ id: article.id, entities: article.data.entities, paragraphs: article.paragraphs })),
    new Map(entities.map((entity) => [entity.id, namesOf(entity)])),
  );

  const sortedEvents = [...events].sort((a, b) => comparePartialDates(a.data.date, b.data.date) || a.id.localeCompare(b.id));
  // Labels may open with a quotation mark ("Foreign prisoners" …), which should not put them first.
  const sortedFigures = [...figures].sort((a, b) => a.data.label.localeCompare(b.data.label, 'en', { sensitivity: 'base', ignorePunctuation: true }));

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
