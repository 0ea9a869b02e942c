/**
 * How the search index is split into shards, each indexed by its own Pagefind
 * run (so the search step's peak memory is the largest shard's, not the whole
 * archive's) and merged in the browser with Pagefind's mergeIndex
 * (src/browser/search/sources.ts).
 *
 * The plan is read from the rendered site alone, so every shard job, on any
 * machine, computes the same plan from the same pages:
 *   - up to `size` articles: one shard, everything in `pagefind/`, as an
 *     unsharded build would write it;
 *   - more: shard 0 holds the archive's own pages (events, topics, entities,
 *     figures) in `pagefind/`, the primary index the page loads first, and
 *     shards 1…K hold `size` articles each, in the order of their ids, in
 *     `pagefind/shard-K/`.
 * Ids start with the publication date, so id order is about date order and an
 * article added to the archive usually lands in the last shard.
 *
 * A shard is a list of files, which scripts/index-search.mjs hands to
 * Pagefind one by one (addHTMLFile), not a glob: Pagefind compiles a glob
 * into one pattern and refuses one naming 3,000 articles or more ("Provided
 * glob … did not parse as a valid glob"), so a list is what lets a shard be of
 * any size, and it fixes the order Pagefind numbers the pages in.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchedSegments, segmentOf } from '../../../src/lib/urls/page-kinds.ts';

/** The folder of the primary index, relative to the site folder. */
export const PRIMARY_INDEX_DIR = 'pagefind';

/** The shard list the search page reads, relative to the site folder: which indexes to merge into the primary. */
export const SHARD_MANIFEST = `${PRIMARY_INDEX_DIR}/shards.json`;

/**
 * The pages that carry data-pagefind-body, by the page-kinds table's
 * "searched" column (src/lib/urls/page-kinds.ts): page 1 of each article,
 * event, topic and entity, and the figures page. Pagefind keeps in memory
 * every file it reads, including those it then drops for lacking the mark,
 * so it is given only these. The build's verify step checks that the shards
 * hold exactly the marked pages, so a page kind marked without being
 * "searched" in the table stops the build.
 */
const ARTICLES = segmentOf('articles');

/** The segments of the archive's own pages searched one page per entry (all but the articles). */
const ARCHIVE_PAGE_TYPES = searchedSegments('each').filter((segment) => segment !== ARTICLES);

/** The segments whose one index page is searched ("figures"). */
const SEARCHED_INDEXES = searchedSegments('index');

/** The file of an article's page, relative to the site folder: "articles/<id>/index.html". */
export function articlePageFile(id: string): string {
  return `${ARTICLES}/${id}/index.html`;
}

/** One Pagefind run: which pages it indexes and where it writes. */
export interface SearchShard {
  /** 0 for the primary index; 1… for the article shards. */
  number: number;
  /** Where the shard's index is written, relative to the site folder, e.g. "pagefind/shard-1". */
  dir: string;
  /** How many articles it holds (all of them for a single shard; none for shard 0 of several). */
  articles: number;
  /** The ids of the articles it holds, sorted. */
  articleIds: readonly string[];
  /** Whether it holds the archive's own pages (shard 0). */
  archivePages: boolean;
}

/** The ids of the articles with a rendered page in a site folder, sorted. */
export function renderedArticleIds(siteDir: string): string[] {
  const folder = join(siteDir, ARTICLES);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** The shards for these article ids (sorted) at `size` articles per shard. */
export function planShards(articleIds: readonly string[], size: number): SearchShard[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`the shard size must be a positive whole number; got ${size}`);
  if (articleIds.length <= size)
    return [{ number: 0, dir: PRIMARY_INDEX_DIR, articles: articleIds.length, articleIds, archivePages: true }];
  const shards: SearchShard[] = [{ number: 0, dir: PRIMARY_INDEX_DIR, articles: 0, articleIds: [], archivePages: true }];
  for (let start = 0; start < articleIds.length; start += size) {
    const chunk = articleIds.slice(start, start + size);
    const number = shards.length;
    shards.push({
      number,
      dir: `${PRIMARY_INDEX_DIR}/shard-${number}`,
      articles: chunk.length,
      articleIds: chunk,
      archivePages: false,
    });
  }
  return shards;
}

/** The shard list the search page reads: each merged index's folder relative to the primary's (empty for a single shard). */
export interface ShardManifest {
  /** Folders of the indexes merged into the primary, relative to it, each ending in "/", e.g. "shard-1/". */
  shards: string[];
}

/** The manifest for a plan. */
export function shardManifest(shards: readonly SearchShard[]): ShardManifest {
  return { shards: shards.filter((shard) => shard.number > 0).map((shard) => `${shard.dir.slice(PRIMARY_INDEX_DIR.length + 1)}/`) };
}

/** The files a shard indexes, relative to the site folder, sorted: the order Pagefind is given them in. */
export function shardFiles(siteDir: string, shard: SearchShard): string[] {
  const files = shard.articleIds.map(articlePageFile);
  if (shard.archivePages) {
    for (const type of ARCHIVE_PAGE_TYPES) {
      const folder = join(siteDir, type);
      if (!existsSync(folder)) continue;
      for (const entry of readdirSync(folder, { withFileTypes: true }))
        if (entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html'))) files.push(`${type}/${entry.name}/index.html`);
    }
    for (const segment of SEARCHED_INDEXES) if (existsSync(join(siteDir, segment, 'index.html'))) files.push(`${segment}/index.html`);
  }
  return files.sort();
}

/**
 * What a shard's index is made from, as one hash: `indexer` (Pagefind's
 * version and the options it is run with), the shard's folder, and each of its
 * pages' path and content. Equal keys give the same index, so a rebuild takes
 * a shard whose key did not change from the previous site instead of
 * indexing it again.
 */
export function shardKey(siteDir: string, shard: SearchShard, indexer: string): string {
  const hash = createHash('sha256').update(`${indexer}\n${shard.dir}\n`);
  for (const file of shardFiles(siteDir, shard))
    hash.update(`${file}\n`).update(
      createHash('sha256')
        .update(readFileSync(join(siteDir, file)))
        .digest('hex'),
    );
  return hash.digest('hex');
}

/** The file beside a shard's index that records the key it was made from (not read by the search page). */
export const SHARD_KEY_FILE = 'shard-key.txt';
