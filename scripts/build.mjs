#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a staging folder, checks it, and only
 * then replaces `dist/`. A failed, timed-out or interrupted build leaves the
 * previous `dist/` as it was, so a half-built site is never served or deployed.
 *
 * Steps, each printed as `[build] <step>: N ms`:
 *   content       which articles are published, from the files' names and
 *                 draft lines (scripts/lib/build/published-articles.ts), for
 *                 the verify step; nothing is checked here
 *   astro         `astro build` into `<outDir>.staging`, in its own process. Its
 *                 content loader (src/lib/content/loader/) is the build's one
 *                 read, check and parse of the content: every check npm run
 *                 check-content runs, every problem named at once. Broken
 *                 content stops it before any page is written; the build then
 *                 prints the problems the loader recorded (problems-report.ts),
 *                 one line each, instead of Astro's report with its stack trace
 *   search index  Pagefind over the staged pages (scripts/index-search.mjs),
 *                 in another process, after Astro has exited and freed its heap
 *   headers       `_headers` with the policy read from the pages
 *   verify        the staged site is complete (scripts/lib/build/site-check.ts)
 *   copy          only when the output is on another filesystem than the
 *                 project: the checked site, built in .cache/site-staging,
 *                 copied to `<outDir>.staging` and compared file by file
 * then the swap: `<outDir>` renamed to `<outDir>.old`, the staging folder to
 * `<outDir>`. A build killed between the two renames leaves `<outDir>.old`,
 * which the next build puts back before anything else. The replaced site is
 * then renamed `<outDir>.deleting-…` and deleted by a detached process after
 * the build has exited (scripts/lib/build/retire.ts).
 *
 * One build at a time per checkout (a lock file in .cache/ holding the pid and
 * the running step's process group; a second build waits, saying so, and
 * takes over the lock of a dead build only once no step of it is left). Ctrl-C
 * or SIGTERM to this process, or to any step's process, stops the build and
 * keeps the previous site; each step has scripts/lib/build/step-watchdog.ts
 * preloaded, so it dies with a build killed with SIGKILL.
 *
 * Settings come from the environment through src/settings.ts (time limits:
 * ARCHIVE_ASTRO_TIMEOUT, ARCHIVE_SEARCH_INDEX_TIMEOUT, ARCHIVE_BUILD_LOCK_WAIT;
 * SITE_URL, src/lib/core/site-url.ts); a bad one stops the build before it
 * writes anything. Without SITE_URL the build says, at its start and in its
 * last lines, that absolute URLs point at the local preview.
 *
 * Usage: node scripts/build.mjs [--outDir dist] [extra astro build flags]
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordStep, takeLock } from './lib/build/lock.ts';
import { deleteInBackground, leftoverRetired, retiredName } from './lib/build/retire.ts';
import { canRenameBetween, folderInventory, mountPointProblem, outputFolderProblem, protectedFolders } from './lib/build/output-guard.ts';
import { publishedArticleIds as listPublishedArticles } from './lib/build/published-articles.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { clearProblemsReport, problemsReportPath, readProblemsReport } from '../src/lib/content/loader/problems-report.ts';
import { checkSite, scanPages, sitePolicy } from './lib/build/site-check.ts';
import { renderHeadersFile } from './lib/build/headers.ts';
import { settings as readSettings } from '../src/settings.ts';
import { localPreviewWarning } from '../src/lib/core/site-url.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** The lock that lets one build run at a time in this checkout (scripts/lib/build/lock.ts). */
const LOCK = join(ROOT, '.cache/build-running.lock');
/** Preloaded into every step: the step dies with this build, even one killed with SIGKILL. */
const WATCHDOG = pathToFileURL(join(ROOT, 'scripts/lib/build/step-watchdog.ts')).href;

/** The settings; a bad value stops the build before it writes anything. */
let settings;
try {
  settings = readSettings();
} catch (error) {
  console.error(`${error.message}${error.message.endsWith('.') ? '' : '.'} Nothing was built.`);
  process.exit(2);
}

// Without SITE_URL every absolute URL points at the local preview: say so.
if (!settings.siteUrlIsSet) console.warn(`[build] ${localPreviewWarning()}`);

const args = process.argv.slice(2);
const outDirFlag = args.indexOf('--outDir');
if (outDirFlag >= 0 && (!args[outDirFlag + 1] || args[outDirFlag + 1].startsWith('--'))) {
  console.error('--outDir needs a folder. Nothing was built.');
  process.exit(2);
}
/** The output folder as the reader wrote it, for messages. */
const outDirArg = outDirFlag >= 0 ? args.splice(outDirFlag, 2)[1] : 'dist';
const outDir = resolve(outDirArg);
const staging = `${outDir}.staging`;
const limits = { astro: settings.limits.astro, index: settings.limits.searchIndex, lock: settings.limits.buildLockWait };
// As astro.config.mjs reads it; Astro serves the pages under it.
const base = settings.basePath;
const contentDir = resolve(settings.contentDir);

// Before anything is deleted or written: the output, its staging folder and
// the retired copy must keep clear of the project's sources and content.
{
  const folders = protectedFolders(ROOT, [{ path: contentDir, label: 'the content folder (ARCHIVE_CONTENT_DIR)' }]);
  for (const path of [outDirArg, `${outDirArg}.staging`, `${outDirArg}.old`]) {
    const problem = outputFolderProblem(path, '--outDir', folders);
    if (problem) {
      console.error(`${problem} Nothing was built or deleted.`);
      process.exit(2);
    }
  }
  const mountPoint = mountPointProblem(outDirArg, '--outDir');
  if (mountPoint) {
    console.error(`${mountPoint} Nothing was built or deleted.`);
    process.exit(2);
  }
}

/**
 * Where Astro writes the site and the checks read it: the staging folder
 * beside the output, unless the output is on another filesystem than the
 * project. Astro moves files from the project's .astro/ into its output by
 * renaming them, which fails across filesystems (EXDEV), so then the site is
 * built in the project's .cache/ and copied to the staging folder after every
 * check, and the swap is the same two renames on the output's filesystem.
 */
let siteDir = staging;

/** The running step's child process, so a signal can stop it. */
let current = null;
/** The signal that interrupted the build, if one did. */
let interrupted = null;
/** Releases the build lock; set once it is held. */
let releaseLock = () => {};
/** Set once the new site is in place: nothing is left to undo. */
let published = false;

/** Ends the build without publishing: removes the staging folder, releases the lock. */
function abandon(reason, status = 1) {
  rmSync(staging, { recursive: true, force: true });
  rmSync(siteDir, { recursive: true, force: true });
  releaseLock();
  console.error(`\nBuild failed: ${reason}\n${outDir} was left unchanged.`);
  process.exit(status);
}

/** Stops the running step's whole process group: SIGTERM, then SIGKILL if it lingers. */
function stopGroup(child) {
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  setTimeout(() => signal('SIGKILL'), 3000).unref();
}

/** Ctrl-C, SIGTERM or a hang-up: stop the step, keep the previous site. */
function onSignal(signal) {
  if (published || interrupted) return;
  interrupted = signal;
  if (current) stopGroup(current);
  // With a step running, its exit ends the build (see runStep); otherwise end now.
  else abandon(`interrupted by ${signal}.`, 130);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);

// If the process that started the build goes away (npm killed, terminal
// closed), nobody is waiting for this build: stop it like a Ctrl-C.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) onSignal('the loss of its parent process');
}, 500).unref();

/**
 * Runs one step as a Node process in its own process group (so it can be
 * stopped whole, Pagefind's program included) with a time limit. Resolves
 * with null on success or the reason it failed. With `quietFrom`, the step's
 * standard error is passed on only until `quietFrom()` turns true.
 */
function runStep(name, script, stepArgs, limitMs, limitVariable, nodeArgs = [], quietFrom = undefined) {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['--import', WATCHDOG, ...nodeArgs, script, ...stepArgs], {
      stdio: quietFrom ? ['inherit', 'inherit', 'pipe'] : 'inherit',
      detached: true,
    });
    child.stderr?.on('data', (chunk) => {
      if (!quietFrom()) process.stderr.write(chunk);
    });
    current = child;
    // The lock names the step's group: a build killed now leaves the lock held until the step has died too.
    if (child.pid) recordStep(LOCK, child.pid);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, limitMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      current = null;
      resolvePromise(`${name} could not start: ${error.message}`);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = null;
      recordStep(LOCK, null);
      if (interrupted) resolvePromise(`interrupted by ${interrupted} during ${name}.`);
      else if (timedOut) resolvePromise(`${name} did not finish within ${limitMs / 1000} s (${limitVariable} sets the limit).`);
      else if (signal) resolvePromise(`${name} was stopped by ${signal}.`);
      else if (code !== 0) resolvePromise(`${name} exited with status ${code}.`);
      else resolvePromise(null);
    });
  });
}

/** Runs a step and prints how long it took; a failure ends the build. */
async function timed(name, work) {
  const started = performance.now();
  const problem = await work();
  if (interrupted) abandon(`interrupted by ${interrupted} during ${name}.`, 130);
  if (problem) abandon(problem, interrupted ? 130 : 1);
  console.log(`[build] ${name}: ${Math.round(performance.now() - started)} ms`);
}

/** Ids of the articles that must have a page: every article the content step read that is not a draft. */
let publishedArticleIds = [];

releaseLock = await takeLock(LOCK, {
  waitMs: limits.lock,
  onWait: (pid, leftover) =>
    console.log(
      leftover === null
        ? `[build] another build (pid ${pid}) is running in this checkout; waiting for it to finish…`
        : `[build] a build that is gone (pid ${pid}) left a step running (process group ${leftover}); waiting for it to end…`,
    ),
}).catch((error) => abandon(error.message, 1));

// Before anything else: a build killed between the two renames of its swap left
// no site, and the previous one as <outDir>.old. Put it back.
const retired = `${outDir}.old`;
if (!existsSync(outDir) && existsSync(retired)) {
  renameSync(retired, outDir);
  console.log(`[build] ${outDir} was missing (a build was stopped during its swap): the previous site is back in place.`);
}
// A previous site a build replaced but did not get to hand on, and any whose deletion was cut short:
// deleted in the background, as after a swap (scripts/lib/build/retire.ts).
if (existsSync(retired)) renameSync(retired, retiredName(outDir));
for (const leftover of leftoverRetired(outDir)) deleteInBackground(leftover);
rmSync(staging, { recursive: true, force: true });
mkdirSync(dirname(staging), { recursive: true });
if (!canRenameBetween(join(ROOT, '.astro'), dirname(staging))) {
  siteDir = join(ROOT, '.cache/site-staging');
  rmSync(siteDir, { recursive: true, force: true });
  console.log(
    `[build] ${outDir} is on another filesystem than the project: the site is built in ${siteDir} and copied there after its checks.`,
  );
}

await timed('content', () => {
  // Only which articles must have a page: the checks and the bodies are the content loader's, inside astro build.
  try {
    publishedArticleIds = listPublishedArticles(contentDir);
    return null;
  } catch (error) {
    return `the content folder ${contentDir} could not be read: ${error.message}`;
  }
});
await timed('astro', async () => {
  clearProblemsReport(ROOT);
  const reportFile = problemsReportPath(ROOT);
  const failed = await runStep(
    'astro build',
    join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    ['build', '--outDir', siteDir, ...args],
    limits.astro,
    'ARCHIVE_ASTRO_TIMEOUT',
    // Node's default heap limit (about 4 GB) is less than Astro needs for tens of thousands of
    // pages; three quarters of the machine's memory leaves room for the rest of the system.
    [`--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`],
    // Once the content loader has recorded problems, what Astro prints next is its report of them with a stack trace.
    () => existsSync(reportFile),
  );
  const problems = failed && !interrupted ? readProblemsReport(ROOT) : undefined;
  if (!problems) return failed;
  return (
    `the archive's content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
    `${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}\n` +
    'The content loader stopped astro build before any page was written.'
  );
});
await timed('search index', () =>
  // The published site lends the shards whose pages did not change (scripts/index-search.mjs).
  runStep(
    'the search index',
    join(ROOT, 'scripts/index-search.mjs'),
    [siteDir, '--previous', outDir],
    limits.index,
    'ARCHIVE_SEARCH_INDEX_TIMEOUT',
  ),
);

let pages = [];
await timed('headers', () => {
  try {
    pages = scanPages(siteDir, base);
    writeFileSync(join(siteDir, '_headers'), renderHeadersFile(sitePolicy(pages), base));
    return null;
  } catch (error) {
    return `_headers: ${error.message}`;
  }
});

await timed('verify', () => {
  const problems = checkSite({ siteDir, articleIds: publishedArticleIds }, pages);
  return problems.length > 0 ? `the staged site is incomplete:\n  - ${problems.join('\n  - ')}` : null;
});

if (siteDir !== staging) {
  await timed('copy', () => {
    // Onto the output's filesystem; a copy cut short (a full disk) is refused like a failed check.
    try {
      cpSync(siteDir, staging, { recursive: true });
    } catch (error) {
      return `the checked site could not be copied to ${staging}: ${error.message}`;
    }
    const [built, copied] = [folderInventory(siteDir), folderInventory(staging)];
    const differing = [...built].filter(([path, size]) => copied.get(path) !== size).map(([path]) => path);
    if (differing.length > 0 || copied.size !== built.size)
      return `the copy in ${staging} differs from the checked site (${differing.slice(0, 3).join(', ') || 'extra files'}).`;
    rmSync(siteDir, { recursive: true, force: true });
    return null;
  });
}

// Let a signal that arrived during the checks be handled before the swap.
await new Promise((resolveImmediate) => setImmediate(resolveImmediate));
if (interrupted) abandon(`interrupted by ${interrupted}.`, 130);

// The swap: synchronous, so no signal handler runs in the middle of it.
// A SIGKILL between the two renames leaves no site until the next build, which puts
// the previous one back before anything else (above).
// The previous site is then renamed once more and deleted by a detached process, so
// the build need not wait for it (at 10,000 articles that took 6–9 s of every rebuild).
const swapStarted = performance.now();
if (existsSync(outDir)) renameSync(outDir, retired);
renameSync(staging, outDir);
published = true;
if (existsSync(retired)) {
  const replaced = retiredName(outDir);
  renameSync(retired, replaced);
  deleteInBackground(replaced);
}
releaseLock();
console.log(`[build] swap: ${Math.round(performance.now() - swapStarted)} ms`);
console.log(`Site written to ${outDir}`);
if (!settings.siteUrlIsSet) console.warn(`[build] ${localPreviewWarning()}`);
process.exit(0);
