/**
 * The content loader's problems, handed to `npm run build` in a file. Astro
 * prints a loader's error with its location and stack trace, which an
 * archivist fixing a field has no use for; the loader writes the problems
 * here before it throws, and scripts/build.mjs, seeing the file, hides
 * Astro's report and prints only these, one line each, naming file and field.
 * The file lives in the build's cache folder (ARCHIVE_CACHE_DIR), which is
 * one build's own: builds of one checkout take turns (the build lock).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { settings } from '../../../settings.ts';
import type { ContentProblem } from '../problems.ts';

/** Where the loader writes the problems of a failed run, for a project at `root`. */
export function problemsReportPath(root: string): string {
  return resolve(root, settings().cacheDir, 'content-problems.json');
}

/** Records the problems that stopped a run (replacing any earlier record). */
export function writeProblemsReport(root: string, problems: readonly ContentProblem[]): void {
  const path = problemsReportPath(root);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(problems));
}

/** Forgets the last failed run's problems: a run that passes, or a build about to start, leaves none behind. */
export function clearProblemsReport(root: string): void {
  rmSync(problemsReportPath(root), { force: true });
}

/** The problems the last failed run recorded, or undefined when there is no record. */
export function readProblemsReport(root: string): ContentProblem[] | undefined {
  try {
    return JSON.parse(readFileSync(problemsReportPath(root), 'utf8')) as ContentProblem[];
  } catch {
    return undefined;
  }
}
