/**
 * `npm run new-article -- <capture.txt> --url <URL> [--publisher NAME] [--language xx] [--headline TEXT | --own-headline TEXT] [--slug words]`
 *
 * Drafts an article from a raw page capture: copies the capture to
 * content/captures/ and writes content/articles/<date>-<publisher>-<subject>.md
 * with draft: true, then prints the review list (names, numbers, dates,
 * fields still to write) on standard output. It checks every argument and
 * the draft itself before writing anything, never overwrites a file, and on
 * bad input prints one line and exits 1 (2 for unknown options).
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
import { canonicalUrlKey } from '../src/lib/content/checks/source-urls.ts';
import { urlCredentialsProblem } from '../src/lib/content/plain-text.ts';
import { settings } from '../src/settings.ts';
import { isDateError, parsePartialDate } from '../src/lib/content/dates.ts';
import { draftArticle, DraftError } from './lib/new-article/draft.ts';
import { checkLanguage, checkOriginalUrl, checkSlug, checkText, decodeCapture } from './lib/new-article/inputs.ts';
import { formatReview } from './lib/new-article/review.ts';

/** The largest capture read: a saved article page is tens of KB; anything past this is not one article's text, and reading it whole could exhaust memory. */
const MAX_CAPTURE_BYTES = 5 * 1024 * 1024;

/** Releases this run's claim on its URL; set once the claim is taken. */
let releaseClaim = () => {};

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
    `${(error as Error).message.split('\n')[0]} (usage: npm run new-article -- <capture.txt> --url <URL> [--publisher NAME] [--language xx] [--headline TEXT | --own-headline TEXT] [--slug words] [--published YYYY-MM-DD])`,
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
  const captureBytes = readFileSync(capturePath);
  const captureText = decodeCapture(captureBytes, capturePath);
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

  const archive = loadArchiveFromDisk(folder);
  const draft = draftArticle({ captureText, url, publisher, language, headline, ownHeadline, slug, published, today, archive });

  const articlePath = join(folder, draft.articleFile);
  const copyPath = join(folder, draft.captureFile);
  for (const target of [articlePath, copyPath])
    if (existsSync(target)) throw new DraftError(`${target} exists already; nothing was written (rename or remove it first)`);

  // Both targets were checked above; 'wx' still refuses to overwrite should one appear meanwhile.
  writeFileSync(copyPath, captureBytes, { flag: 'wx' });
  try {
    writeFileSync(articlePath, draft.markdown, { flag: 'wx' });
  } catch (error) {
    rmSync(copyPath);
    throw error;
  }
  releaseClaim();
  process.stdout.write(formatReview(draft, articlePath));
  process.stdout.write(`\nWrote ${articlePath} and ${copyPath}.\n`);
} catch (error) {
  if (error instanceof DraftError) fail(error.message);
  if (error instanceof Error && error.name === 'ContentError')
    fail(`the archive has problems to fix first (run npm run check-content): ${error.message.split('\n')[1]?.trim() ?? ''}`);
  fail((error as Error).message.split('\n')[0] ?? String(error));
}
