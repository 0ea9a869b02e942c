/**
 * Every check the archive's content must pass, run straight from disk in a
 * second or two, without building the site: the schemas, the
 * cross-collection checks the build runs (`checkArchive`) and the
 * word-for-word rule between each article and its capture. `npm run
 * check-content` prints the result; an archivist can run it after every edit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentFromDisk } from '../../src/lib/content/archive-from-disk.ts';
import { checkCapture } from '../../src/lib/content/capture-check.ts';
import { checkContentFiles } from '../../src/lib/content/checks/files.ts';
import type { ContentProblem } from '../../src/lib/content/problems.ts';
import { checkArchive } from '../../src/lib/content/integrity.ts';

/** What {@link checkContent} found. */
export interface ContentReport {
  /** Every problem, each naming its file and field or line. */
  problems: ContentProblem[];
  /** How many entries of each collection were read (those that passed their schema). */
  counts: { articles: number; drafts: number; topics: number; entities: number; events: number; figures: number };
}

/** Runs every content check on a content folder and returns what it found. */
export function checkContent(contentDir: string): ContentReport {
  // The file checks the build runs first (UTF-8, file names, unexpected files, YAML
  // at its line, schemas); the loader's own schema problems for a file they already
  // named would only repeat them.
  const fileProblems = checkContentFiles(contentDir);
  const namedFiles = new Set(fileProblems.map((problem) => problem.file));
  const loaded = loadContentFromDisk(contentDir);
  const { archive, rejected } = loaded;
  const problems = [...fileProblems, ...loaded.problems.filter((problem) => !namedFiles.has(problem.file))];
  // An entry that failed its schema is missing from `archive`; references to it are not problems of their own.
  const refersToRejected = (problem: ContentProblem) => [...rejected].some((id) => problem.message.includes(`"${id}"`));
  problems.push(...checkArchive(archive).filter((problem) => !refersToRejected(problem)));
  for (const article of archive.articles) {
    const capturePath = join(contentDir, article.data.capture.file);
    if (!existsSync(capturePath)) {
      problems.push({ file: article.file, where: 'capture.file', message: `${article.data.capture.file} does not exist in ${contentDir}` });
      continue;
    }
    problems.push(...checkCapture(article, readFileSync(capturePath, 'utf8')));
  }
  return {
    problems,
    counts: {
      articles: archive.articles.length,
      drafts: archive.articles.filter((article) => article.data.draft).length,
      topics: archive.topics.length,
      entities: archive.entities.length,
      events: archive.events.length,
      figures: archive.figures.length,
    },
  };
}
