/**
 * Builds the site the way `npm run build` does (scripts/build.mjs, staged)
 * and splits the run into phases from the lines the build prints and when
 * each arrived: Astro's own ("Synced content", "generating static routes",
 * "Completed in"), the archive's ("[archive] derived data … in N ms"), the
 * search index's ("indexed N pages in M ms", once per shard) and, when scripts/build.mjs
 * prints them, its own phase lines ("[build] astro: N ms", "[build] search
 * index: N ms", "[build] verify: N ms", "[build] swap: N ms").
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildEnvironment as testBuildEnvironment, pageWork, ROOT } from '../harness/build.ts';
import { runMeasured, tail, type MeasuredRun, type OutputLine } from './measure.ts';

/** Where a build reads from and writes to. */
export interface BuildTarget {
  /** Content folder (ARCHIVE_CONTENT_DIR); the project's own content when absent. */
  contentDir?: string;
  outDir: string;
  /** Astro's cache (ARCHIVE_CACHE_DIR), kept per target so no other build shares it. */
  cacheDir: string;
}

/** Time and memory of one build. */
export interface BuildFigures {
  totalMs: number;
  /** Start to the moment indexing began: content sync, bundling and page rendering. */
  pagesMs: number;
  /** The search step (every shard, indexed or reused), from {@link searchStep}. */
  indexMs: number;
  /** Pages Pagefind indexed, over every shard it indexed (a reused shard's pages are not counted). */
  pagesIndexed: number;
  /** Peak tree RSS before indexing began. */
  peakRssPagesBytes: number;
  /** Peak tree RSS while the search step ran (every shard's Pagefind, one after another). */
  peakRssIndexBytes: number;
  /** Peak tree RSS over the whole build. */
  peakRssTotalBytes: number;
  /** Highest VmHWM of a single process (exact; the tree figures are sampled). */
  peakProcessHwmBytes: number;
  /** Which process that was. */
  peakProcessName: string;
  /** Where the time went, phase by phase, in build order (see {@link buildPhases}). */
  phases: BuildPhase[];
  /** Pages (and data files) Astro rendered, and those its incremental build copied from the last build, from its log. */
  pageWork: { rendered: number; reused: number };
  /** Derived data from the cache and parsed afresh, from the archive's log line; null when it printed none. */
  derivedCache: { hits: number; misses: number } | null;
  /** CPU time of the whole build (user + system), or null without GNU time. */
  cpuMs: number | null;
  /** 1-minute load average as the build ended: how busy the machine was around it. */
  loadAverage: number;
}

const INDEXED_LINE = /indexed (\d+) pages in (\d+) ms/;

/** scripts/build.mjs's line for the whole search step, shards and shard list included. */
const SEARCH_STEP_LINE = /\[build\] search index: (\d+) ms/;

/** The search step of a build, from its log. */
export interface SearchStep {
  /** Pages indexed, summed over every shard's "indexed N pages" line. */
  pages: number;
  /** Shards indexed (one line each); shards copied from the last build print no such line. */
  shards: number;
  /** When the step began, ms after the build's start. */
  startMs: number;
  /** How long it took, ms. */
  ms: number;
}

/**
 * The search step from a build's log. Each shard prints "indexed N pages
 * in M ms" (scripts/index-search.mjs), so the pages are the sum over those
 * lines; the step's time is build.mjs's "[build] search index: N ms" when it
 * printed one (it covers every shard, the reused ones and the shard list),
 * else the span from the first shard's start to the last shard's end.
 * Throws when the log has neither.
 */
export function searchStep(lines: readonly OutputLine[]): SearchStep {
  const indexed = lines.flatMap((line) => {
    const match = INDEXED_LINE.exec(line.text);
    return match ? [{ atMs: line.atMs, pages: Number(match[1]), ms: Number(match[2]) }] : [];
  });
  const pages = indexed.reduce((sum, shard) => sum + shard.pages, 0);
  const whole = lines.find((line) => SEARCH_STEP_LINE.test(line.text));
  if (whole) {
    const ms = Number(SEARCH_STEP_LINE.exec(whole.text)![1]);
    return { pages, shards: indexed.length, startMs: whole.atMs - ms, ms };
  }
  if (indexed.length === 0) throw new Error('The build log has no "indexed N pages in M ms" line and no "[build] search index" line');
  const startMs = Math.min(...indexed.map((shard) => shard.atMs - shard.ms));
  return { pages, shards: indexed.length, startMs, ms: Math.max(...indexed.map((shard) => shard.atMs)) - startMs };
}

/** One phase of a build and how long it took. */
interface BuildPhase {
  /** What ran, in words: "content layer (Markdown)", "page rendering". */
  name: string;
  /** Wall time, ms. */
  ms: number;
}

/** The moment (ms after the start) the first line matching `pattern` arrived, at or after `from`. */
function arrival(lines: readonly OutputLine[], pattern: RegExp, from = 0): number | undefined {
  return lines.find((line) => line.atMs >= from && pattern.test(line.text))?.atMs;
}

/** The number in the first line matching `pattern` (its first group). */
function reported(lines: readonly OutputLine[], pattern: RegExp): number | undefined {
  for (const line of lines) {
    const match = pattern.exec(line.text);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Where a build's time went, from its output. Phases whose marker lines are
 * missing are left out rather than guessed; what is left between known
 * phases is named for what runs there.
 */
function buildPhases(lines: readonly OutputLine[], totalMs: number, index: { startMs: number; ms: number }): BuildPhase[] {
  const phases: BuildPhase[] = [];
  const add = (name: string, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined && to >= from) phases.push({ name, ms: to - from });
  };
  const syncing = arrival(lines, /\[content\] Syncing content/);
  const synced = arrival(lines, /\[types\] Generated|\[content\] Synced content/, syncing);
  const routes = arrival(lines, /generating static routes/, synced);
  const rendered = routes === undefined ? undefined : arrival(lines, /✓ Completed in/, routes);
  const derived = reported(lines, /\[archive\] derived data .* in (\d+) ms/);
  add('start-up and configuration', 0, syncing);
  add('content layer (Markdown, schemas)', syncing, synced);
  add('bundling', synced, routes);
  if (derived !== undefined && routes !== undefined && rendered !== undefined) {
    phases.push({ name: 'derived data (paragraphs, checks, mentions)', ms: derived });
    add('page rendering', routes + derived, rendered);
  } else {
    add('page rendering', routes, rendered);
  }
  add('sitemap and other build steps', rendered, index.startMs);
  phases.push({ name: 'search index (Pagefind)', ms: index.ms });
  add('after the index (verify, headers, swap)', index.startMs + index.ms, totalMs);
  // scripts/build.mjs's own phase lines, when it prints them, for comparison with the above.
  for (const [name, pattern] of [
    ['build.mjs: astro', /\[build\] astro: (\d+) ms/],
    ['build.mjs: search index', /\[build\] search index: (\d+) ms/],
    ['build.mjs: verify', /\[build\] verify: (\d+) ms/],
    ['build.mjs: swap (the previous site deleted)', /\[build\] swap: (\d+) ms/],
  ] as const) {
    const ms = reported(lines, pattern);
    if (ms !== undefined) phases.push({ name, ms });
  }
  return phases;
}

/**
 * The tests' build environment (without what Vitest or Vite may have put
 * there), less BASE_PATH and SITE_URL too: every figure is for a site at the root.
 */
function buildEnvironment(target: BuildTarget): NodeJS.ProcessEnv {
  const env = testBuildEnvironment();
  delete env.BASE_PATH;
  delete env.SITE_URL;
  return {
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ARCHIVE_CACHE_DIR: target.cacheDir,
    ARCHIVE_CONTENT_DIR: target.contentDir ?? join(ROOT, 'content'),
  };
}

/**
 * A build that did not finish, with how far it got: at 100,000 articles the
 * answer the benchmark owes is at which step and with how much memory a build
 * stopped, so the figures travel with the error.
 */
export class BuildFailure extends Error {
  /** How the build ended: its exit status (137 when the kernel killed it for memory). */
  readonly status: number;
  /** Wall time until it stopped, ms. */
  readonly wallMs: number;
  /** Peak tree RSS before it stopped. */
  readonly peakRssTotalBytes: number;
  /** Highest VmHWM of a single process, and which process that was. */
  readonly peakProcessHwmBytes: number;
  readonly peakProcessName: string;
  /** The last progress line the build printed (Astro's or the archive's), to say which step it was in. */
  readonly lastProgress: string;

  constructor(outDir: string, run: MeasuredRun) {
    super(`The build of ${outDir} failed (status ${run.status}):\n${tail(run)}`);
    this.name = 'BuildFailure';
    this.status = run.status;
    this.wallMs = run.wallMs;
    this.peakRssTotalBytes = run.peakTreeRssBytes;
    this.peakProcessHwmBytes = run.peakProcessHwmBytes;
    this.peakProcessName = run.peakProcessName;
    this.lastProgress =
      [...run.lines]
        .reverse()
        .find((line) => PROGRESS_LINE.test(line.text))
        ?.text.trim() ?? '(none)';
  }
}

/** Lines that say where a build is: Astro's phase lines, build.mjs's and the archive's. */
const PROGRESS_LINE =
  /\[(content|types|build|archive[^\]]*|vite|@astrojs\/sitemap)\]|generating static routes|Completed in|indexed \d+ pages/;

/** Deletes a target's output and cache, so the next build starts from nothing. */
export function cleanTarget(target: BuildTarget): void {
  rmSync(target.outDir, { recursive: true, force: true });
  rmSync(target.cacheDir, { recursive: true, force: true });
}

/**
 * Builds a target and measures it; throws with the end of the build's
 * output if it fails. Run one at a time: Astro writes prerender chunks to
 * the project's .astro/ folder.
 */
export async function buildAndMeasure(target: BuildTarget): Promise<BuildFigures> {
  const run = await runMeasured(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outDir', target.outDir], {
    cwd: ROOT,
    env: buildEnvironment(target),
    echo: (line) => /\[build\] (\d+ page|Complete|astro:|search index:|verify:|swap:)|\[archive(:pagefind)?\]|error/i.test(line),
  });
  if (run.status !== 0) throw new BuildFailure(target.outDir, run);
  let search: SearchStep;
  try {
    search = searchStep(run.lines);
  } catch (error) {
    throw new Error(`${(error as Error).message}:\n${tail(run)}`, { cause: error });
  }
  const indexMs = search.ms;
  const indexStartedAt = search.startMs;
  const work = pageWork(run.lines.map((line) => line.text).join('\n'));
  const cacheLine = run.lines.map((line) => /(\d+) from the cache, (\d+) parsed/.exec(line.text)).find(Boolean);
  return {
    totalMs: run.wallMs,
    pagesMs: indexStartedAt,
    indexMs,
    pagesIndexed: search.pages,
    peakRssPagesBytes: Math.max(0, ...run.samples.filter((entry) => entry.atMs < indexStartedAt).map((entry) => entry.treeRssBytes)),
    peakRssIndexBytes: Math.max(
      0,
      ...run.samples
        .filter((entry) => entry.atMs >= indexStartedAt && entry.atMs <= indexStartedAt + indexMs)
        .map((entry) => entry.treeRssBytes),
    ),
    peakRssTotalBytes: run.peakTreeRssBytes,
    peakProcessHwmBytes: run.peakProcessHwmBytes,
    peakProcessName: run.peakProcessName,
    phases: buildPhases(run.lines, run.wallMs, { startMs: indexStartedAt, ms: indexMs }),
    pageWork: { rendered: work.rendered.length, reused: work.reused.length },
    derivedCache: cacheLine ? { hits: Number(cacheLine[1]), misses: Number(cacheLine[2]) } : null,
    cpuMs: run.cpuMs,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}
