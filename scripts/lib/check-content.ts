/**
 * Every check the archive's content must pass, run straight from disk in a
 * second or two, without building the site: the schemas, the
 * cross-collection checks the build runs (`checkArchive`) and the
 * word-for-word rule between each article and its capture. `npm run
 * check-content` prints the result; an archivist can run it after every edit.
 */
import type { DiskArchive } from '../../src/lib/content/archive-from-disk.ts';
import type { ContentProblem } from '../../src/lib/content/problems.ts';
import { entityNames, unlistedEntityWarnings } from '../../src/lib/content/checks/unlisted-entities.ts';
import { readArchive, readArchiveHere, type ArchiveRead } from '../../src/lib/content/loader/read-archive.ts';

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

/** The report of a read: its problems, its entries and how many of each collection there are. */
function reportOf({ entries, problems }: ArchiveRead): ContentReport {
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
 * Runs every content check on a content folder, with the same function the
 * site's content loader calls (`readArchive`, src/lib/content/loader/), its
 * bodies parsed on every core: the file checks of the one reader, then the
 * cross-collection checks and the captures on every entry that passed them,
 * all in one run. `npm run check-content` calls it (the build runs the same
 * checks in the loader itself); `bodies` says how many bodies were parsed and
 * on how many threads.
 */
export async function checkContentOnAllCores(
  contentDir: string,
  from = process.cwd(),
): Promise<ContentReport & { bodies: ArchiveRead['bodies'] }> {
  const read = await readArchive(contentDir, { from });
  return { ...reportOf(read), bodies: read.bodies };
}

/** {@link checkContentOnAllCores} in this thread (`readArchiveHere`), for tests that check a small folder. */
export function checkContent(contentDir: string, from = process.cwd()): ContentReport {
  return reportOf(readArchiveHere(contentDir, from));
}
