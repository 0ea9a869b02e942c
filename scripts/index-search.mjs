#!/usr/bin/env node
/**
 * The search-index step of `npm run build`, in its own process: Astro has
 * exited and freed its heap before Pagefind starts, so the two never hold
 * their memory at once. Indexes the finished site in the given folder with
 * Pagefind's Node API and writes `<site>/pagefind/`.
 *
 * Past ARCHIVE_SEARCH_SHARD_SIZE articles the index is split into shards
 * (scripts/lib/build/search-shards.ts), each indexed by its own process, one
 * after the other, so the step's peak memory is the largest shard's; the
 * search page merges them. A shard can also be built alone, on another
 * machine (README, "Search index in shards"). Each shard's pages are handed
 * to Pagefind as files (addHTMLFile), so a shard may be of any size.
 *
 * Prints `indexed N pages in M ms` per shard. Any failure ends with status 1
 * and one plain sentence; scripts/build.mjs then keeps the previous site.
 *
 * With --previous (the last published site), a shard whose pages are those
 * it was made from last time (the key in its shard-key.txt) is hard-linked
 * from there instead of indexed again.
 *
 * Usage: node scripts/index-search.mjs <site folder> [--previous <last site>]   every shard, then the shard list
 *        node scripts/index-search.mjs <site folder> --shard N    shard N alone
 *        node scripts/index-search.mjs <site folder> --shards     print the number of shards
 *        node scripts/index-search.mjs <site folder> --manifest   write the shard list and check the shards
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { settings } from '../src/settings.ts';
import {
  planShards,
  renderedArticleIds,
  SHARD_KEY_FILE,
  SHARD_MANIFEST,
  shardFiles,
  shardKey,
  shardManifest,
} from './lib/build/search-shards.ts';
import { scanPages, searchIndexProblems } from './lib/build/site-check.ts';
import { segmentOf } from '../src/lib/urls/page-kinds.ts';

const USAGE =
  'usage: node scripts/index-search.mjs <site folder> [--previous <last site>] | <site folder> --shard N | --shards | --manifest';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { shard: { type: 'string' }, shards: { type: 'boolean' }, manifest: { type: 'boolean' }, previous: { type: 'string' } },
  });
} catch {
  parsed = null;
}
const modeCount = parsed ? ['shard', 'shards', 'manifest'].filter((name) => parsed.values[name] !== undefined).length : 0;
if (!parsed || parsed.positionals.length !== 1 || modeCount > 1 || (modeCount === 1 && parsed.values.previous !== undefined)) {
  console.error(USAGE);
  process.exit(2);
}
const [siteArg] = parsed.positionals;
const mode = ['shard', 'shards', 'manifest'].find((name) => parsed.values[name] !== undefined);
const shardArg = parsed.values.shard;
const previousDir = parsed.values.previous === undefined ? null : resolve(parsed.values.previous);
const siteDir = resolve(siteArg);
if (!existsSync(siteDir) || !statSync(siteDir).isDirectory()) {
  console.error(`Search index: ${siteDir} is not a folder`);
  process.exit(2);
}
const shards = planShards(renderedArticleIds(siteDir), settings().searchShardSize);

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

/** Pagefind's options for every shard. */
const PAGEFIND_OPTIONS = { forceLanguage: 'en' };

/**
 * What, besides its pages, a shard's index is made from: Pagefind's version
 * and options, and how the pages reach it (one by one, in the order of
 * shardFiles; an index Pagefind found by a glob numbers its pages otherwise).
 */
const INDEXER = `pagefind ${JSON.parse(readFileSync(new URL('../node_modules/pagefind/package.json', import.meta.url), 'utf8')).version} ${JSON.stringify(PAGEFIND_OPTIONS)} addHTMLFile`;

/**
 * Pages sent to Pagefind before waiting for its answers. Its program reads
 * its messages on one thread and parses them on another, in the order sent:
 * a few in flight keep it busy while Node reads the next files, and hold a
 * few pages' text in memory, not a shard's.
 */
const PAGES_IN_FLIGHT = 16;

/**
 * Hands a shard's pages to Pagefind one by one (addHTMLFile), in the order
 * of `files`, each with its path in the site, from which Pagefind makes its
 * URL as it does for a page it finds itself. Resolves like addDirectory:
 * Pagefind's errors, and how many pages it took.
 */
async function addPages(index, files) {
  const errors = [];
  let pageCount = 0;
  for (let start = 0; start < files.length; start += PAGES_IN_FLIGHT) {
    const batch = files.slice(start, start + PAGES_IN_FLIGHT).map((file) =>
      index.addHTMLFile({ sourcePath: file, content: readFileSync(join(siteDir, file), 'utf8') }).then((added) => {
        if (added.errors.length > 0) errors.push(`${file}: ${added.errors.join('; ')}`);
        else pageCount += 1;
      }),
    );
    await Promise.all(batch);
    if (errors.length > 0) break;
  }
  return { errors, page_count: pageCount };
}

/** Indexes one shard with Pagefind; true when it was written. */
async function indexShard(shard) {
  const started = performance.now();
  try {
    // The whole archive is English text; one language keeps queries simple (a
    // translation's original language is recorded as a filter).
    const created = await step('start', () => createIndex(PAGEFIND_OPTIONS));
    const files = created && shardFiles(siteDir, shard);
    const indexed = created && (await step('index the site', () => addPages(created.index, files)));
    if (indexed && indexed.page_count === 0)
      fail('index the site', `it found no pages${shards.length > 1 ? ` for shard ${shard.number}` : ''}`);
    const written =
      indexed &&
      indexed.page_count > 0 &&
      (await step('write the index', () => created.index.writeFiles({ outputPath: join(siteDir, shard.dir) })));
    // A merged index needs only its data: the page loads Pagefind's program and scripts from the primary.
    if (written && shard.number > 0) {
      for (const name of readdirSync(join(siteDir, shard.dir)))
        if (/\.(js|css)$|^wasm\./.test(name)) rmSync(join(siteDir, shard.dir, name));
    }
    const of = shards.length > 1 ? ` (shard ${shard.number} of 0–${shards.length - 1})` : '';
    if (written) console.log(`indexed ${indexed.page_count} pages in ${Math.round(performance.now() - started)} ms${of}`);
    return Boolean(written);
  } finally {
    await close().catch(() => {});
  }
}

/** Writes the list of shards the search page merges, and the index's cache tag into the search page. */
function writeManifest() {
  mkdirSync(join(siteDir, 'pagefind'), { recursive: true });
  writeFileSync(join(siteDir, SHARD_MANIFEST), `${JSON.stringify(shardManifest(shards))}\n`);
  tagSearchPage();
}

/**
 * Astro rendered the search page before the index existed: write the index's
 * cache tag, a hash of every shard's entry file, after each
 * `pagefind-entry.json?ts=` in it (its preload and its form's data-search-entry,
 * src/lib/search/search-files.ts), and the primary index's metadata file into
 * its preload. The page gives Pagefind that tag, so Pagefind fetches its entry
 * under the preloaded URL, and a changed index under a new one. Run again on a
 * tagged page, it writes the new tag and name. A site without a search page (a
 * test's) has nothing to tag; missing shards are the check's to report.
 *
 * Merged shards' metadata files are not preloaded: Pagefind asks for a shard's
 * only after that shard's entry file, which it fetches once the primary's
 * WebAssembly has loaded, so a preload would shorten a sharded first search by
 * at most one round trip, while every visit to the search page, query or not,
 * would download every shard's: about 8 bytes a page gzipped, 38 KB for five
 * 1,000-article shards (README, "Search index in shards"), more than half
 * again Pagefind's WebAssembly. The primary's is 0.4 KB on the real site.
 */
function tagSearchPage() {
  const pagePath = `${segmentOf('search')}/index.html`;
  const page = join(siteDir, pagePath);
  if (!existsSync(page)) return;
  const hash = createHash('sha256');
  for (const shard of shards) {
    const entry = join(siteDir, shard.dir, 'pagefind-entry.json');
    if (existsSync(entry)) hash.update(readFileSync(entry));
  }
  const html = readFileSync(page, 'utf8');
  // The primary index's metadata file in the page's preload: the placeholder Astro renders, or an earlier index's name.
  const metaFile = /(pagefind\/pagefind\.)[\w-]+(\.pf_meta)/g;
  if (!html.includes('pagefind-entry.json?ts=') || !html.match(metaFile)) {
    consoleError(
      `Search index: ${pagePath} names no pagefind-entry.json?ts=… or pagefind/pagefind.….pf_meta to write the index's cache tag and metadata file into`,
    );
    process.exitCode = 1;
    return;
  }
  const meta = primaryMetaName(html);
  const tagged = html.replace(/(pagefind-entry\.json\?ts=)[\w-]*/g, `$1${hash.digest('hex').slice(0, 16)}`);
  writeFileSync(page, meta ? tagged.replace(metaFile, `$1${meta}$2`) : tagged);
}

/**
 * The `<language>_<hash>` of the metadata file Pagefind 1.6 loads on `html`,
 * picked as its findIndex does (its pagefind.js): the entry's index for the
 * page's `lang`, lower-cased, else for its first subtag, else the one with
 * the most pages. Pagefind fetches `pagefind.<that>.pf_meta` with no query
 * string (a new index has a new name, so no cache tag is needed). Null without
 * an entry file: the check reports missing shards.
 */
function primaryMetaName(html) {
  const entry = join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entry)) return null;
  const languages = JSON.parse(readFileSync(entry, 'utf8')).languages ?? {};
  const lang = (/<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1] || 'unknown').toLowerCase();
  const index = languages[lang] ?? languages[lang.split('-')[0]] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  return index?.hash ?? null;
}

/**
 * Puts the files of `from` in `to` as hard links: the previous site's files
 * are never written again (a build writes new files; the previous site is
 * then renamed away and deleted), so a link is as good as a copy, and it
 * costs a tenth of one (0.1 s against 1.1 s for a 2,000-article shard).
 * Copies where a link cannot be made (another file system). Leaves out the
 * entries of `from` (not of its folders) that `skip` names.
 */
function linkTree(from, to, skip = () => false) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/**
 * Takes a shard's index from the previous site when it was made from the
 * same pages (its key file says so); true when it did. The primary's folder
 * is taken without the other shards and the shard list.
 */
function reuseShard(shard, key) {
  if (!previousDir) return false;
  const from = join(previousDir, shard.dir);
  const keyFile = join(from, SHARD_KEY_FILE);
  if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8').trim() !== key) return false;
  linkTree(
    from,
    join(siteDir, shard.dir),
    (name) => shard.number === 0 && (/^shard-\d+$/.test(name) || `${shard.dir}/${name}` === SHARD_MANIFEST),
  );
  console.log(
    `reused shard ${shard.number}: its ${shard.articles > 0 ? `${shard.articles} article${shard.articles === 1 ? '' : 's'}` : 'pages'} did not change`,
  );
  return true;
}

/** Records what a shard's index was made from, for the next build's reuseShard. */
function writeKey(shard, key) {
  writeFileSync(join(siteDir, shard.dir, SHARD_KEY_FILE), `${key}\n`);
}

/** Runs each shard in a process of its own, one after the other, so only one Pagefind holds its memory at a time. */
function indexEveryShard() {
  const self = fileURLToPath(import.meta.url);
  for (const shard of shards) {
    const key = shardKey(siteDir, shard, INDEXER);
    if (reuseShard(shard, key)) continue;
    const run = spawnSync(process.execPath, [...process.execArgv, self, siteDir, '--shard', String(shard.number)], { stdio: 'inherit' });
    if (run.status !== 0) {
      consoleError(`Search index: shard ${shard.number} of 0–${shards.length - 1} failed (status ${run.status ?? run.signal})`);
      process.exitCode = 1;
      return false;
    }
    writeKey(shard, key);
  }
  return true;
}

if (mode === 'shards') {
  console.log(String(shards.length));
} else if (mode === 'manifest') {
  writeManifest();
  // The same check as the build's verify step: the shards hold exactly the marked pages, each once.
  const marked = scanPages(siteDir, '/')
    .filter((page) => page.indexed)
    .map((page) => page.url);
  const problems = searchIndexProblems(
    siteDir,
    shards.map((shard) => shard.dir),
    marked,
  );
  if (problems.length > 0) fail('check the shards', problems.join('; '));
} else if (mode === 'shard') {
  const shard = /^\d+$/.test(shardArg) ? shards[Number(shardArg)] : undefined;
  if (!shard) {
    consoleError(`Search index: there is no shard ${shardArg}; this site has shards 0–${shards.length - 1}`);
    process.exit(2);
  }
  await indexShard(shard);
} else if (shards.length === 1) {
  // One shard: in this process, as an unsharded build.
  const key = shardKey(siteDir, shards[0], INDEXER);
  // A reused shard's key file is the previous site's, linked: never written again.
  if (reuseShard(shards[0], key)) writeManifest();
  else if (await indexShard(shards[0])) {
    writeKey(shards[0], key);
    writeManifest();
  }
} else if (indexEveryShard()) {
  writeManifest();
}
