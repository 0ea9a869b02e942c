/**
 * The archive read and checked once: the one function behind the site's
 * content loader (archive-loader.ts, the build's only check of the content)
 * and `npm run check-content`, so both run the same checks in the same order. It reads
 * every file with the one reader (archive-from-disk.ts), parses each body
 * once for its facts (and, for the site, its HTML) on every core, runs the
 * cross-collection checks once, and checks each copy against its capture.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { readFolderFiles, type DiskArchive, type DiskArticle, type FolderFiles, type UnparsedArticle } from '../archive-from-disk.ts';
import { deriveBodyFacts, type BodyFacts } from '../body-facts.ts';
import { checkCapture, fixityProblem } from '../capture-check.ts';
import { firstLineOf } from '../checks/files.ts';
import { checkArchive } from '../integrity.ts';
import type { ContentProblem } from '../problems.ts';
import { parseBodies, type ParsedBody, type RenderedBody } from './parse-bodies.ts';

/** A body's facts and HTML as a previous run derived them (the content store's copy). */
export interface KnownBody {
  /** The body's facts. */
  facts: BodyFacts;
  /** The body's HTML; null when it was read for the checks only. */
  rendered: RenderedBody | null;
}

/** An article as {@link readArchive} gives it: its file, its body's facts and, when asked for, its HTML. */
export type ReadArticle = DiskArticle & {
  /** The body's HTML for a site at the base path asked for; null when none was asked for. */
  rendered: RenderedBody | null;
};

/** How {@link readArchive} runs. */
export interface ReadArchiveOptions {
  /** Paths in messages are relative to this folder when inside it (the working folder by default). */
  from?: string;
  /** Render every body for a site at this base path ("/" or "/sub/"); null (the default) for the checks only. */
  renderForBase?: string | null;
  /** What a previous run derived for an article's unchanged file, if anything; the body is not parsed again then. */
  reuse?: (article: UnparsedArticle) => KnownBody | undefined;
  /** Worker threads to parse on at most (the machine's cores by default). */
  threads?: number;
  /** Fewer bodies to parse than this, and no worker starts. */
  minimum?: number;
  /**
   * Whether a previous run checked this article's copy against its capture
   * and neither file has changed since: its word-for-word check is then
   * skipped, once its capture still matches the SHA-256 its unchanged file
   * records. Every article is checked when absent.
   */
  checkedBefore?: (article: UnparsedArticle) => boolean;
}

/** What {@link readArchive} found. */
export interface ArchiveRead {
  /** Every entry whose file passed its checks; articles with their bodies' facts (and HTML). */
  entries: Omit<DiskArchive, 'articles'> & { articles: ReadArticle[] };
  /** Every problem, each naming its file and field or line; empty when the content is sound. */
  problems: ContentProblem[];
  /** How the bodies were had: reused from a previous run, parsed now, and on how many worker threads. */
  bodies: { reused: number; parsed: number; threads: number };
  /** Copies checked word for word against their captures now, and copies a previous run checked (unchanged since). */
  captures: { checked: number; unchanged: number };
}

/**
 * Reads and checks a content folder: the file checks of the one reader,
 * then every body parsed once, then the cross-collection checks and the
 * captures on every entry that passed the file checks, all in one run, so a
 * schema error in one file never hides a cross-collection error in another.
 */
export async function readArchive(contentDir: string, options: ReadArchiveOptions = {}): Promise<ArchiveRead> {
  const { from = process.cwd(), renderForBase = null, reuse } = options;
  const files = readFolderFiles(contentDir, from);
  // A body read before is taken as it was stored, but only with HTML when HTML is wanted.
  const known = files.entries.articles.map((article) => {
    const previous = reuse?.(article);
    return previous && (renderForBase === null || previous.rendered) ? previous : undefined;
  });
  const toParse = files.entries.articles.filter((_, index) => !known[index]);
  const parsed = await parseBodies(
    toParse.map((article) => article.body),
    { renderForBase, ...(options.threads === undefined ? {} : { threads: options.threads }), ...(options.minimum === undefined ? {} : { minimum: options.minimum }) },
  );
  const answers = new Map(toParse.map((article, index) => [article, parsed.answers[index]!]));
  const bodies = files.entries.articles.map((article, index) => known[index] ?? answers.get(article)!);
  const counts = { reused: known.filter(Boolean).length, parsed: toParse.length, threads: parsed.threads };
  return checkRead(contentDir, files, bodies, counts, options.checkedBefore);
}

/**
 * {@link readArchive} for the checks only, every body parsed in this thread:
 * the same checks in the same order, for tests and tools that cannot wait.
 */
export function readArchiveHere(contentDir: string, from = process.cwd()): ArchiveRead {
  const files = readFolderFiles(contentDir, from);
  const bodies = files.entries.articles.map((article): ParsedBody => {
    try {
      return { facts: deriveBodyFacts(article.body), rendered: null };
    } catch (error) {
      return { error: firstLineOf(error) };
    }
  });
  return checkRead(contentDir, files, bodies, { reused: 0, parsed: bodies.length, threads: 0 });
}

/** Joins each article to its parsed body (`bodies`, in order) and runs the cross-collection and capture checks. */
function checkRead(
  contentDir: string,
  files: FolderFiles,
  bodies: readonly (ParsedBody | KnownBody)[],
  counts: ArchiveRead['bodies'],
  checkedBefore: (article: UnparsedArticle) => boolean = () => false,
): ArchiveRead {
  const { entries, problems, rejected } = files;
  const articles: ReadArticle[] = [];
  entries.articles.forEach((article, index) => {
    const body = bodies[index]!;
    if (body.facts) articles.push({ ...article, ...body.facts, rendered: body.rendered });
    else {
      problems.push({ file: article.file, where: 'body', message: `the Markdown cannot be read: ${(body as { error: string }).error}` });
      rejected.add(article.id);
    }
  });
  const read = { ...entries, articles };

  // An entry that failed its file checks is missing from `read`; references to it are not problems of their own.
  const refersToRejected = (problem: ContentProblem) => [...rejected].some((id) => problem.message.includes(`"${id}"`));
  try {
    problems.push(...checkArchive(read).filter((problem) => !refersToRejected(problem)));
  } catch (error) {
    // A check that throws is a bug, but the message must still say where the run stopped.
    problems.push({ file: contentDir, where: 'cross-collection checks', message: `stopped by an unexpected error: ${firstLineOf(error)}` });
  }
  const captures = checkCaptures(contentDir, read, checkedBefore);
  problems.push(...captures.problems);
  return { entries: read, problems, bodies: counts, captures: captures.counts };
}

/**
 * Each article's copy against its capture, word for word, and each capture
 * and saved page against its recorded SHA-256; a file that is missing or
 * outside captures/ is named.
 */
function checkCaptures(
  contentDir: string,
  entries: DiskArchive,
  checkedBefore: (article: UnparsedArticle) => boolean,
): { problems: ContentProblem[]; counts: ArchiveRead['captures'] } {
  const problems: ContentProblem[] = [];
  const counts = { checked: 0, unchanged: 0 };
  let captures: string;
  try {
    captures = realpathSync(join(contentDir, 'captures'));
  } catch {
    captures = join(contentDir, 'captures');
  }
  for (const article of entries.articles) {
    const { capture } = article.data;
    const report = (where: string) => (message: string) => problems.push({ file: article.file, where, message });
    const bytes = readCapture(contentDir, captures, capture.file, report('capture.file'));
    if (capture.page) {
      const page = readCapture(contentDir, captures, capture.page.file, report('capture.page.file'));
      const changed = page && fixityProblem(capture.page.file, page, capture.page.sha256);
      if (changed) report('capture.page.sha256')(changed);
    }
    if (!bytes) continue;
    const changed = capture.sha256 && fixityProblem(capture.file, bytes, capture.sha256);
    if (changed) report('capture.sha256')(changed);
    // The recorded hash pins the capture's bytes; with the article's file unchanged too, the word-for-word result is the last run's.
    if (capture.sha256 && !changed && checkedBefore(article)) {
      counts.unchanged++;
      continue;
    }
    counts.checked++;
    problems.push(...checkCapture(article, bytes.toString('utf8')));
  }
  return { problems, counts };
}

/** A file of captures/ as bytes, or undefined with the reason reported: missing, unreadable or outside captures/. */
function readCapture(contentDir: string, captures: string, named: string, report: (message: string) => void): Buffer | undefined {
  try {
    const path = realpathSync(join(contentDir, named));
    if (!path.startsWith(captures + sep)) throw Object.assign(new Error(`${named} is not a file in captures/`), { code: 'outside' });
    return readFileSync(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    report(
      code === 'ENOENT'
        ? `${named} does not exist in ${contentDir}`
        : code === 'outside'
          ? firstLineOf(error)
          : `${named} cannot be read: ${firstLineOf(error)}`,
    );
    return undefined;
  }
}
