/**
 * `npm run new-article -- <saved-page.html | capture.txt> --url <URL> [--publisher NAME] [--language xx] [--headline TEXT | --own-headline TEXT] [--slug words]`
 *
 * Drafts an article from a saved web page (a browser's "Save page as" or
 * SingleFile; told by its content, not its extension) or a raw text
 * capture. A saved page is kept byte for byte as content/captures/<id>.html
 * beside its text rendering, content/captures/<id>.txt, which the
 * word-for-word rule reads; a text capture is copied as <id>.txt. Either
 * way it writes content/articles/<date>-<publisher>-<subject>.md with
 * draft: true and the SHA-256 of each capture file, then prints the review
 * list (metadata and its sources, names, numbers, dates, fields still to
 * write) on standard output. It checks every argument and the draft itself
 * before writing anything, never overwrites a file, and on bad input prints
 * one line and exits 1 (2 for unknown options).
 *
 * --headline is the publisher's headline (from the page, in the capture or
 * not); --own-headline one in the archive's words, for a source without one
 * (it sets headlineSupplied). --slug gives the subject part of the file name,
 * --published the date when neither the URL nor a dateline gives it.
 *
 * Also: --content-dir DIR (default ARCHIVE_CONTENT_DIR or ./content) and
 * --today YYYY-MM-DD (the archived date; default today, UTC), for tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadArchiveFromDisk } from '../src/lib/content/archive-from-disk.ts';
import { sha256Of } from '../src/lib/content/capture-check.ts';
import { canonicalUrlKey } from '../src/lib/content/checks/source-urls.ts';
import { urlCredentialsProblem } from '../src/lib/core/plain-text.ts';
import { settings } from '../src/settings.ts';
import { isDateError, parsePartialDate } from '../src/lib/core/dates.ts';
import { draftArticle, DraftError } from './lib/new-article/draft.ts';
import { checkLanguage, checkOriginalUrl, checkSlug, checkText, decodeCapture } from './lib/new-article/inputs.ts';
import { formatReview } from './lib/new-article/review.ts';
import { decodePage, isSavedPage } from './lib/new-article/saved-page/detect.ts';
import { readSavedPage } from './lib/new-article/saved-page/index.ts';

/** The largest capture read, text or saved page: an article's page is tens or hundreds of KB; anything past this is not one article, and reading it whole could exhaust memory. */
const MAX_CAPTURE_BYTES = 5 * 1024 * 1024;

/** Releases this run's claim on its URL; set once the claim is taken. */
let releaseClaim = () => {};

/**
 * Ctrl-C or a kill: the signal is noted, and the run stops at its next
 * checkpoint (before anything is written), releasing its claim, so an
 * interrupted run leaves neither a lock nor a draft behind.
 */
let interruptedBy: NodeJS.Signals | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (interruptedBy = signal));

/** Lets a signal that arrived during the synchronous work be seen, and stops the run if one did (status 128 + its number). */
async function checkpoint(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (interruptedBy) fail(`stopped by ${interruptedBy}; nothing was written`, interruptedBy === 'SIGINT' ? 130 : 143);
}

/** Stops with one line on standard error. */
function fail(message: string, status = 1): never {
  releaseClaim();
  console.error(`new-article: ${message}`);
  process.exit(status);
}

/** Whether a process is running, so a claim left by a run that died can be taken over. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Claims the URL for this run with an exclusive create of a dot file in the
 * content folder (which the content checks skip), so two runs on one URL at
 * once cannot both write a draft: the second stops, naming the first.
 */
function claimUrl(folder: string, url: string): void {
  const path = join(folder, `.new-article-${createHash('sha256').update(canonicalUrlKey(url)).digest('hex').slice(0, 16)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      releaseClaim = () => rmSync(path, { force: true });
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new DraftError(`another new-article run (pid ${holder}) is drafting ${url} right now; nothing was written`);
      }
      rmSync(path, { force: true }); // Left by a run that died.
    }
  }
  throw new DraftError(`could not claim ${url} for this run; nothing was written`);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      publisher: { type: 'string' },
      language: { type: 'string' },
      headline: { type: 'string' },
      'own-headline': { type: 'string' },
      slug: { type: 'string' },
      published: { type: 'string' },
      'content-dir': { type: 'string' },
      today: { type: 'string' },
    },
  });
} catch (error) {
  fail(
    `${(error as Error).message.split('\n')[0]} (usage: npm run new-article -- <saved-page.html | capture.txt> --url <URL> [--publisher NAME] [--language xx] [--headline TEXT | --own-headline TEXT] [--slug words] [--published YYYY-MM-DD])`,
    2,
  );
}
const { values, positionals } = parsed;

try {
  if (positionals.length !== 1) throw new DraftError(`expected one capture file, got ${positionals.length}`);
  const capturePath = positionals[0]!;
  if (!existsSync(capturePath) || !statSync(capturePath).isFile()) throw new DraftError(`the capture ${capturePath} does not exist`);
  // Checked before the capture is read, so a huge file costs nothing.
  const captureSize = statSync(capturePath).size;
  if (captureSize > MAX_CAPTURE_BYTES) {
    throw new DraftError(
      `the capture ${capturePath} is ${(captureSize / 1024 / 1024).toFixed(1)} MB; one article's page is far smaller (the limit is ${MAX_CAPTURE_BYTES / 1024 / 1024} MB); nothing was written`,
    );
  }
  const url = checkOriginalUrl(values.url);
  const credentials = urlCredentialsProblem(url);
  if (credentials) throw new DraftError(`--url: ${credentials}`);
  const fileBytes = readFileSync(capturePath);
  const pageBytes = isSavedPage(fileBytes, capturePath) ? fileBytes : undefined;
  const language = checkLanguage(values.language);
  const publisher = checkText('publisher', values.publisher);
  const headline = checkText('headline', values.headline);
  const ownHeadline = checkText('own-headline', values['own-headline']);
  if (headline && ownHeadline) throw new DraftError('give --headline (the publisher’s) or --own-headline (the archive’s), not both');
  const slug = checkSlug(values.slug);
  const published = values.published === undefined ? undefined : parsePartialDate(values.published);
  if (published !== undefined && isDateError(published))
    throw new DraftError(`--published "${values.published}" is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  const todayDate = parsePartialDate(today);
  if (isDateError(todayDate) || todayDate.precision !== 'day') throw new DraftError(`--today "${today}" is not a day written YYYY-MM-DD`);
  const folder = values['content-dir'] ?? settings().contentDir;
  if (!existsSync(join(folder, 'articles'))) throw new DraftError(`${folder} is not a content folder (it has no articles/)`);
  claimUrl(folder, url);
  await checkpoint();

  const page = pageBytes && readSavedPage(decodePage(pageBytes, capturePath), url, headline ?? ownHeadline);
  // The text capture as it will be written: the saved page's rendering, or the text file's own bytes.
  const captureBytes = page ? Buffer.from(page.rendering, 'utf8') : fileBytes;
  const captureText = page ? page.rendering : decodeCapture(fileBytes, capturePath);
  const archive = loadArchiveFromDisk(folder);
  const draft = draftArticle({
    captureText,
    captureSha256: sha256Of(captureBytes),
    page,
    pageSha256: pageBytes && sha256Of(pageBytes),
    url,
    publisher,
    language,
    headline,
    ownHeadline,
    slug,
    published,
    today,
    archive,
  });

  await checkpoint();
  const articlePath = join(folder, draft.articleFile);
  const copies: [string, Uint8Array][] = [[join(folder, draft.captureFile), captureBytes]];
  if (draft.pageFile && pageBytes) copies.push([join(folder, draft.pageFile), pageBytes]);
  for (const target of [articlePath, ...copies.map(([path]) => path)])
    if (existsSync(target)) throw new DraftError(`${target} exists already; nothing was written (rename or remove it first)`);

  // Every target was checked above; 'wx' still refuses to overwrite should one appear meanwhile, and a failure removes what this run wrote.
  const done: string[] = [];
  try {
    for (const [path, bytes] of copies) {
      writeFileSync(path, bytes, { flag: 'wx' });
      done.push(path);
    }
    writeFileSync(articlePath, draft.markdown, { flag: 'wx' });
  } catch (error) {
    for (const path of done) rmSync(path);
    throw error;
  }
  releaseClaim();
  process.stdout.write(formatReview(draft, articlePath));
  process.stdout.write(`\nWrote ${articlePath} and ${copies.map(([path]) => path).join(' and ')}.\n`);
} catch (error) {
  if (error instanceof DraftError) fail(error.message);
  if (error instanceof Error && error.name === 'ContentError')
    fail(`the archive has problems to fix first (run npm run check-content): ${error.message.split('\n')[1]?.trim() ?? ''}`);
  fail((error as Error).message.split('\n')[0] ?? String(error));
}
