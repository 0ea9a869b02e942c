/**
 * Article bodies parsed once each: every body's facts (body-facts.ts) and,
 * for the site, its HTML, both from one parse with the archive's Markdown
 * processor (src/markdown/pipeline.ts): the facts are read from the tree as
 * parsed, before the processor's plugins change it, and the same tree is
 * rendered on. Spread over worker threads when there are enough bodies to
 * pay for starting them; a worker that fails loses nothing, its bodies are
 * parsed in this thread.
 */
import { unified, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bodyFactsOf, deriveBodyFacts, type BodyFacts } from '../body-facts.ts';
import { firstLineOf } from '../checks/files.ts';
import { archiveMarkdownOptions, SHARED_MARKDOWN_OPTIONS } from '../../../markdown/pipeline.ts';

/** Below this many bodies to parse, starting workers (about 0.3 s each, to load the parser) costs more than it saves. */
const PARALLEL_MINIMUM = 200;

/** What a body renders to: the HTML of Astro's Markdown processor and the headings it collected. */
export interface RenderedBody {
  /** The body's HTML. */
  html: string;
  /** The body's headings, for `render(entry).headings`. */
  headings: MarkdownHeading[];
}

/** One body's result: its facts and HTML, or why it could not be parsed. */
export type ParsedBody =
  | { facts: BodyFacts; rendered: RenderedBody | null; error?: undefined }
  | { facts?: undefined; rendered?: undefined; error: string };

/** What one worker is given (parse-bodies.worker.ts). */
export interface ParseJob {
  /** The bodies to parse. */
  bodies: string[];
  /** The site's base path when the bodies are to be rendered too; null for facts only. */
  renderForBase: string | null;
}

/** How {@link parseBodies} runs. */
export interface ParseOptions {
  /** Render for a site at this base path ("/" or "/sub/"); null for facts only (the checks). */
  renderForBase: string | null;
  /** Worker threads to use at most; the machine's cores by default. */
  threads?: number;
  /** Fewer bodies than this, and no worker starts. */
  minimum?: number;
}

/** Parses `job`'s bodies in this thread, one answer a body, in order. */
export async function parseHere({ bodies, renderForBase }: ParseJob): Promise<ParsedBody[]> {
  if (renderForBase === null) {
    return bodies.map((body) => {
      try {
        return { facts: deriveBodyFacts(body), rendered: null };
      } catch (error) {
        return { error: firstLineOf(error) };
      }
    });
  }
  let facts: BodyFacts | undefined;
  // The first transformer: the facts come from the tree exactly as parsed (as deriveBodyFacts sees it).
  const readFacts = () => (tree: Root) => {
    facts = bodyFactsOf(tree);
  };
  const options = archiveMarkdownOptions(renderForBase);
  const renderer = await unified({ ...options, remarkPlugins: [readFacts, ...(options.remarkPlugins ?? [])] }).createRenderer(
    SHARED_MARKDOWN_OPTIONS,
  );
  const answers: ParsedBody[] = [];
  for (const body of bodies) {
    facts = undefined;
    try {
      const { code, metadata } = await renderer.render(body);
      answers.push({ facts: facts!, rendered: { html: code, headings: metadata.headings } });
    } catch (error) {
      answers.push({ error: firstLineOf(error) });
    }
  }
  return answers;
}

/** `items` dealt into `count` shares of near-equal size, in turn, so long and short bodies spread evenly. */
export function dealInto<T>(items: readonly T[], count: number): T[][] {
  const shares: T[][] = Array.from({ length: count }, () => []);
  items.forEach((item, index) => shares[index % count]!.push(item));
  return shares.filter((share) => share.length > 0);
}

/** Runs one worker on `job`. */
function parseInWorker(job: ParseJob): Promise<ParsedBody[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-bodies.worker.ts', import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the parsing worker stopped with code ${code} before it answered`)));
  });
}

/**
 * Parses every body of `bodies` (and renders it, with `renderForBase`), on
 * up to `threads` worker threads when there are at least `minimum`; answers
 * one {@link ParsedBody} a body, in order, and how many threads it used.
 */
export async function parseBodies(
  bodies: readonly string[],
  { renderForBase, threads = availableParallelism(), minimum = PARALLEL_MINIMUM }: ParseOptions,
): Promise<{ answers: ParsedBody[]; threads: number }> {
  if (bodies.length < Math.max(minimum, 1) || threads < 2) return { answers: await parseHere({ bodies: [...bodies], renderForBase }), threads: 0 };
  // Dealt by index, so each answer finds its way back to its body.
  const shares = dealInto(
    bodies.map((_, index) => index),
    threads,
  );
  const results = await Promise.all(
    shares.map(async (share) => {
      const job = { bodies: share.map((index) => bodies[index]!), renderForBase };
      try {
        return await parseInWorker(job);
      } catch (error) {
        console.warn(`[content] a parsing worker failed (${firstLineOf(error)}); its bodies are parsed in the main thread instead`);
        return parseHere(job);
      }
    }),
  );
  const answers: ParsedBody[] = new Array(bodies.length);
  shares.forEach((share, worker) => share.forEach((index, position) => (answers[index] = results[worker]![position]!)));
  return { answers, threads: shares.length };
}
