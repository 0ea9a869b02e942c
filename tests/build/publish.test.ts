/**
 * `npm run build` publishes only a site it has checked: a search index that
 * fails to write, hangs, or would index whole pages, a second build started
 * at the same time, and Ctrl-C during the build all leave the previous
 * `dist/` exactly as it was. Each case runs the real pipeline (scripts/build.mjs
 * → astro build → scripts/index-search.mjs with the real Pagefind).
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEnvironment, ROOT } from '../../scripts/harness/build.ts';

/** Folders made by a test, removed after it. */
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * A copy of the project (sources, scripts, content; node_modules linked) for
 * cases that must change the site's own code, so they never touch the
 * checkout other tests build.
 */
function projectCopy(): string {
  const dir = join(tempDir('archive-project-'), 'project');
  mkdirSync(dir);
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** A `dist/` holding one marker file, standing for the last good site. */
function previousSite(): string {
  const outDir = join(tempDir('archive-site-'), 'dist');
  mkdirSync(outDir);
  writeFileSync(join(outDir, 'marker.txt'), 'the last good site');
  return outDir;
}

/** Asserts that the previous site is exactly as it was and nothing was left beside it. */
function expectUnchanged(outDir: string): void {
  expect(readdirSync(outDir)).toEqual(['marker.txt']);
  expect(readFileSync(join(outDir, 'marker.txt'), 'utf8')).toBe('the last good site');
  expect(existsSync(`${outDir}.staging`), 'the staging folder is removed').toBe(false);
}

/** A running build: its process, what it has printed so far, and how it ended. */
interface RunningBuild {
  pid: number;
  output: () => string;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>;
  /** Resolves when the build's own process has ended, while steps that inherited its output may still run. */
  exited: Promise<void>;
}

/** Starts `node scripts/build.mjs` (or `npm run build`) in a project folder. */
function startBuild(
  outDir: string,
  { project = ROOT, env = {}, viaNpm = false }: { project?: string; env?: Record<string, string>; viaNpm?: boolean } = {},
): RunningBuild {
  const args = ['--outDir', outDir];
  const child = viaNpm
    ? spawn('npm', ['run', '--silent', 'build', '--', ...args], { cwd: project, env: { ...buildEnvironment(), ...env } })
    : spawn(process.execPath, [join(project, 'scripts/build.mjs'), ...args], {
        cwd: project,
        env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
      });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, output })),
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { pid: child.pid!, output: () => output, done, exited };
}

/** Waits until a build has printed text matching `pattern`. */
async function waitForOutput(build: RunningBuild, pattern: RegExp, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(build.output())) {
    if (Date.now() > deadline) throw new Error(`the build never printed ${pattern}:\n${build.output()}`);
    await sleep(50);
  }
}

/** Whether a process is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Pids of the live processes (zombies hold nothing) whose command line names a folder (a project copy): a build and its steps. */
function processesRunningFrom(dir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((pid) => {
      try {
        const zombie = / Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^\d+ \(.*\)/s, ''));
        return !zombie && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dir);
      } catch {
        return false; // Gone meanwhile.
      }
    })
    .map(Number);
}

/** Waits until `check` is true or the time is up; returns the last answer. */
async function eventually(check: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) if (check()) return true;
  return check();
}

/** Processes a test must stop itself if the code under test did not (so a failing run leaves nothing behind). */
const strays: number[] = [];
afterEach(() => {
  for (const pid of strays.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone, as it should be.
    }
  }
});

describe('npm run build publishes only a checked site', { sequential: true }, () => {
  it('keeps the previous site when Pagefind fails while writing its index (a file where its folder goes)', async () => {
    const project = projectCopy();
    // public/ is copied into the site, so this plain file stands where pagefind/ must be created.
    writeFileSync(join(project, 'public/pagefind'), 'in the way');
    const outDir = previousSite();
    const { status, output } = await startBuild(outDir, { project }).done;
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/Search index: Pagefind could not write the index: its program stopped without answering/);
    expect(output).toMatch(/was left unchanged/);
    expect(output).not.toMatch(/Site written to/);
    expectUnchanged(outDir);
  });

  it('stops a Pagefind that never answers at the time limit, and the program with it', async () => {
    const bin = tempDir('archive-pagefind-');
    const pidFile = join(bin, 'pid');
    const standIn = join(bin, 'pagefind');
    // Stands in for Pagefind's program: starts, records its pid, never answers.
    writeFileSync(standIn, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 600\n`);
    chmodSync(standIn, 0o755);
    const outDir = previousSite();
    const { status, output } = await startBuild(outDir, { env: { PAGEFIND_BINARY_PATH: standIn, ARCHIVE_SEARCH_INDEX_TIMEOUT: '2' } }).done;
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/the search index did not finish within 2 s \(ARCHIVE_SEARCH_INDEX_TIMEOUT sets the limit\)/);
    expectUnchanged(outDir);
    const standInPid = Number(readFileSync(pidFile, 'utf8'));
    await sleep(3500); // the SIGKILL that follows a SIGTERM that was ignored
    expect(alive(standInPid), 'the stand-in program is stopped').toBe(false);
  });

  it('refuses a site whose layout marks no content for search, so Pagefind would index whole pages', async () => {
    const project = projectCopy();
    const astroFiles = readdirSync(join(project, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.astro'));
    for (const file of astroFiles) {
      const path = join(project, 'src', file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll(' data-pagefind-body', ''));
    }
    const outDir = previousSite();
    const { status, output } = await startBuild(outDir, { project }).done;
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/the staged site is incomplete/);
    expect(output).toMatch(/no page marks its content with data-pagefind-body/);
    expect(output).toMatch(/the search index holds \d+ page\(s\) not marked data-pagefind-body/);
    expect(output).toMatch(/article page\(s\) are not marked for search: 2019-10-16-el-mundo-ayn-issa-escape/);
    expectUnchanged(outDir);
  });

  it('runs two builds of one checkout one after the other: the second waits, saying so, and both succeed', async () => {
    const project = projectCopy();
    const first = startBuild(join(tempDir('archive-site-'), 'dist'), { project });
    await waitForOutput(first, /\[build\] content:/);
    const second = startBuild(join(tempDir('archive-site-'), 'dist'), { project });
    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a.status, a.output).toBe(0);
    expect(b.status, b.output).toBe(0);
    expect(b.output).toMatch(/another build \(pid \d+\) is running in this checkout; waiting for it to finish/);
    // The second only starts Astro after the first has published.
    expect(b.output.indexOf('[build] astro:')).toBeGreaterThan(-1);
    expect(existsSync(join(project, '.cache/build-running.lock')), 'the lock is released').toBe(false);
  });

  it('takes over a lock left by a build that was killed', async () => {
    const project = projectCopy();
    mkdirSync(join(project, '.cache'));
    // A pid no process has: the build that held the lock is gone.
    writeFileSync(join(project, '.cache/build-running.lock'), '2147483646');
    const outDir = join(tempDir('archive-site-'), 'dist');
    const { status, output } = await startBuild(outDir, { project, env: { ARCHIVE_BUILD_LOCK_WAIT: '5' } }).done;
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/waiting/);
  });

  it('takes its Astro step with it when killed with SIGKILL, and the next build runs alone', async () => {
    const project = projectCopy();
    const build = startBuild(join(tempDir('archive-site-'), 'dist'), { project });
    const astroRunning = () =>
      processesRunningFrom(project).some((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('astro.mjs'));
    expect(await eventually(astroRunning, 60_000), build.output()).toBe(true);
    process.kill(build.pid, 'SIGKILL');
    await build.exited;
    const left = () => processesRunningFrom(project);
    // The watchdog looks every 200 ms; a loaded machine (CI beside other jobs) can take seconds to schedule it.
    const allGone = await eventually(() => left().length === 0, 15_000);
    strays.push(...left());
    expect(allGone, 'no step of the killed build is left running').toBe(true);
    const next = await startBuild(join(tempDir('archive-site-'), 'dist'), { project, env: { ARCHIVE_BUILD_LOCK_WAIT: '30' } }).done;
    expect(next.status, next.output).toBe(0);
  });

  it('takes the search index and its program with it when killed with SIGKILL', async () => {
    const bin = tempDir('archive-pagefind-');
    const pidFile = join(bin, 'pid');
    const standIn = join(bin, 'pagefind');
    // Stands in for Pagefind's program: starts, records its pid, never answers.
    writeFileSync(standIn, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 600\n`);
    chmodSync(standIn, 0o755);
    const project = projectCopy();
    const build = startBuild(join(tempDir('archive-site-'), 'dist'), { project, env: { PAGEFIND_BINARY_PATH: standIn } });
    expect(await eventually(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '', 90_000), build.output()).toBe(true);
    const standInPid = Number(readFileSync(pidFile, 'utf8'));
    strays.push(standInPid);
    process.kill(build.pid, 'SIGKILL');
    await build.exited;
    const gone = await eventually(() => !alive(standInPid) && processesRunningFrom(project).length === 0, 15_000);
    strays.push(...processesRunningFrom(project));
    expect(gone, "the search index step and Pagefind's program are stopped").toBe(true);
  });

  it('puts back the previous site left by a build killed between the two renames of its swap, before anything else', async () => {
    const project = projectCopy();
    // A content error stops the build at its first step: the site must be back before it.
    const article = join(project, 'content/articles/2019-10-16-el-mundo-ayn-issa-escape.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/^originalUrl: .*\n/m, ''));
    const outDir = previousSite();
    // What the SIGKILL leaves: the first rename done (dist -> dist.old), the second not (dist.staging still there).
    renameSync(outDir, `${outDir}.old`);
    mkdirSync(`${outDir}.staging`);
    writeFileSync(join(`${outDir}.staging`, 'index.html'), 'the new site, never swapped in');
    const { status, output } = await startBuild(outDir, { project }).done;
    expect(status, output).not.toBe(0);
    expect(output).toContain(`[build] ${outDir} was missing (a build was stopped during its swap): the previous site is back in place.`);
    expect(output).toMatch(/the archive's content has 1 problem/);
    expectUnchanged(outDir);
    expect(existsSync(`${outDir}.old`)).toBe(false);
  });

  it('swaps the new site in, exits, and deletes the previous one after, in the background, with any left by a deletion cut short', async () => {
    const outDir = previousSite();
    // A previous site of 20,000 files, whose deletion takes a while; and the folder a deletion stopped midway leaves.
    for (let folder = 0; folder < 200; folder++) {
      mkdirSync(join(outDir, `part-${folder}`));
      for (let file = 0; file < 100; file++) writeFileSync(join(outDir, `part-${folder}`, `${file}.html`), 'an old page');
    }
    const cutShort = `${outDir}.deleting-1-abc`;
    mkdirSync(join(cutShort, 'articles'), { recursive: true });
    writeFileSync(join(cutShort, 'articles/index.html'), 'a page of a site replaced long ago');
    const retired = () => readdirSync(join(outDir, '..')).filter((name) => name !== 'dist');
    const { status, output } = await startBuild(outDir).done;
    expect(status, output).toBe(0);
    expect(readdirSync(outDir)).toContain('index.html');
    expect(readdirSync(outDir)).not.toContain('marker.txt');
    // The build has exited; the previous site is still there, renamed, being deleted.
    expect(retired().some((name) => /^dist\.deleting-\d+-[0-9a-z]+$/.test(name) && name !== 'dist.deleting-1-abc')).toBe(true);
    expect(await eventually(() => retired().length === 0, 60_000), `left beside the site: ${retired().join(', ')}`).toBe(true);
  });

  it('stops on Ctrl-C sent to npm alone and keeps the previous site', async () => {
    const project = projectCopy();
    const outDir = previousSite();
    const build = startBuild(outDir, { project, viaNpm: true });
    await waitForOutput(build, /\[build\] content:/);
    process.kill(build.pid, 'SIGINT');
    const { output } = await build.done;
    // Wait for the whole build, not only npm: it releases the lock last.
    const lock = join(project, '.cache/build-running.lock');
    for (let waited = 0; existsSync(lock) && waited < 30_000; waited += 100) await sleep(100);
    expect(existsSync(lock), 'the build has ended').toBe(false);
    expect(output).toMatch(/Build failed: interrupted by SIGINT/);
    expect(output).not.toMatch(/Site written to/);
    expectUnchanged(outDir);
  });

  it('says in one sentence when Pagefind cannot start, without a stack trace', async () => {
    const siteDir = tempDir('archive-site-');
    writeFileSync(join(siteDir, 'index.html'), '<html><body data-pagefind-body>Text</body></html>');
    const missing = join(siteDir, 'no-such-pagefind');
    const child = spawn(process.execPath, [join(ROOT, 'scripts/index-search.mjs'), siteDir], {
      env: { ...buildEnvironment(), PAGEFIND_BINARY_PATH: missing },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect(output.trim()).toBe(`Search index: Pagefind could not start: its program was not found (${missing})`);
  });

  it('refuses a time limit that is not a positive number, naming it, and writes nothing', async () => {
    const outDir = previousSite();
    const { status, output } = await startBuild(outDir, { env: { ARCHIVE_ASTRO_TIMEOUT: 'soon' } }).done;
    expect(status).toBe(2);
    expect(output).toMatch(/ARCHIVE_ASTRO_TIMEOUT must be a positive number of seconds, not "soon"/);
    expectUnchanged(outDir);
  });

  it.each([
    ['ARCHIVE_PAGE_SIZE_MENTIONS', 'lots', 'ARCHIVE_PAGE_SIZE_MENTIONS must be a positive whole number; got "lots". Nothing was built.'],
    [
      'BASE_PATH',
      '/%2e%2e/',
      'BASE_PATH must be a path such as /archive/, each segment made of letters, digits, "-", "_", "." and "~", not "/%2e%2e/": its segment "%2e%2e" holds a character other than letters, digits, "-", "_", "." and "~". Nothing was built.',
    ],
    [
      'BASE_PATH',
      '/../',
      'BASE_PATH must be a path such as /archive/, each segment made of letters, digits, "-", "_", "." and "~", not "/../": its segment ".." is made of dots only. Nothing was built.',
    ],
    [
      'SITE_URL',
      'example.org',
      'SITE_URL must be an absolute http(s) origin such as https://archive.example.org, not "example.org": it is not an absolute URL. Nothing was built.',
    ],
  ])('stops before Astro starts on a bad %s, naming it, and writes nothing', async (variable, value, message) => {
    const outDir = previousSite();
    const { status, output } = await startBuild(outDir, { env: { [variable]: value } }).done;
    expect(status).toBe(2);
    expect(output.trim()).toBe(message);
    expectUnchanged(outDir);
  });
});
