/**
 * The site's one content loader, used by every collection in
 * src/content.config.ts (as Starlight's `docsLoader` is by its docs), and
 * the build's only read, check and parse of the content. The five
 * collections share one run a sync: `readArchive` reads every file once with
 * the one reader, parses each changed body once for its facts and its HTML,
 * runs every check (the same function `npm run check-content` calls), and
 * only then are the entries stored, each article with its rendered HTML and
 * its body's facts. A problem stops the sync with a ContentError naming each
 * file and field, so no page is built from broken content. An entry whose
 * file and deriving code are unchanged (its digest) is taken from Astro's
 * content store, not parsed again.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settings } from '../../../settings.ts';
import type { UnparsedArticle } from '../archive-from-disk.ts';
import { ContentError } from '../problems.ts';
import { codeFingerprint } from './fingerprint.ts';
import { clearProblemsReport, writeProblemsReport } from './problems-report.ts';
import { metadataForStore, paragraphsFromStore, type StoredMetadata } from './stored-article.ts';
import { readArchive, type ArchiveRead, type KnownBody, type ReadArticle } from './read-archive.ts';

/** The collections, each filled from its folder of the content folder. */
const COLLECTIONS = ['articles', 'topics', 'entities', 'events', 'figures'] as const;

/** A collection's name. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** The modules whose code decides the word-for-word check of a copy against its capture. */
const CAPTURE_CHECK_MODULES = ['src/lib/content/capture-check.ts'] as const;
/** The meta-store key of the fingerprint of {@link CAPTURE_CHECK_MODULES} the stored entries were checked with. */
const CAPTURE_CHECK_KEY = 'capture-check-code';

/** The contexts of the collections waiting for this sync's run, and the run they wait for. */
let waiting = new Map<CollectionName, LoaderContext>();
let run: PromiseWithResolvers<void> | undefined;
/** The latest contexts, for a re-run when a file changes in `astro dev`. */
let latest: Map<CollectionName, LoaderContext> | undefined;

/** The loader of one collection; all five share each run. */
export function archiveLoader(collection: CollectionName): Loader {
  return {
    name: 'archive-loader',
    load: async (context) => {
      run ??= Promise.withResolvers();
      const mine = run;
      waiting.set(collection, context);
      // The last collection to arrive starts the run: by then every store is at hand.
      if (waiting.size === COLLECTIONS.length) {
        const contexts = waiting;
        waiting = new Map();
        run = undefined;
        syncAll(contexts).then(mine.resolve, mine.reject);
      }
      await mine.promise;
    },
  };
}

/** Reads and checks the content folder and stores every entry, or throws a ContentError and stores nothing. */
async function syncAll(contexts: Map<CollectionName, LoaderContext>): Promise<void> {
  const first = contexts.get('articles')!;
  const root = fileURLToPath(first.config.root);
  const contentDir = resolve(root, settings().contentDir);
  const base = settings().basePath;
  // What the stored data depends on besides the file: the deriving code and the base path links are written under.
  const stamp = `${codeFingerprint(root)}\n${base}\n`;
  const digestOf = (raw: string) => first.generateDigest(stamp + raw);
  // Watched from the first run on, even a failed one, so `astro dev` recovers when the content is fixed.
  if (!latest) watch(first, contentDir);
  latest = contexts;
  const articles = first.store;
  const reuse = (article: UnparsedArticle): KnownBody | undefined => {
    const stored = articles.get(article.id);
    if (!stored?.rendered || stored.digest !== digestOf(article.raw)) return undefined;
    const { facts, headings } = stored.rendered.metadata as unknown as StoredMetadata;
    const { html } = stored.rendered;
    return { facts: { ...facts, paragraphs: paragraphsFromStore(facts.paragraphs, html) }, rendered: { html, headings } };
  };
  // A copy checked against its capture by the last stored run, with its file and the check's code unchanged, is not checked again.
  const captureCheckCode = codeFingerprint(root, CAPTURE_CHECK_MODULES);
  const sameCheck = first.meta.get(CAPTURE_CHECK_KEY) === captureCheckCode;
  const checkedBefore = (article: UnparsedArticle) => sameCheck && articles.get(article.id)?.digest === digestOf(article.raw);
  const started = performance.now();
  const read = await readArchive(contentDir, { from: root, renderForBase: base, reuse, checkedBefore });
  if (read.problems.length > 0) {
    // For `npm run build`, which prints these lines instead of Astro's report of the error (problems-report.ts).
    writeProblemsReport(root, read.problems);
    throw new ContentError(read.problems);
  }
  clearProblemsReport(root);
  store(read, contexts, root, digestOf);
  first.meta.set(CAPTURE_CHECK_KEY, captureCheckCode);
  const { reused, parsed, threads } = read.bodies;
  first.logger.info(
    `${read.entries.articles.length} articles read and checked in ${Math.round(performance.now() - started)} ms; ` +
      `bodies: ${reused} from the cache, ${parsed} parsed${threads ? ` on ${threads} threads` : ''} (the cache is Astro's content store); ` +
      `copies against their captures: ${read.captures.checked} checked, ${read.captures.unchanged} unchanged since checked`,
  );
}

/** Puts every entry in its collection's store and removes entries whose files are gone. */
function store(read: ArchiveRead, contexts: Map<CollectionName, LoaderContext>, root: string, digestOf: (raw: string) => string): void {
  for (const collection of COLLECTIONS) {
    const { store: target } = contexts.get(collection)!;
    const stale = new Set(target.keys());
    for (const entry of read.entries[collection]) {
      stale.delete(entry.id);
      // As Astro's glob loader writes it: relative to the project root, with forward slashes.
      const filePath = relative(root, resolve(root, entry.file)).split(sep).join('/');
      const common = { id: entry.id, data: entry.data as Record<string, unknown>, filePath, digest: digestOf(entry.raw) };
      if (collection !== 'articles') {
        target.set(common);
        continue;
      }
      const article = entry as ReadArticle;
      const { html, headings } = article.rendered!;
      const facts = { paragraphs: article.paragraphs, unsafe: article.unsafe ?? [], links: article.links ?? [], otherText: article.otherText ?? [] };
      // A draft may have no headline yet; it has no page, so its folded words are never read.
      const metadata = metadataForStore({ headline: article.data.headline ?? '', body: article.body, html, headings, facts });
      // No `body`: the pages need of it only its folded words, stored with the facts (stored-article.ts says why).
      target.set({ ...common, rendered: { html, metadata: { imagePaths: [], ...metadata } } });
    }
    for (const id of stale) target.delete(id);
  }
}

/** In `astro dev`: any change under the content folder runs every check again and updates the stores. */
function watch(context: LoaderContext, contentDir: string): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(contentDir);
  // One run at a time: a save of several files never has two runs writing the stores at once.
  let queue = Promise.resolve();
  const onChange = (path: string) => {
    if (!path.startsWith(contentDir + sep)) return;
    queue = queue.then(() => syncAll(latest!)).catch((error: unknown) => logger.error((error as Error).message));
  };
  for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange);
}
