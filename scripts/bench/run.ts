/**
 * `npm run bench`: how the archive's build and search scale, and how its
 * pages score.
 *
 *   npm run bench                               sizes 1,000 and 10,000 (several minutes)
 *   npm run bench -- --sizes 200                a quick run
 *   npm run bench -- --sizes 1000,10000,30000,100000   how the cost per article grows (hours; not in the default run)
 *   npm run bench -- --no-lighthouse --no-hugo  skip the Lighthouse audits or the Hugo reference
 *   npm run bench -- --work-dir /tmp/x          where archives and builds go (default /tmp/archive-bench)
 *
 * For the real site: build time, search cost and Lighthouse scores per page
 * type. For each synthetic size: clean build (pages and index phases, peak
 * memory), a rebuild after a one-word edit and one after adding an article,
 * dist/ size, the search cost, and Hugo + Pagefind on the same articles for
 * reference. A size whose build fails is reported with the step it stopped
 * at and the memory it had reached; the run goes on. Prints a Markdown
 * report and writes it to bench/results/latest.md (and latest.json).
 * Builds run one at a time: Astro writes to the project's .astro/ folder.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../harness/build.ts';
import { readContentFolder } from '../../src/lib/content/archive-from-disk.ts';
import { serveSite } from '../harness/server.ts';
import { diskUsage } from './disk.ts';
import { addOneArticle, editOneWord, generateArchive } from '../harness/synthetic/generate.ts';
import { HUGO_INSTALL_HINT, hugoVersion, measureHugoAndPagefind, type HugoFigures } from './hugo.ts';
import { runLighthouse } from './lighthouse.ts';
import { describeMachine } from './machine.ts';
import { canMeasureCpu, TIME_INSTALL_HINT } from './measure.ts';
import {
  evaluateAims,
  renderMarkdown,
  type BenchResults,
  type PageAudit,
  type RealSiteResult,
  type SizeFailure,
  type SizeResult,
} from './report.ts';
import { parseSizes } from './options.ts';
import { outputFolderProblem, protectedFolders } from '../lib/build/output-guard.ts';
import { measurePageWeights } from './pages.ts';
import { measureColdQuery } from './search.ts';
import { BuildFailure, buildAndMeasure, cleanTarget, type BuildFigures, type BuildTarget } from './site-build.ts';
import { assertValidArchive } from './validate.ts';
import { segmentOf, type PageKindName } from '../../src/lib/urls/page-kinds.ts';

/** The real site's query: a place every real article mentions. */
const REAL_QUERY = 'al-Hol';

/**
 * A page's path at the root of the test server: its kind's index, or the page
 * of `id` under it, with the segment from the page-kinds table (urls.ts reads
 * Astro's import.meta.env, which plain Node lacks).
 */
function pagePath(kind: PageKindName, id?: string): string {
  return id === undefined ? `/${segmentOf(kind)}/` : `/${segmentOf(kind)}/${encodeURIComponent(id)}/`;
}

/**
 * Archives up to this size are checked with the site's schemas and
 * integrity checks before the build. Larger ones are left to the build,
 * which runs the same checks: checking 10,000 articles twice would add
 * minutes and find nothing a smaller archive from the same generator does not.
 */
const VALIDATE_UP_TO = 2_000;

/** Prints a progress line with the time of day. */
function log(message: string): void {
  console.log(`[bench ${new Date().toTimeString().slice(0, 8)}] ${message}`);
}

/** Reads the command line. */
function readOptions() {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      lighthouse: { type: 'boolean', default: true },
      hugo: { type: 'boolean', default: true },
      'work-dir': { type: 'string', default: '/tmp/archive-bench' },
    },
  });
  const sizes = parseSizes(values.sizes);
  // The work folder is emptied and filled with generated archives: never the project's own files.
  const problem = outputFolderProblem(values['work-dir'], '--work-dir', protectedFolders(ROOT));
  if (problem) throw new Error(problem);
  return { sizes, lighthouse: values.lighthouse, hugo: values.hugo, workDir: values['work-dir'] };
}

/** One page of each type of the real site, picked from the project's content. Paths are built by pagePath, since src/lib/urls/urls.ts only runs inside Astro. */
function realPageTypes(): { page: string; path: string }[] {
  const first = (folder: string, extension: string) =>
    readdirSync(join(ROOT, 'content', folder))
      .filter((name) => name.endsWith(extension))
      .sort()[0]!
      .slice(0, -extension.length);
  // Read by the one content reader, like everything else that reads the content.
  const place = readContentFolder(join(ROOT, 'content'))
    .entries.entities.slice()
    .sort((a, b) => a.id.localeCompare(b.id))
    .find((entity) => entity.data.kind === 'place')!.id;
  return [
    { page: 'home', path: '/' },
    { page: 'article', path: pagePath('articles', first('articles', '.md')) },
    { page: 'topic', path: pagePath('topics', first('topics', '.yaml')) },
    { page: 'place', path: pagePath('places', place) },
    { page: 'entities index', path: pagePath('entities') },
    { page: 'event', path: pagePath('events', first('events', '.yaml')) },
    { page: 'timeline', path: pagePath('timeline') },
    { page: 'search', path: `${pagePath('search')}?q=${encodeURIComponent(REAL_QUERY)}` },
  ];
}

/** Lighthouse on each page type of a built site, one page at a time. */
async function auditPages(siteDir: string, reportDir: string): Promise<PageAudit[]> {
  mkdirSync(reportDir, { recursive: true });
  const server = await serveSite(siteDir);
  const audits: PageAudit[] = [];
  try {
    for (const { page, path } of realPageTypes()) {
      log(`Lighthouse: ${page} (${path})`);
      try {
        const figures = await runLighthouse(new URL(path.slice(1), server.url).href, join(reportDir, `${page.replaceAll(' ', '-')}.json`));
        audits.push({ page, path, figures });
      } catch (error) {
        audits.push({ page, path, error: String(error) });
      }
    }
  } finally {
    await server.close();
  }
  return audits;
}

/** Builds and measures the real site. */
async function measureRealSite(workDir: string, lighthouse: boolean): Promise<RealSiteResult> {
  const target: BuildTarget = { outDir: join(workDir, 'real/dist'), cacheDir: join(workDir, 'real/astro-cache') };
  log('Real site: clean build');
  cleanTarget(target);
  const build = await buildAndMeasure(target);
  log(`Real site: cold query "${REAL_QUERY}"`);
  const search = await measureColdQuery(target.outDir, REAL_QUERY);
  return {
    build,
    disk: diskUsage(target.outDir),
    search,
    lighthouse: lighthouse ? await auditPages(target.outDir, join(workDir, 'real/lighthouse')) : null,
  };
}

/** The Hugo + Pagefind reference on a size's articles, or null with the reason in `note`. */
async function measureReference(
  sizeDir: string,
  articlesDir: string,
  hugo: string | null,
  note: { text: string },
): Promise<HugoFigures | null> {
  if (!hugo) return null;
  try {
    return await measureHugoAndPagefind(join(sizeDir, 'hugo'), articlesDir, hugo);
  } catch (error) {
    note.text = `failed: ${String(error).split('\n')[0]}`;
    log(`Hugo reference ${note.text}`);
    return null;
  }
}

/**
 * Generates, builds and measures one synthetic archive. A step that fails
 * ends the size with a {@link SizeFailure} naming the step, its error and the
 * memory reached, instead of ending the run: at 100,000 articles where a
 * build stops is itself the figure the benchmark owes.
 */
async function measureSize(articles: number, workDir: string, hugo: string | null, hugoNote: string): Promise<SizeResult | SizeFailure> {
  const sizeDir = join(workDir, String(articles));
  let step = 'generating the archive';
  let clean: BuildFigures | undefined;
  try {
    log(`${articles} articles: generating`);
    const archive = generateArchive(join(sizeDir, 'content'), articles);
    if (articles <= VALIDATE_UP_TO) {
      step = 'checking the archive';
      log(`${articles} articles: checking with the site's schemas and integrity checks`);
      assertValidArchive(archive.contentDir);
    }
    const target: BuildTarget = { contentDir: archive.contentDir, outDir: join(sizeDir, 'dist'), cacheDir: join(sizeDir, 'astro-cache') };
    step = 'clean build';
    log(`${articles} articles: clean build`);
    cleanTarget(target);
    clean = await buildAndMeasure(target);
    const disk = diskUsage(target.outDir);
    step = 'weighing every page';
    log(`${articles} articles: weighing every page`);
    const pageWeights = measurePageWeights(target.outDir);
    step = 'cold query';
    log(`${articles} articles: cold query "${archive.query}"`);
    const search = await measureColdQuery(target.outDir, archive.query);
    step = 'rebuild after a one-word edit';
    log(`${articles} articles: rebuild after a one-word edit of ${archive.articleToEdit}`);
    editOneWord(archive.contentDir, archive.articleToEdit);
    const rebuild = await buildAndMeasure(target);
    step = 'rebuild after adding one article';
    const added = addOneArticle(archive.contentDir, archive.articles);
    log(`${articles} articles: rebuild after adding ${added}`);
    const addition = await buildAndMeasure(target);
    step = 'Hugo + Pagefind reference';
    log(`${articles} articles: Hugo + Pagefind reference`);
    const note = { text: hugoNote };
    // The reference builds the same articles the clean build had, less the added one.
    rmSync(join(archive.contentDir, 'articles', `${added}.md`));
    const reference = await measureReference(sizeDir, join(archive.contentDir, 'articles'), hugo, note);
    return {
      articles: archive.articles,
      events: archive.events,
      entities: archive.entities,
      topics: archive.topics,
      clean,
      rebuild,
      addition,
      disk,
      pageWeights,
      search,
      hugo: reference,
      ...(reference ? {} : { hugoNote: note.text }),
    };
  } catch (error) {
    log(`${articles} articles: stopped at ${step}: ${String(error).split('\n')[0]}`);
    return sizeFailure(articles, step, error, clean);
  }
}

/** What is known of a size that did not finish. */
function sizeFailure(articles: number, step: string, error: unknown, clean: BuildFigures | undefined): SizeFailure {
  const build = error instanceof BuildFailure ? error : undefined;
  return {
    articles,
    step,
    error: String(error instanceof Error ? error.message : error)
      .split('\n')
      .filter((line) => line.trim())
      .slice(-12)
      .join('\n'),
    ...(build
      ? {
          build: {
            status: build.status,
            wallMs: build.wallMs,
            peakRssTotalBytes: build.peakRssTotalBytes,
            peakProcessHwmBytes: build.peakProcessHwmBytes,
            peakProcessName: build.peakProcessName,
            lastProgress: build.lastProgress,
          },
        }
      : {}),
    ...(clean ? { clean } : {}),
  };
}

/** Runs the whole benchmark and writes the report. */
async function main(): Promise<void> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions();
  } catch (error) {
    // Bad arguments: say which, and stop before anything is generated or written.
    console.error(`npm run bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const machine = describeMachine();
  log(`${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}; sizes ${options.sizes.join(', ')}; work in ${options.workDir}`);
  const hugo = options.hugo ? hugoVersion() : null;
  const hugoNote = options.hugo ? HUGO_INSTALL_HINT : 'skipped (--no-hugo)';
  if (options.hugo && !hugo) log(HUGO_INSTALL_HINT);
  if (!canMeasureCpu()) log(TIME_INSTALL_HINT);

  const real = await measureRealSite(options.workDir, options.lighthouse);
  const sizes: SizeResult[] = [];
  const failures: SizeFailure[] = [];
  for (const articles of options.sizes) {
    const result = await measureSize(articles, options.workDir, hugo, hugoNote);
    if ('step' in result) failures.push(result);
    else sizes.push(result);
  }

  const results: BenchResults = { machine, real, sizes, failures, aims: evaluateAims(real, sizes, failures) };
  const markdown = renderMarkdown(results);
  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'latest.md'), markdown);
  console.log(`\n${markdown}`);
  log(`Written to ${join(resultsDir, 'latest.md')} and latest.json`);
}

await main();
