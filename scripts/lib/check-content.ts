/**
 * Every check the archive's content must pass, run straight from disk in a
 * second or two, without building the site: the schemas, the
 * cross-collection checks the build runs (`checkArchive`) and the
 * word-for-word rule between each article and its capture. `npm run
 * check-content` prints the result; an archivist can run it after every edit.
 */
import type { DiskArchive } from '../../src/lib/content/archive-from-disk.ts';
import type { ContentProblem } from '../../src/lib/content/problems.ts';
import type { UnparsedArticle } from '../../src/lib/content/archive-from-disk.ts';
import { entityNames, unlistedEntityWarnings } from '../../src/lib/content/checks/unlisted-entities.ts';
import type { BodyFacts } from '../../src/lib/content/body-facts.ts';
import type { DerivedCache } from '../../src/lib/content/derived-cache.ts';
import { readArchive, readArchiveHere, type ArchiveRead, type ReadArticle } from '../../src/lib/content/loader/read-archive.ts';

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
 * all in one run. The build's pre-check and `npm run check-content` call it;
 * `bodies` says how many bodies were parsed and on how many threads.
 *
 * With `facts` (the build's pre-check), a body whose facts it holds is not
 * parsed, and it is left holding exactly the facts of this run's bodies:
 * the pre-check then parses only what changed since the last build, as the
 * loader does with Astro's content store.
 */
export async function checkContentOnAllCores(
  contentDir: string,
  from = process.cwd(),
  facts?: DerivedCache<BodyFacts>,
): Promise<ContentReport & { bodies: ArchiveRead['bodies'] }> {
  const reuse =
    facts &&
    ((article: UnparsedArticle) => (facts.has(article.body) ? { facts: facts.get(article.body, unreachable), rendered: null } : undefined));
  const read = await readArchive(contentDir, { from, ...(reuse ? { reuse } : {}) });
  // Every body read this run, parsed or reused, so the cache keeps these and no others.
  if (facts) for (const article of read.entries.articles) facts.get(article.body, () => bodyFactsOf(article));
  return { ...reportOf(read), bodies: read.bodies };
}

/** The facts of an article as `readArchive` gives them. */
function bodyFactsOf({ paragraphs, unsafe = [], links = [], otherText = [] }: ReadArticle): BodyFacts {
  return { paragraphs, unsafe: [...unsafe], links: [...links], otherText: [...otherText] };
}

/** For a lookup the cache was just asked about (`has`): never called. */
function unreachable(): never {
  throw new Error('the facts cache lost a value it had a moment ago');
}

/** {@link checkContentOnAllCores} in this thread (`readArchiveHere`), for tests that check a small folder. */
export function checkContent(contentDir: string, from = process.cwd()): ContentReport {
  return reportOf(readArchiveHere(contentDir, from));
}
