/**
 * Search under `npm run dev`. The built site's index lives in dist/pagefind/,
 * which the dev server does not serve, and which would describe the content
 * of the last build anyway. So, in the dev server only, this integration
 * indexes the pages the dev server itself renders: once it starts, it walks
 * the site from the home page, gives every page to Pagefind and serves the
 * index from memory at <base>pagefind/. When content or code changes, it
 * indexes again in the background and, until that is done, serves the
 * previous index and says it is stale at <base>pagefind/dev-status.json,
 * which the search page reads to tell the reader.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { settings } from '../settings.ts';

/** How a dev index stands, as /pagefind/dev-status.json reports it. */
interface DevSearchStatus {
  /** "building" before the first index exists, "stale" while a newer one is built, "ready" otherwise. */
  state: 'building' | 'stale' | 'ready';
  /** Pages in the index served now. */
  pages: number;
  /** When the index served now was finished (ISO time), or null. */
  builtAt: string | null;
}

/** Pages the walk visits at most, so a page that links to endless URLs cannot keep it going. */
const MAX_PAGES = 20_000;
/** How long after the last change the index is rebuilt, so a burst of saves costs one rebuild. */
const REBUILD_DELAY_MS = 800;

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** The internal pages a page links to: same origin, under the base path, without fragments or queries. */
function linkedPages(html: string, pageUrl: string, base: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
    let url: URL;
    try {
      url = new URL(match[1]!.replace(/&amp;/g, '&'), pageUrl);
    } catch {
      continue;
    }
    if (url.origin !== new URL(pageUrl).origin || !url.pathname.startsWith(base)) continue;
    if (url.pathname.startsWith(`${base}pagefind/`) || /\.[a-z0-9]+$/i.test(url.pathname)) continue;
    found.add(url.pathname);
  }
  return [...found];
}

/** Walks the running dev server from its home page and returns every HTML page it reaches, by path. */
async function crawl(origin: string, base: string): Promise<Map<string, string>> {
  // Right after it starts, the dev server may still be preparing its first page.
  for (let attempt = 0; attempt < 30; attempt++) {
    const home = await fetch(`${origin}${base}`).catch(() => null);
    if (home?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const pages = new Map<string, string>();
  const queue = [base];
  const seen = new Set(queue);
  while (queue.length > 0 && pages.size < MAX_PAGES) {
    const batch = queue.splice(0, 4);
    await Promise.all(
      batch.map(async (path) => {
        const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
        if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) return;
        const html = await response.text();
        pages.set(path, html);
        for (const next of linkedPages(html, `${origin}${path}`, base)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }),
    );
  }
  return pages;
}

/** Indexes pages with Pagefind, as the build does, and returns the index files by their path under pagefind/. */
async function indexPages(pages: Map<string, string>, base: string): Promise<Map<string, Uint8Array>> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('; '));
    for (const [path, content] of pages) {
      // Result URLs are relative to the base path, as in the built index; the search page's bundle URL adds it.
      const added = await index.addHTMLFile({ url: `/${path.slice(base.length)}`, content });
      if (added.errors.length > 0) throw new Error(`${path}: ${added.errors.join('; ')}`);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0) throw new Error(fileErrors.join('; '));
    return new Map(files.map((file) => [file.path.replace(/\\/g, '/'), file.content]));
  } finally {
    await close();
  }
}

/** Astro integration that serves a Pagefind index of the current content in `astro dev`. */
export default function devSearch(): AstroIntegration {
  let base = '/';
  let root = '';
  let logger: AstroIntegrationLogger;
  let files = new Map<string, Uint8Array>();
  let status: DevSearchStatus = { state: 'building', pages: 0, builtAt: null };
  let resolveFirst!: () => void;
  /** Settles when the first index is done (or failed): requests for index files wait for it. */
  const first = new Promise<void>((resolve) => (resolveFirst = resolve));
  let origin = '';
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  /** Builds a new index and swaps it in; a change during a build queues one more. */
  function rebuild(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const started = performance.now();
      try {
        const pages = await crawl(origin, base);
        if (pages.size === 0) throw new Error(`no page answered at ${origin}${base}`);
        files = await indexPages(pages, base);
        status = { state: again ? 'stale' : 'ready', pages: pages.size, builtAt: new Date().toISOString() };
        logger.info(`search index of ${pages.size} pages ready in ${Math.round(performance.now() - started)} ms`);
      } catch (error) {
        logger.error(`could not index the dev site for search: ${(error as Error).message}`);
      } finally {
        resolveFirst();
        running = null;
        if (again) {
          again = false;
          void rebuild();
        }
      }
    })();
    return running;
  }

  /** Answers requests for <base>pagefind/…, waiting for the first index if there is none yet. */
  async function serve(request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void> {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
    const prefix = `${base}pagefind/`;
    if (!path.startsWith(prefix)) return next();
    const name = path.slice(prefix.length);
    if (name === 'dev-status.json') {
      response.writeHead(200, { 'content-type': CONTENT_TYPES.json!, 'cache-control': 'no-store' });
      response.end(JSON.stringify(status));
      return;
    }
    await first;
    const file = files.get(name);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`No ${name} in the dev search index`);
      return;
    }
    const extension = name.slice(name.lastIndexOf('.') + 1);
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(file);
  }

  return {
    name: 'archive:dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = settings().basePath;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger: integrationLogger }) => {
        logger = integrationLogger;
        server.middlewares.use((request, response, next) => void serve(request, response, next));
        // Astro rewrites its content store after reloading changed entries; pages show the change only then.
        // The store is chunked (astro.config.mjs), and its manifest is written last, once every chunk is on disk.
        const dataStore = join(root, '.astro', 'data-store', 'manifest.json');
        server.watcher.add(dataStore);
        server.watcher.on('all', (_event, file) => {
          const inProject = relative(root, file);
          const sourceChanged = /^(content|src)[\\/]/.test(inProject) && !inProject.split(sep).includes('.astro');
          if (!sourceChanged && file !== dataStore) return;
          if (status.state === 'ready') status = { ...status, state: 'stale' };
          clearTimeout(timer);
          timer = setTimeout(() => void rebuild(), REBUILD_DELAY_MS);
        });
      },
      'astro:server:start': ({ address }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        origin = `http://${host === '[::]' || host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`;
        void rebuild();
      },
    },
  };
}
