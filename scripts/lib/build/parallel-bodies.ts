/**
 * The build's Markdown parsing, spread over the machine's cores. Before the
 * content pre-check reads the archive (one thread, in file order), every
 * article body the derived-data cache lacks is parsed here in worker threads
 * and its facts put in the cache, so the pre-check finds each body there.
 * In a build, the same parse renders the body's HTML for Astro's content
 * layer (src/lib/content/rendered-bodies.ts), so Astro does not parse it
 * again. Only a speed-up: a body not parsed here (a file this pass skips, a
 * worker that failed) is parsed by the pre-check and rendered by Astro as
 * before, and every problem is reported by the pre-check alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { trimmedBody, type BodyFacts } from '../../../src/lib/content/body-facts.ts';
import { CONTENT_FOLDERS, splitFrontMatter } from '../../../src/lib/content/checks/files.ts';
import type { DerivedCache } from '../../../src/lib/content/derived-cache.ts';
import type { RenderedBodies, RenderedBody } from '../../../src/lib/content/rendered-bodies.ts';
import { tooDeeplyNested } from '../../../src/lib/content/unsafe-markup.ts';

/** Below this many bodies to parse, starting workers (about 0.3 s each, to load the parser) costs more than it saves. */
const PARALLEL_MINIMUM = 200;

/** What {@link parseBodiesInParallel} did. */
export interface ParallelParse {
  /** Bodies parsed in the workers and put in the cache. */
  parsed: number;
  /** Of those, bodies whose HTML the workers rendered and kept for Astro. */
  rendered: number;
  /** Worker threads used; 0 when there was too little to parse. */
  threads: number;
}

/** What one worker is given (parse-bodies.worker.ts). */
export interface ParseJob {
  /** The bodies to parse. */
  bodies: string[];
  /** The site's base path when the bodies are to be rendered too; null for facts only. */
  renderForBase: string | null;
}

/** A worker's answer for one body. */
export interface ParseAnswer {
  /** The body's facts; null when parsing threw (the pre-check reports it). */
  facts: BodyFacts | null;
  /** The body's HTML; null when it was not rendered. */
  rendered: RenderedBody | null;
}

/** Where to keep rendered bodies, and for which base path; without it, bodies are parsed for their facts only. */
export interface RenderAhead {
  /** The build's rendered bodies, which Astro's content layer reads. */
  into: RenderedBodies;
  /** The site's base path (links in bodies are rewritten under it). */
  base: string;
}

/** How {@link parseBodiesInParallel} runs. */
export interface ParallelOptions {
  /** Render the bodies too, and keep their HTML here. */
  render?: RenderAhead | undefined;
  /** Worker threads to use at most; the machine's cores by default. */
  threads?: number;
  /** Fewer bodies to parse than this, and no worker starts. */
  minimum?: number;
}

/**
 * The article bodies in `contentDir` as the pre-check will hash them:
 * front matter split off, trimmed as Astro's loader trims it. A file that
 * cannot be read or split is left to the pre-check, which reports it.
 */
export function articleBodies(contentDir: string): string[] {
  const folder = join(contentDir, 'articles');
  const [extension] = CONTENT_FOLDERS.articles!.extensions;
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(extension!) && !name.startsWith('.'));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      const { body } = splitFrontMatter(readFileSync(join(folder, name), 'utf8'));
      // Too deep to parse in bounded time: the pre-check refuses it without parsing.
      return tooDeeplyNested(body) ? [] : [trimmedBody(body).text];
    } catch {
      return [];
    }
  });
}

/** `items` dealt into `count` shares of near-equal size, in turn, so long and short bodies spread evenly. */
export function dealInto<T>(items: readonly T[], count: number): T[][] {
  const shares: T[][] = Array.from({ length: count }, () => []);
  items.forEach((item, index) => shares[index % count]!.push(item));
  return shares.filter((share) => share.length > 0);
}

/** Runs one worker on `job`; its answer holds one {@link ParseAnswer} a body, in order. */
function parseInWorker(job: ParseJob): Promise<ParseAnswer[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-bodies.worker.ts', import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parsing worker stopped with code ${code} before it answered`)));
  });
}

/**
 * Parses, on up to `threads` worker threads, every body of `bodies` that
 * `cache` has no facts for (or, with `render`, no HTML), and puts their facts
 * in it and their HTML in `render.into`, whose files of other bodies are
 * removed. A worker that fails loses nothing: its bodies are parsed by the
 * pre-check, one by one, and rendered by Astro.
 */
export async function parseBodiesInParallel(
  bodies: readonly string[],
  cache: DerivedCache<BodyFacts>,
  { render, threads = availableParallelism(), minimum = PARALLEL_MINIMUM }: ParallelOptions = {},
): Promise<ParallelParse> {
  const unique = [...new Set(bodies)];
  // Only the current archive's bodies stay: removed or edited bodies' HTML goes.
  render?.into.keepOnly(unique);
  const missing = unique.filter((body) => !cache.has(body) || (render !== undefined && !render.into.has(body)));
  if (missing.length < minimum || threads < 2) return { parsed: 0, rendered: 0, threads: 0 };
  const shares = dealInto(missing, threads);
  const answers = await Promise.allSettled(shares.map((share) => parseInWorker({ bodies: share, renderForBase: render?.base ?? null })));
  let parsed = 0;
  let rendered = 0;
  answers.forEach((answer, index) => {
    if (answer.status === 'rejected') {
      console.warn(`[build] a parsing worker failed (${String(answer.reason)}); the content check parses its bodies instead`);
      return;
    }
    shares[index]!.forEach((body, position) => {
      const { facts, rendered: html } = answer.value[position]!;
      if (!facts) return;
      cache.get(body, () => facts);
      parsed++;
      if (render && html) {
        render.into.set(body, html);
        rendered++;
      }
    });
  });
  return { parsed, rendered, threads: shares.length };
}
