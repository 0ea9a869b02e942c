/**
 * Checks that span entries and collections, which a per-entry schema cannot
 * see: references resolve, cited paragraphs exist and say what is claimed
 * (by events, and by figures: see `checkFigures`), no two articles archive
 * the same URL, bodies are not empty and carry no markup that could run code. Each problem names the file and the field (or
 * line), so the build error tells an editor exactly what to fix.
 */
import type { Root } from 'mdast';
import type { Article } from '../schemas/article.ts';
import type { Entity } from '../schemas/entity.ts';
import type { ArchiveEvent } from '../schemas/event.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Topic } from '../schemas/topic.ts';
import { findSharedAliases, NameMatcher } from './aliases.ts';
import { citedParagraph, isCitationProblem } from './paragraph-citations.ts';
import { checkFoldKeys } from './checks/fold-keys.ts';
import { checkFigures } from './figures.ts';
import { normaliseWhitespace, type BodyParagraph } from './paragraphs.ts';
import { findUnsafeMarkup } from './unsafe-markup.ts';

/** An entry as the checks see it: its id, the file it came from and its validated data. */
export interface EntryInput<T> {
  /** The entry id (file name without extension). */
  id: string;
  /** Path of the source file, relative to the project root, for messages. */
  file: string;
  /** The validated front matter or YAML data. */
  data: T;
}

/** An article entry with its Markdown body. */
export interface ArticleInput extends EntryInput<Article> {
  /** The Markdown body, without front matter. */
  body: string;
  /** Number of lines in the file before the body starts, to turn body lines into file lines. */
  bodyLineOffset: number;
  /** The body's Markdown tree (from `parseMarkdown`), parsed once by the caller and shared. */
  tree: Root;
  /** The body's numbered paragraphs (`bodyParagraphs(tree)`). */
  paragraphs: BodyParagraph[];
}

/** Everything the checks look at. */
export interface ArchiveInput {
  articles: ArticleInput[];
  topics: EntryInput<Topic>[];
  entities: EntryInput<Entity>[];
  events: EntryInput<ArchiveEvent>[];
  figures: EntryInput<Figure>[];
}

/** One thing wrong with the content. */
export interface ContentProblem {
  /** The file to fix. */
  file: string;
  /** The front-matter field (e.g. "topics[1]") or "line 12" for body problems. */
  where: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** Formats a problem as one line: "content/articles/x.md › topics[1]: no topic 'y'". */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} › ${problem.where}: ${problem.message}`;
}

/**
 * The error that stops the build when content is broken. Its message lists
 * every problem found, one per line, so one build shows all that needs fixing.
 */
export class ContentError extends Error {
  /** The problems, in the order they were found. */
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `The archive's content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Normalises a URL for duplicate detection: scheme and host case, trailing slash and fragment do not matter. */
export function canonicalUrlKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
}

/**
 * Runs every cross-entry check and returns the problems found (empty when the
 * content is sound). Paragraphs are parsed once per article and reused.
 */
export function checkArchive(input: ArchiveInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, where: string, message: string) => problems.push({ file, where, message });

  const topicIds = new Set(input.topics.map((topic) => topic.id));
  const entitiesById = new Map(input.entities.map((entity) => [entity.id, entity]));
  const paragraphsByArticle = new Map<string, BodyParagraph[]>();
  const firstFileByUrl = new Map<string, string>();
  // One compiled matcher per entity, shared by every article that lists it.
  const matchers = new Map<string, NameMatcher>();
  const matcherFor = (entity: EntryInput<Entity>): NameMatcher => {
    if (!matchers.has(entity.id)) matchers.set(entity.id, new NameMatcher([entity.data.name, ...entity.data.aliases]));
    return matchers.get(entity.id)!;
  };

  for (const article of input.articles) {
    const { paragraphs } = article;
    paragraphsByArticle.set(article.id, paragraphs);

    if (paragraphs.length === 0) report(article.file, 'body', 'the article has no text: the body after the front matter is empty');

    for (const unsafe of findUnsafeMarkup(article.tree)) {
      report(article.file, `line ${unsafe.line + article.bodyLineOffset}`, `${unsafe.message} could run code in a reader's browser; archive copies hold text only`);
    }

    const urlKey = canonicalUrlKey(article.data.originalUrl);
    const earlier = firstFileByUrl.get(urlKey);
    if (earlier) report(article.file, 'originalUrl', `${article.data.originalUrl} is already archived by ${earlier}`);
    else firstFileByUrl.set(urlKey, article.file);

    article.data.topics.forEach((topicId, index) => {
      if (!topicIds.has(topicId)) report(article.file, `topics[${index}]`, `no topic "${topicId}" exists in content/topics/`);
    });

    // The publisher's headline counts as the article's text; a supplied one is the archive's words.
    const headline = article.data.headlineSupplied ? [] : [article.data.headline];
    const text = [...headline, ...paragraphs.map((paragraph) => paragraph.text)].join('\n');
    article.data.entities.forEach((entityId, index) => {
      const entity = entitiesById.get(entityId);
      if (!entity) {
        report(article.file, `entities[${index}]`, `no entity "${entityId}" exists in content/entities/`);
      } else if (!matcherFor(entity).test(text)) {
        report(article.file, `entities[${index}]`, `"${entityId}" is listed, but neither "${entity.data.name}" nor any of its aliases appears in the text`);
      }
    });
  }

  for (const { key, ids } of findSharedAliases(input.entities.map((entity) => ({ id: entity.id, names: [entity.data.name, ...entity.data.aliases] })))) {
    for (const id of ids) {
      report(entitiesById.get(id)!.file, 'aliases', `the name "${key}" (as searched) also belongs to ${ids.filter((other) => other !== id).join(', ')}; a name must lead to one entity`);
    }
  }

  // Spellings nobody listed are folded (src/lib/name-fold.ts); each fold key must lead to one entity.
  problems.push(...checkFoldKeys(input.entities));

  for (const event of input.events) {
    event.data.sources.forEach((source, index) => {
      const where = `sources[${index}]`;
      const paragraph = citedParagraph(paragraphsByArticle, source);
      if (isCitationProblem(paragraph)) {
        report(event.file, `${where}.${paragraph.field}`, paragraph.message);
      } else if (!paragraph.text.includes(normaliseWhitespace(source.quote))) {
        report(event.file, `${where}.quote`, `paragraph ${source.paragraph} of ${source.article} does not contain "${source.quote}"`);
      }
    });
    checkEntityList(event, 'places', (entity) => entity.kind === 'place', 'a place');
    checkEntityList(event, 'actors', (entity) => entity.kind !== 'place', 'a person or organisation');
    event.data.topics.forEach((topicId, index) => {
      if (!topicIds.has(topicId)) report(event.file, `topics[${index}]`, `no topic "${topicId}" exists in content/topics/`);
    });
  }

  /** Checks a list of entity ids on an event: each exists and is of the right kind. */
  function checkEntityList(event: EntryInput<ArchiveEvent>, field: 'places' | 'actors', fits: (entity: Entity) => boolean, expected: string) {
    event.data[field].forEach((entityId, index) => {
      const entity = entitiesById.get(entityId);
      if (!entity) report(event.file, `${field}[${index}]`, `no entity "${entityId}" exists in content/entities/`);
      else if (!fits(entity.data)) report(event.file, `${field}[${index}]`, `"${entityId}" is of kind ${entity.data.kind}, not ${expected}`);
    });
  }

  problems.push(...checkFigures(input.figures, { paragraphsByArticle, entitiesById, topicIds }));

  return problems;
}

/**
 * Counts the lines of a source file that come before its Markdown body, so a
 * problem on line n of the body is reported at line n + offset of the file.
 */
export function bodyLineOffset(fileText: string, body: string): number {
  const start = body.trim() === '' ? -1 : fileText.lastIndexOf(body.trimEnd());
  if (start < 0) return 0;
  return fileText.slice(0, start).split('\n').length - 1;
}
