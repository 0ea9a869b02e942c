/**
 * Search under `npm run dev`, on a fresh copy of the project: the files git
 * knows (as a clone has them) and node_modules as `npm install` left it. The
 * dev server must serve a search index of the current content, the search
 * page must show results, and an edit to the content must reach the index.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/harness/browser.ts';
import { ROOT } from '../../scripts/harness/build.ts';
import { searchFor, shownResults, waitForStatus } from '../support/search-page.ts';

const copy = join(ROOT, `.cache/dev-search-fresh-${process.pid}`);
let dev: ChildProcess;
let output = '';
let origin = '';
let browser: Browser;

/** This process's environment without what Vitest adds, or deployment settings of the test run. */
function developerEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$|BASE_PATH$|SITE_URL$|ARCHIVE_)/.test(key)),
  );
}

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls until `check` returns a value, or fails after `ms` with the dev server's output. */
async function until<T>(what: string, ms: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Dev server said:\n${output}`);
    await sleep(500);
  }
}

beforeAll(async () => {
  rmSync(copy, { recursive: true, force: true });
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  // node_modules as npm install leaves it, hard-linked to save the copying; no built site, no dist/pagefind/.
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(copy, 'node_modules')]);
  // Caches are not part of an install (and hard-linked cache files must not be written through).
  for (const cache of ['node_modules/.astro', 'node_modules/.vite']) rmSync(join(copy, cache), { recursive: true, force: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: copy,
    detached: true,
    // A developer's shell, not Vitest's: NODE_ENV=test and the VITEST variables change how Vite serves.
    env: { ...developerEnv(), ARCHIVE_CACHE_DIR: join(copy, '.cache/astro'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  dev.stdout!.on('data', (chunk) => (output += chunk));
  dev.stderr!.on('data', (chunk) => (output += chunk));
  await until('the dev server', 120_000, async () =>
    (await fetch(`${origin}/search/`, { signal: AbortSignal.timeout(10_000) })).ok ? true : undefined,
  );
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid && dev.exitCode === null) {
    // Wait for the dev server's whole group to exit, so it is not still writing its caches into the copy.
    const exited = new Promise((resolve) => dev!.once('exit', resolve));
    process.kill(-dev.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  rmSync(copy, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

describe('search under npm run dev', () => {
  it('shows results from an index of the current content, on a fresh copy', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/?q=al-Hawl`);
    expect(await waitForStatus(page)).toMatch(/^\d+ results? for “al-Hawl”\./);
    expect((await shownResults(page)).map((result) => result.href.split('#')[0])).toContain('/places/al-hol/');
    expect(await (await fetch(`${origin}/pagefind/dev-status.json`)).json()).toMatchObject({ state: 'ready' });
    await page.close();
  }, 180_000);

  it('indexes an edit to the content, and says the index is stale until then', async () => {
    const before = (await (await fetch(`${origin}/pagefind/dev-status.json`)).json()) as { builtAt: string };
    const file = join(copy, 'content/entities/al-hol.yaml');
    // An entity's description is the archive's own words; the copy is thrown away after the test.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^description: (.*)$/m, 'description: $1 Zorblatt.'));
    const statusNow = async () => (await (await fetch(`${origin}/pagefind/dev-status.json`)).json()) as { state: string; builtAt: string };
    // The change is noticed at once: the old index is served, and said to be stale, while a new one is built.
    await until('the index to be marked stale', 10_000, async () => ((await statusNow()).state === 'stale' ? true : undefined));
    await until('the rebuilt index', 120_000, async () => {
      const status = await statusNow();
      return status.state === 'ready' && status.builtAt !== before.builtAt ? true : undefined;
    });
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`);
    const results = await searchFor(page, 'Zorblatt');
    expect(
      results.map((result) => result.href.split('#')[0]),
      output,
    ).toEqual(['/places/al-hol/']);
    await page.close();
  }, 180_000);

  it("indexes again when Astro rewrites its content store's manifest, which it writes after every chunk", async () => {
    // Pages show an edit only once the store is rewritten; an index built before that would be stale.
    // Rewriting the manifest alone, with no change to content/ or src/, must start a new index.
    const statusNow = async () => (await (await fetch(`${origin}/pagefind/dev-status.json`)).json()) as { state: string; builtAt: string };
    const before = await until('the index to be ready', 120_000, async () => {
      const status = await statusNow();
      return status.state === 'ready' ? status : undefined;
    });
    const manifest = join(copy, '.astro/data-store/manifest.json');
    writeFileSync(manifest, readFileSync(manifest));
    await until('the index to be marked stale', 10_000, async () => ((await statusNow()).state === 'stale' ? true : undefined));
    await until('the rebuilt index', 120_000, async () => {
      const status = await statusNow();
      return status.state === 'ready' && status.builtAt !== before.builtAt ? true : undefined;
    });
  }, 180_000);
});
