/**
 * The build's Markdown parsing, spread over the machine's cores. Before the
 * content pre-check reads the archive (one thread, in file order), every
 * article body the derived-data cache lacks is parsed here in worker threads
 * and its facts put in the cache, so the pre-check finds each body there.
 * Only a speed-up: a body not parsed here (a file this pass skips, a worker
 * that failed) is parsed by the pre-check as before, and every problem is
 * reported by the pre-check alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { trimmedBody, type BodyFacts } from '../../../src/lib/content/body-facts.ts';
import { CONTENT_FOLDERS, splitFrontMatter } from '../../../src/lib/content/checks/files.ts';
import type { DerivedCache } from '../../../src/lib/content/derived-cache.ts';
import { tooDeeplyNested } from '../../../src/lib/content/unsafe-markup.ts';

/** Below this many bodies to parse, starting workers (about 0.3 s each, to load the parser) costs more than it saves. */
const PARALLEL_MINIMUM = 200;

/** What {@link parseBodiesInParallel} did. */
export interface ParallelParse {
  /** Bodies parsed in the workers and put in the cache. */
  parsed: number;
  /** Worker threads used; 0 when there was too little to parse. */
  threads: number;
}

/**
 * The article bodies in `contentDir` as the pre-check will hash them:
 * front matter split off, trimmed as Astro's loader trims it. A file that
 * cannot be read or split is left to the pre-check, which reports it.
 */
export function articleBodies(contentDir: string): string[] {
  const folder = join(contentDir, 'articles');
  const { extension } = CONTENT_FOLDERS.articles!;
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(extension) && !name.startsWith('.'));
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

/** Runs one worker over `bodies`; its answer holds each body's facts, or null where parsing threw. */
function parseInWorker(bodies: string[]): Promise<(BodyFacts | null)[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-bodies.worker.ts', import.meta.url), { workerData: bodies });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parsing worker stopped with code ${code} before it answered`)));
  });
}

/**
 * Parses, on up to `threads` worker threads, every body of `bodies` that
 * `cache` has no facts for, and puts their facts in it. A worker that fails
 * loses nothing: its bodies are parsed by the pre-check, one by one.
 */
export async function parseBodiesInParallel(
  bodies: readonly string[],
  cache: DerivedCache<BodyFacts>,
  threads = availableParallelism(),
  minimum = PARALLEL_MINIMUM,
): Promise<ParallelParse> {
  const missing = [...new Set(bodies)].filter((body) => !cache.has(body));
  if (missing.length < minimum || threads < 2) return { parsed: 0, threads: 0 };
  const shares = dealInto(missing, threads);
  const answers = await Promise.allSettled(shares.map(parseInWorker));
  let parsed = 0;
  answers.forEach((answer, index) => {
    if (answer.status === 'rejected') {
      console.warn(`[build] a parsing worker failed (${String(answer.reason)}); the content check parses its bodies instead`);
      return;
    }
    shares[index]!.forEach((body, position) => {
      const facts = answer.value[position];
      if (!facts) return;
      cache.get(body, () => facts);
      parsed++;
    });
  });
  return { parsed, threads: shares.length };
}
