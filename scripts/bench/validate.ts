/**
 * Checks a generated archive with the site's own schemas and integrity
 * checks before building it, so a generator mistake fails in seconds with
 * the file and field named, not minutes into a build.
 */
import { checkArchive } from '../../src/lib/content/integrity.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { loadArchiveFromDisk } from '../../src/lib/content/archive-from-disk.ts';

/** Throws, listing the first problems, unless the archive in `contentDir` passes every check the build makes. */
export function assertValidArchive(contentDir: string): void {
  const problems = checkArchive(loadArchiveFromDisk(contentDir));
  if (problems.length > 0) {
    const shown = problems
      .slice(0, 20)
      .map((problem) => `  - ${formatProblem(problem)}`)
      .join('\n');
    throw new Error(`The generated archive in ${contentDir} has ${problems.length} problems:\n${shown}`);
  }
}
