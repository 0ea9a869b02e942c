/**
 * Runs the real `npm run build` pipeline (scripts/build.mjs → astro build)
 * on a content folder, for tests that build fixtures or the site itself.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** What a build printed and how it ended. */
export interface BuildResult {
  /** Exit status of the build command (0 on success). */
  status: number;
  /** Everything it printed, stdout and stderr together. */
  output: string;
  /** The folder the site was (or would have been) written to. */
  outDir: string;
}

/** Options for {@link buildSite}. */
export interface BuildOptions {
  /** Content folder to build from; the project's own content by default. */
  contentDir?: string;
  /** Where to write the site. */
  outDir: string;
  /** Extra environment, e.g. BASE_PATH or SITE_URL. */
  env?: Record<string, string>;
}

/**
 * The lock that makes builds of this project take turns across test files
 * and workers: Astro's prerender step writes to the project's shared .astro/
 * folder, so two builds at once overwrite each other's chunks. A folder is
 * the lock because creating one is atomic; it holds the owner's pid so a
 * lock left by a killed run is taken over instead of waited on for ever.
 */
const BUILD_LOCK = join(ROOT, '.cache/build.lock');

/** Whether the process that took the build lock has gone (a pid file not yet written means it is still taking it). */
function buildLockIsStale(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'));
  } catch {
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Waits for the build lock, takes it, and returns the function that releases it. */
async function takeBuildLock(): Promise<() => void> {
  mkdirSync(join(BUILD_LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
      return () => rmSync(BUILD_LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (buildLockIsStale()) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else await sleep(250);
    }
  }
}

/**
 * Builds the site with scripts/build.mjs, with its own Astro cache folder so
 * one content folder's cache never serves another's. Builds take turns
 * (see {@link BUILD_LOCK}), so callers in any test file may build at any time.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const release = await takeBuildLock();
  try {
    return await runBuild(options);
  } finally {
    release();
  }
}

/** Runs one build with scripts/build.mjs and collects what it printed. */
function runBuild({ contentDir, outDir, env = {} }: BuildOptions): Promise<BuildResult> {
  const cacheDir = `${outDir}.cache`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outDir', outDir], {
      cwd: ROOT,
      env: {
        ...buildEnvironment(),
        ASTRO_TELEMETRY_DISABLED: '1',
        ARCHIVE_CACHE_DIR: cacheDir,
        ...(contentDir ? { ARCHIVE_CONTENT_DIR: contentDir } : {}),
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status: status ?? 1, output, outDir }));
  });
}

/**
 * The test process's environment without what Vitest adds for its own Vite:
 * Astro reads BASE_URL, MODE, SSR and the like from the environment, so a
 * leaked BASE_URL=/ would silently undo BASE_PATH, and NODE_ENV=test would
 * change the build.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  return env;
}

/** Copies the project's content into a fresh temporary folder and returns its path. */
export function copyContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'archive-content-')), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

/** A fresh temporary folder for build output. */
export function tempOutDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'archive-site-')), 'dist');
}
