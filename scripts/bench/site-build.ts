/**
 * Builds the site the way `npm run build` does (scripts/build.mjs, staged,
 * with the Pagefind index written in astro:build:done) and splits the run
 * into its two phases using the integration's own log line, "indexed N
 * pages in M ms": everything before indexing (content, bundling, pages) and
 * the search index.
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildEnvironment as testBuildEnvironment, ROOT } from '../../tests/support/build.ts';
import { runMeasured, tail } from './measure.ts';

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
  /** Pagefind indexing, as the integration timed it. */
  indexMs: number;
  pagesIndexed: number;
  /** Peak tree RSS before indexing began. */
  peakRssPagesBytes: number;
  /** Peak tree RSS over the whole build. */
  peakRssTotalBytes: number;
  /** Highest VmHWM of a single process (exact; the tree figures are sampled). */
  peakProcessHwmBytes: number;
  /** Which process that was. */
  peakProcessName: string;
  /** CPU time of the whole build (user + system), or null without GNU time. */
  cpuMs: number | null;
  /** 1-minute load average as the build ended: how busy the machine was around it. */
  loadAverage: number;
}

const INDEXED_LINE = /indexed (\d+) pages in (\d+) ms/;

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
    echo: (line) => /\[build\] (\d+ page|Complete)|\[archive:pagefind\]|error/i.test(line),
  });
  if (run.status !== 0) throw new Error(`The build of ${target.outDir} failed (status ${run.status}):\n${tail(run)}`);
  const indexed = run.lines.find((line) => INDEXED_LINE.test(line.text));
  const match = indexed && INDEXED_LINE.exec(indexed.text);
  if (!indexed || !match) throw new Error(`The build log has no "indexed N pages in M ms" line:\n${tail(run)}`);
  const indexMs = Number(match[2]);
  const indexStartedAt = indexed.atMs - indexMs;
  return {
    totalMs: run.wallMs,
    pagesMs: indexStartedAt,
    indexMs,
    pagesIndexed: Number(match[1]),
    peakRssPagesBytes: Math.max(0, ...run.samples.filter((entry) => entry.atMs < indexStartedAt).map((entry) => entry.treeRssBytes)),
    peakRssTotalBytes: run.peakTreeRssBytes,
    peakProcessHwmBytes: run.peakProcessHwmBytes,
    peakProcessName: run.peakProcessName,
    cpuMs: run.cpuMs,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}
