/**
 * Every check the archive's content must pass, run straight from disk in a
 * second or two, without building the site: the schemas, the
 * cross-collection checks the build runs (`checkArchive`) and the
 * word-for-word rule between each article and its capture. `npm run
 * check-content` prints the result; an archivist can run it after every edit.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { readContentFolder, type DiskArchive, type ReadOptions } from '../../src/lib/content/archive-from-disk.ts';
import { checkCapture, fixityProblem } from '../../src/lib/content/capture-check.ts';
import { firstLineOf } from '../../src/lib/content/checks/files.ts';
import type { ContentProblem } from '../../src/lib/content/problems.ts';
import { checkArchive } from '../../src/lib/content/integrity.ts';
import { entityNames, unlistedEntityWarnings } from '../../src/lib/content/checks/unlisted-entities.ts';
import type { BodyFacts } from '../../src/lib/content/body-facts.ts';
import type { DerivedCache } from '../../src/lib/content/derived-cache.ts';
import { articleBodies, parseBodiesInParallel, type ParallelParse, type RenderAhead } from './build/parallel-bodies.ts';

/** What {@link checkContent} found. */
export interface ContentReport {
  /** Every problem, each naming its file and field or line. */
  problems: ContentProblem[];
  /** What the archivist should look at but may leave: published articles that name an entity they do not list. */
  warnings: ContentProblem[];
  /** How many entries of each collection were read (those that passed their schema). */
  counts: { articles: number; drafts: number; topics: number; entities: number; events: number; figures: number };
  /** The entries that passed the file checks (the build reads which articles are published from them). */
  entries: DiskArchive;
}

/**
 * Runs every content check on a content folder and returns what it found:
 * the file checks of the one reader, then the cross-collection checks and
 * the captures on every entry that passed them, all in one run, so a schema
 * error in one file never hides a cross-collection error in another. The
 * build's pre-check and `npm run check-content` both call this.
 */
export function checkContent(contentDir: string, from = process.cwd(), options: ReadOptions = {}): ContentReport {
  const { entries, problems, rejected } = readContentFolder(contentDir, from, options);
  // An entry that failed its file checks is missing from `entries`; references to it are not problems of their own.
  const refersToRejected = (problem: ContentProblem) => [...rejected].some((id) => problem.message.includes(`"${id}"`));
  try {
    problems.push(...checkArchive(entries).filter((problem) => !refersToRejected(problem)));
  } catch (error) {
    // A check that throws is a bug, but the message must still say where the run stopped.
    problems.push({ file: contentDir, where: 'cross-collection checks', message: `stopped by an unexpected error: ${firstLineOf(error)}` });
  }
  problems.push(...checkCaptures(contentDir, entries));
  return {
    problems,
    warnings: unlistedEntityWarnings(entries.articles, entityNames(entries.entities)),
    counts: {
      articles: entries.articles.length,
      drafts: entries.articles.filter((article) => article.data.draft).length,
      topics: entries.topics.length,
      entities: entries.entities.length,
      events: entries.events.length,
      figures: entries.figures.length,
    },
    entries,
  };
}

/**
 * {@link checkContent} with the article bodies `bodyCache` lacks parsed on
 * every core first (build/parallel-bodies.ts), so the checks find their facts
 * there; with `render` (the build), the same parse renders their HTML for
 * Astro. The build's pre-check and `npm run check-content` both call this;
 * `parallel` says how much the workers parsed.
 */
export async function checkContentOnAllCores(
  contentDir: string,
  bodyCache: DerivedCache<BodyFacts>,
  from = process.cwd(),
  render?: RenderAhead,
): Promise<ContentReport & { parallel: ParallelParse }> {
  const parallel = await parseBodiesInParallel(articleBodies(contentDir), bodyCache, { render });
  return { ...checkContent(contentDir, from, { bodyCache }), parallel };
}

/**
 * Each article's copy against its capture, word for word, and each capture
 * and saved page against its recorded SHA-256; a file that is missing or
 * outside captures/ is named.
 */
function checkCaptures(contentDir: string, entries: DiskArchive): ContentProblem[] {
  const problems: ContentProblem[] = [];
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
    problems.push(...checkCapture(article, bytes.toString('utf8')));
  }
  return problems;
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
