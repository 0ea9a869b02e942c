/**
 * The shapes the cross-collection checks read and report: entries as loaded
 * from disk or from Astro's collections, and the problems found in them. A
 * module of its own, with no logic but the error and line helpers, so every
 * check (src/lib/content/checks/) and every loader can share it without importing
 * each other.
 */
import type { Root } from 'mdast';
import type { UnsafeMarkup } from './unsafe-markup.ts';
import type { Article } from '../../schemas/article.ts';
import type { Entity } from '../../schemas/entity.ts';
import type { ArchiveEvent } from '../../schemas/event.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Topic } from '../../schemas/topic.ts';
import type { BodyParagraph } from './paragraphs.ts';
import type { TextBlock } from './text-blocks.ts';
import { plural } from '../pages/plural.ts';

/** An entry as the checks see it: its id, the file it came from and its validated data. */

/** A link in an article's body that may lead into the archive, as written, with its body line. */
export interface BodyLink {
  /** The link's target as written in the Markdown. */
  url: string;
  /** Line of the body (1-based) where the link starts. */
  line: number;
}

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
  /** The body's Markdown tree (from `parseMarkdown`), parsed once by the caller and shared; not needed when `unsafe` is given. */
  tree?: Root;
  /** The body's unsafe markup (`findUnsafeMarkup`), when the caller has it already (from the derived-data cache). */
  unsafe?: readonly UnsafeMarkup[];
  /** The body's links that may lead into the archive (`findArchiveLinks`), when the caller has them already; found in `tree` otherwise. */
  links?: readonly BodyLink[];
  /** The body's numbered paragraphs (`bodyParagraphs(tree)`). */
  paragraphs: BodyParagraph[];
  /** The body's text outside the numbered paragraphs (`otherTextBlocks`), when the caller has it already; found in `tree` otherwise. */
  otherText?: readonly TextBlock[];
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

/**
 * What every check looks entries up against, built once by `checkArchive`
 * so no check builds its own index.
 */
export interface CheckContext {
  /** Each article's numbered paragraphs, by article id. */
  paragraphsByArticle: ReadonlyMap<string, readonly BodyParagraph[]>;
  /** Entities by id. */
  entitiesById: ReadonlyMap<string, EntryInput<Entity>>;
  /** Every topic id. */
  topicIds: ReadonlySet<string>;
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
      `The archive's content has ${plural(problems.length, 'problem')}:\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
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
