/**
 * Runs the real `npm run build` pipeline (scripts/build.mjs → astro build)
 * on a content folder, for tests that build fixtures or the site itself.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

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
 * How long a build waits for another build of this checkout, in seconds.
 * Builds take turns through the one build lock, the one `npm run build`
 * takes (scripts/lib/build/lock.ts, in scripts/build.mjs): Astro's prerender
 * step writes to the project's shared .astro/ folder, so two builds at once
 * would overwrite each other's chunks. Test files and workers may all build
 * at once, and a build of the 10,000-article archive takes minutes, so they
 * wait longer than the command's default hour.
 */
const BUILD_LOCK_WAIT_SECONDS = String(3 * 60 * 60);

/**
 * Builds the site with scripts/build.mjs, with its own Astro cache folder so
 * one content folder's cache never serves another's, and collects what it
 * printed. Builds take turns
 * (see {@link BUILD_LOCK_WAIT_SECONDS}), so callers in any test file may build at any time.
 */
export function buildSite({ contentDir, outDir, env = {} }: BuildOptions): Promise<BuildResult> {
  const cacheDir = `${outDir}.cache`;
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outDir', outDir], {
      cwd: ROOT,
      env: {
        ...buildEnvironment(),
        ASTRO_TELEMETRY_DISABLED: '1',
        ARCHIVE_CACHE_DIR: cacheDir,
        ARCHIVE_BUILD_LOCK_WAIT: BUILD_LOCK_WAIT_SECONDS,
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

/** What Astro did with each page of an incremental build, read from the lines it prints (`├─ /x/index.html (+12ms)` or `(restored)`). */
export interface PageWork {
  /** Output files Astro rendered, e.g. "/articles/x/index.html". */
  rendered: string[];
  /** Output files Astro copied from the last build's cache because their key and code were unchanged. */
  reused: string[];
}

/**
 * Splits a build's output into the pages Astro rendered and the pages it
 * reused (see {@link PageWork}). Colour escapes are dropped first: with
 * FORCE_COLOR set (as in CI) Astro wraps the branch and the path in them.
 */
export function pageWork(output: string): PageWork {
  const work: PageWork = { rendered: [], reused: [] };
  for (const [, file, note] of stripVTControlCharacters(output).matchAll(/├─ (\/\S*) \((\+[^)]*|restored|cached)\)/g)) {
    (note === 'restored' || note === 'cached' ? work.reused : work.rendered).push(file!);
  }
  return work;
}
