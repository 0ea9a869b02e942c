/**
 * Incremental builds (issue 23): a synthetic archive, with page sizes small
 * enough that every kind of list runs to several pages, is built, built
 * again unchanged, then built again after one word of one article changed.
 *
 * - Unchanged, Astro renders only the routes that have no static paths (and
 *   so no cache key): a handful of index pages, whatever the archive's size.
 * - After the edit it renders, besides those, exactly the pages that show
 *   the article (its own page and every page linking to it, and no later
 *   page of a list it is not on) and the open data files whose content
 *   changed; every other page is copied from the last build.
 * - The search index is in shards (40 articles each): only the shards
 *   holding a page that changed are indexed again, the others are copied
 *   from the last build.
 * - The result is byte for byte the site a clean build of the edited
 *   archive makes, search index included.
 * - Astro's content store, kept in the cache folder between builds, is in
 *   chunks of bounded size: as one file it becomes one string of the whole
 *   archive, which at about 40,000 articles passes V8's longest string.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, pageWork, ROOT, type BuildResult, type PageWork } from '../../scripts/harness/build.ts';
import { listSiteFiles } from '../../scripts/harness/gates/site.ts';
import { editOneWord, generateArchive, type GeneratedArchive } from '../../scripts/harness/synthetic/generate.ts';
import { planShards, renderedArticleIds, shardFiles } from '../../scripts/lib/build/search-shards.ts';
import { compareSiteTrees } from '../quality/gates/reproducibility.ts';

/** The largest chunk of Astro's content store: its default for `collectionStorage: 'chunked'`, 20 MiB. */
const STORE_CHUNK_BYTES = 20 * 1024 * 1024;

/** Small pages, so the home page, topics, entities and the timeline each run to several pages at this size. */
const PAGE_SIZES = {
  ARCHIVE_PAGE_SIZE_ARTICLES: '8',
  ARCHIVE_PAGE_SIZE_ARTICLES_LATER: '12',
  ARCHIVE_PAGE_SIZE_MENTIONS: '6',
  ARCHIVE_PAGE_SIZE_MENTIONS_LATER: '10',
  ARCHIVE_PAGE_SIZE_TIMELINE: '10',
  ARCHIVE_PAGE_SIZE_ENTITIES: '20',
};

/** Articles per search shard: 120 articles make shard 0 (the archive's own pages) and three shards of articles. */
const SHARD_SIZE = 40;

let work: string;
let archive: GeneratedArchive;
let unchanged: PageWork;
let edited: PageWork;
/** What the build after the edit printed. */
let editedOutput: string;
let siteDir: string;
let cleanDir: string;
/** SHA-256 of every file of the first build, by path. */
const before = new Map<string, string>();

/** Builds the archive into `outDir` (whose cache folder is kept between builds); a failed build fails the test with its output. */
async function build(outDir: string): Promise<BuildResult> {
  const result = await buildSite({
    contentDir: archive.contentDir,
    outDir,
    env: { ...PAGE_SIZES, ARCHIVE_SEARCH_SHARD_SIZE: String(SHARD_SIZE) },
  });
  if (result.status !== 0) throw new Error(`The synthetic archive did not build:\n${result.output.slice(-4000)}`);
  return result;
}

/** SHA-256 of a file in hex. */
function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'archive-incremental-'));
  archive = generateArchive(join(work, 'content'), 120);
  siteDir = join(work, 'dist');
  await build(siteDir);
  for (const file of listSiteFiles(siteDir)) before.set(file, sha256(join(siteDir, file)));
  unchanged = pageWork((await build(siteDir)).output);
  editOneWord(archive.contentDir, archive.articleToEdit);
  editedOutput = (await build(siteDir)).output;
  edited = pageWork(editedOutput);
  cleanDir = join(work, 'clean');
  await build(cleanDir);
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The route file in src/pages an output file comes from, when it is a route without parameters ("/rss.xml" → "rss.xml.ts"). */
function staticRouteFile(outputFile: string): string | undefined {
  const path = outputFile.replace(/^\//, '');
  const candidates = path.endsWith('.html') ? [path.replace(/\.html$/, '.astro')] : [`${path}.ts`];
  return candidates.find((candidate) => existsSync(join(ROOT, 'src/pages', candidate)));
}

describe('an incremental build', () => {
  it('with nothing changed, renders only the routes without static paths and copies every other page', () => {
    expect(unchanged.reused.length).toBeGreaterThan(300);
    expect(unchanged.rendered.length).toBeLessThan(20);
    for (const file of unchanged.rendered) {
      const route = staticRouteFile(file);
      expect(route, `${file} was rendered again though nothing changed`).toBeDefined();
      expect(readFileSync(join(ROOT, 'src/pages', route!), 'utf8'), `${route} has static paths, so it should have been reused`).not.toMatch(
        /getStaticPaths/,
      );
    }
  });

  it('after a one-word edit, renders exactly the pages that show the article and the data files that changed', () => {
    const articlePath = `/articles/${archive.articleToEdit}/`;
    const astroFiles = new Set([...edited.rendered, ...edited.reused].map((file) => file.replace(/^\//, '')));
    const always = new Set(unchanged.rendered);
    const expected = listSiteFiles(cleanDir)
      .filter((file) => astroFiles.has(file))
      .filter((file) => {
        const changed = before.get(file) !== sha256(join(cleanDir, file));
        // The previous and next links of the neighbouring articles show only a headline, publisher and date, which a
        // body edit leaves as they were: those pages are rightly reused, so those links do not count.
        const html = file.endsWith('.html')
          ? readFileSync(join(cleanDir, file), 'utf8').replace(/<nav class="[^"]*article-steps[\s\S]*?<\/nav>/, '')
          : '';
        const showsArticle = html.includes(`href="${articlePath}`);
        return changed || showsArticle;
      })
      .map((file) => `/${file}`)
      .filter((file) => !always.has(file))
      .sort();
    const rendered = edited.rendered.filter((file) => !always.has(file)).sort();

    // The article's page, the lists it is on, the pages of the names it mentions: more than one page, far fewer than all.
    expect(rendered).toContain(`${articlePath}index.html`);
    expect(rendered.length).toBeLessThan(edited.reused.length / 5);
    expect(rendered).toEqual(expected);
  });

  it('indexes again exactly the search shards that hold a changed page, and copies the others from the last build', () => {
    const shards = planShards(renderedArticleIds(cleanDir), SHARD_SIZE);
    expect(shards.length).toBe(4);
    const changed = shards
      .filter((shard) => shardFiles(cleanDir, shard).some((file) => before.get(file) !== sha256(join(cleanDir, file))))
      .map((shard) => shard.number);
    const indexed = [...editedOutput.matchAll(/indexed \d+ pages in \d+ ms \(shard (\d+) of/g)].map((match) => Number(match[1]));
    const reused = [...editedOutput.matchAll(/reused shard (\d+):/g)].map((match) => Number(match[1]));
    // The edited article's shard among them, and not every shard.
    expect(changed).toContain(shards.find((shard) => shard.articleIds.includes(archive.articleToEdit))!.number);
    expect(changed.length).toBeLessThan(shards.length);
    expect(indexed.sort()).toEqual(changed);
    expect(reused.sort()).toEqual(shards.map((shard) => shard.number).filter((number) => !changed.includes(number)));
  });

  it('leaves the site byte for byte as a clean build of the edited archive, search index included', () => {
    expect(compareSiteTrees(cleanDir, siteDir)).toEqual([]);
  });

  it("keeps Astro's content store in chunks of bounded size, never one file of the whole archive", () => {
    const cache = `${siteDir}.cache`;
    expect(existsSync(join(cache, 'data-store.json')), 'a single-file content store').toBe(false);
    const manifest = JSON.parse(readFileSync(join(cache, 'data-store', 'manifest.json'), 'utf8')) as Record<string, string[]>;
    expect(manifest.articles?.length).toBeGreaterThan(0);
    for (const part of Object.values(manifest).flat()) {
      expect(statSync(join(cache, 'data-store', part)).size, part).toBeLessThanOrEqual(STORE_CHUNK_BYTES);
    }
  });
});
