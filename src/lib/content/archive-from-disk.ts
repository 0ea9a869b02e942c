/**
 * Reads the archive's content straight from disk and validates it with the
 * same schemas and the same id rule as the site's content collections, for
 * `npm run check-content`, the benchmark and the tests, none of which need a
 * build. Each body is parsed once; the tree and its paragraphs are shared
 * with the checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { PublishedArticle } from '../../schemas/article.ts';
import { articleSchema } from '../../schemas/article.ts';
import { entitySchema } from '../../schemas/entity.ts';
import { eventSchema } from '../../schemas/event.ts';
import { figureSchema } from '../../schemas/figure.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { publishedOnly } from './visibility.ts';
import { fieldPath as dataPath } from './checks/files.ts';
import { idFromFileName } from './entry-id.ts';
import { bodyLineOffset, ContentError, type ArchiveInput, type ArticleInput, type ContentProblem, type EntryInput } from './problems.ts';
import { bodyParagraphs, parseMarkdown } from './paragraphs.ts';

/** The project's own content folder. */
export const CONTENT_DIR = join(import.meta.dirname, '../../../content');

/** An article as read from disk: what the checks need, plus the file's raw text. */
export type DiskArticle = ArticleInput & {
  /** The whole file as written, front matter included. */
  raw: string;
};

/** What {@link loadContentFromDisk} found: the entries that validate, and the problems of those that do not. */
export interface DiskContent {
  /** Every entry whose schema check passed, ready for `checkArchive`. */
  archive: ArchiveInput & { articles: DiskArticle[] };
  /** Schema and syntax problems, each naming the file and the field or line. */
  problems: ContentProblem[];
  /** Ids of the entries left out of `archive` because of those problems. */
  rejected: Set<string>;
}

/** Files in one collection folder with the given extension, sorted (the collections' glob patterns). */
function filesIn(dir: string, extension: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // Like Astro's glob loader: a missing folder is an empty collection.
  }
  return names.filter((name) => name.endsWith(extension)).sort().map((name) => join(dir, name));
}

/**
 * A zod issue path as the messages write fields: ["topics", 1] → "topics[1]",
 * ["capture", "file"] → "capture.file"; an issue about the whole entry is
 * named as such. The path format itself is the content-file check's.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return dataPath(path) || '(the whole entry)';
}

/** Validates data with a schema; on failure, adds one problem per failing field. */
function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: ContentProblem[]): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file, where: fieldPath(issue.path), message: issue.message });
  return undefined;
}

/** The file's path as messages name it: relative to the working directory when inside it, else absolute. */
function shown(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside.startsWith('..') ? path : inside;
}

/** Loads every YAML entry of a data collection; entries that fail add problems instead. */
function loadYaml<S extends z.ZodType>(contentDir: string, folder: string, schema: S, problems: ContentProblem[], rejected: Set<string>): EntryInput<z.infer<S>>[] {
  const entries: EntryInput<z.infer<S>>[] = [];
  for (const path of filesIn(join(contentDir, folder), '.yaml')) {
    const file = shown(path);
    const before = problems.length;
    const document = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: false });
    if (document.errors.length > 0) {
      for (const error of document.errors) problems.push({ file, where: `line ${error.linePos?.[0]?.line ?? 1}`, message: `not valid YAML: ${error.message.split('\n')[0]}` });
      rejected.add(idFromFileName(path.split('/').pop()!));
      continue;
    }
    const data = validate(schema, document.toJS(), file, problems);
    if (data !== undefined) entries.push({ id: idFromFileName(path.split('/').pop()!), file, data });
    if (problems.length > before) rejected.add(idFromFileName(path.split('/').pop()!));
  }
  return entries;
}

/** Loads every article: validated front matter, Markdown body parsed once, and raw file text. */
function loadArticleFiles(contentDir: string, problems: ContentProblem[], rejected: Set<string>): DiskArticle[] {
  const articles: DiskArticle[] = [];
  for (const path of filesIn(join(contentDir, 'articles'), '.md')) {
    const file = shown(path);
    const raw = readFileSync(path, 'utf8');
    let parsed: { frontmatter: Record<string, unknown>; content: string };
    try {
      parsed = parseFrontmatter(raw);
    } catch (error) {
      problems.push({ file, where: 'front matter', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      rejected.add(idFromFileName(path.split('/').pop()!));
      continue;
    }
    const data = validate(articleSchema, parsed.frontmatter, file, problems);
    if (data === undefined) {
      rejected.add(idFromFileName(path.split('/').pop()!));
      continue;
    }
    const tree = parseMarkdown(parsed.content);
    articles.push({
      id: idFromFileName(path.split('/').pop()!),
      file,
      data,
      body: parsed.content,
      bodyLineOffset: bodyLineOffset(raw, parsed.content),
      tree,
      paragraphs: bodyParagraphs(tree),
      raw,
    });
  }
  return articles;
}

/**
 * Reads a content folder and validates every entry with the site's schemas,
 * collecting every problem rather than stopping at the first, so one run
 * shows all that needs fixing. The cross-collection checks are not run here:
 * pass `archive` to `checkArchive`.
 */
export function loadContentFromDisk(contentDir = CONTENT_DIR): DiskContent {
  const problems: ContentProblem[] = [];
  const rejected = new Set<string>();
  const archive = {
    articles: loadArticleFiles(contentDir, problems, rejected),
    topics: loadYaml(contentDir, 'topics', topicSchema, problems, rejected),
    entities: loadYaml(contentDir, 'entities', entitySchema, problems, rejected),
    events: loadYaml(contentDir, 'events', eventSchema, problems, rejected),
    figures: loadYaml(contentDir, 'figures', figureSchema, problems, rejected),
  };
  return { archive, problems, rejected };
}

/** Loads the whole archive from a content folder; throws a ContentError naming each file and field that fails its schema. */
export function loadArchiveFromDisk(contentDir = CONTENT_DIR): ArchiveInput & { articles: DiskArticle[] } {
  const { archive, problems } = loadContentFromDisk(contentDir);
  if (problems.length > 0) throw new ContentError(problems);
  return archive;
}

/** Loads every article of a content folder (see {@link loadArchiveFromDisk}). */
export function loadArticles(contentDir = CONTENT_DIR): DiskArticle[] {
  return loadArchiveFromDisk(contentDir).articles;
}

/** An archive as the site publishes it: drafts left out, as `getArchive()` leaves them out (see `drafts.ts`). */
export type PublishedDiskArchive = Omit<ArchiveInput, 'articles'> & { articles: (DiskArticle & { data: PublishedArticle })[] };

/** Loads a content folder and keeps what the site publishes, for tests that compare the built site with the content. */
export function loadPublishedFromDisk(contentDir = CONTENT_DIR): PublishedDiskArchive {
  const archive = loadArchiveFromDisk(contentDir);
  return { ...archive, ...publishedOnly(archive) };
}
