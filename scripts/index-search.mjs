#!/usr/bin/env node
/**
 * The search-index step of `npm run build`, in its own process: Astro has
 * exited and freed its heap before Pagefind starts, so the two never hold
 * their memory at once. Indexes the finished site in the given folder with
 * Pagefind's Node API and writes `<site>/pagefind/`.
 *
 * Prints `indexed N pages in M ms`. Any failure ends with status 1 and one
 * plain sentence; scripts/build.mjs then keeps the previous site.
 *
 * Usage: node scripts/index-search.mjs <site folder>
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { close, createIndex } from 'pagefind';
import { settings } from '../src/settings.ts';

const [siteArg, ...extra] = process.argv.slice(2);
if (!siteArg || extra.length > 0) {
  console.error('usage: node scripts/index-search.mjs <site folder>');
  process.exit(2);
}
const siteDir = resolve(siteArg);
if (!existsSync(siteDir) || !statSync(siteDir).isDirectory()) {
  console.error(`Search index: ${siteDir} is not a folder`);
  process.exit(2);
}

// Pagefind's Node API reports a dead backend with console.error("Service
// stopped", error) and a stack trace, then "Pagefind backend closed". Keep
// the cause and say it in one sentence instead.
let serviceError = null;
const consoleError = console.error;
console.error = (...args) => {
  if (args[0] === 'Service stopped') serviceError = args[1] ?? null;
  else consoleError(...args);
};

/** A plain sentence for why Pagefind's program stopped answering. */
function backendProblem() {
  const configured = settings().pagefindBinary;
  const binary = configured || 'the @pagefind/* package for this platform';
  if (configured && !existsSync(configured)) return `its program was not found (${binary})`;
  try {
    if (configured) accessSync(configured, constants.X_OK);
  } catch {
    return `its program is not executable (${binary})`;
  }
  const code = serviceError?.code;
  if (code === 'ENOENT') return `its program was not found (${binary})`;
  if (code === 'EACCES') return `its program is not executable (${binary})`;
  if (code === 'EPIPE') return `its program (${binary}) stopped before answering`;
  return `its program (${binary}) stopped${serviceError ? `: ${serviceError.message}` : ''}`;
}

/** Stops with one sentence naming the step that failed. */
function fail(step, detail) {
  consoleError(`Search index: Pagefind could not ${step}: ${detail}`);
  process.exitCode = 1;
}

/** The step waiting for Pagefind's answer, if any. */
let waitingFor = null;

// Pagefind's program can die without the Node API noticing (a Rust panic
// while writing, e.g. when a file stands where its folder goes): the answer
// never comes and nothing is left to run. Say which step it died in.
process.on('beforeExit', () => {
  if (!waitingFor) return;
  fail(waitingFor, `its program stopped without answering${serviceError ? '' : ' (its own message, if any, is above)'}`);
  waitingFor = null;
  process.exit(1);
});

/** Runs one Pagefind call, turning a thrown error or reported errors into a failure of `step`. */
async function step(name, call) {
  let result;
  waitingFor = name;
  try {
    result = await call();
  } catch (error) {
    fail(name, serviceError || /backend closed/i.test(String(error?.message)) ? backendProblem() : String(error?.message ?? error));
    return null;
  } finally {
    waitingFor = null;
  }
  if (result?.errors?.length > 0) {
    fail(name, result.errors.join('; '));
    return null;
  }
  return result;
}

/**
 * The pages that carry data-pagefind-body: page 1 of each article, event,
 * topic and entity, and the figures page. Pagefind keeps in memory every
 * file it reads, including those it then drops for lacking the mark, so it
 * is given only these (a third of the site's HTML at 10,000 articles). The
 * build's verify step checks that the index holds exactly the marked pages,
 * so a page type marked without being listed here stops the build.
 */
const SEARCHED_PAGES = '{{articles,events,topics,people,places,organisations}/*,figures}/index.html';

const started = performance.now();
try {
  // The whole archive is English text; one index keeps queries simple (a
  // translation's original language is recorded as a filter).
  const created = await step('start', () => createIndex({ forceLanguage: 'en' }));
  const indexed = created && (await step('index the site', () => created.index.addDirectory({ path: siteDir, glob: SEARCHED_PAGES })));
  if (indexed && indexed.page_count === 0) fail('index the site', 'it found no pages');
  const written =
    indexed &&
    indexed.page_count > 0 &&
    (await step('write the index', () => created.index.writeFiles({ outputPath: `${siteDir}/pagefind` })));
  if (written) console.log(`indexed ${indexed.page_count} pages in ${Math.round(performance.now() - started)} ms`);
} finally {
  await close().catch(() => {});
}
