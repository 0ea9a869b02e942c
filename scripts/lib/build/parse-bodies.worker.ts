/**
 * One parsing worker of parallel-bodies.ts. For each body it is given
 * (workerData: a {@link ParseJob}) it derives the body's facts and, when the
 * job says so, renders its HTML with the archive's Markdown processor
 * (src/markdown/pipeline.ts) in the same pass: the facts are read from the
 * tree that processor parsed, before its plugins change it. It answers with
 * one {@link ParseAnswer} a body, in order.
 */
import { unified } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { parentPort, workerData } from 'node:worker_threads';
import { bodyFactsOf, deriveBodyFacts, type BodyFacts } from '../../../src/lib/content/body-facts.ts';
import { archiveMarkdownOptions, SHARED_MARKDOWN_OPTIONS } from '../../../src/markdown/pipeline.ts';
import type { ParseAnswer, ParseJob } from './parallel-bodies.ts';

const { bodies, renderForBase } = workerData as ParseJob;

/** Facts only: the parse the content checks need. */
function parseOnly(body: string): ParseAnswer {
  try {
    return { facts: deriveBodyFacts(body), rendered: null };
  } catch {
    // The pre-check parses it again and reports the problem.
    return { facts: null, rendered: null };
  }
}

/** Facts and HTML from one parse: the facts from the tree as parsed, the HTML from the same tree, rendered on. */
async function parseAndRender(base: string): Promise<ParseAnswer[]> {
  let facts: BodyFacts | null;
  // The first transformer: the facts come from the tree exactly as parsed (as deriveBodyFacts sees it),
  // whatever the archive's plugins later do to it.
  const readFacts = () => (tree: Root) => {
    facts = bodyFactsOf(tree);
  };
  const options = archiveMarkdownOptions(base);
  const renderer = await unified({ ...options, remarkPlugins: [readFacts, ...(options.remarkPlugins ?? [])] }).createRenderer(
    SHARED_MARKDOWN_OPTIONS,
  );
  const answers: ParseAnswer[] = [];
  for (const body of bodies) {
    facts = null;
    try {
      const { code, metadata } = await renderer.render(body);
      // A body with images depends on its file's place; Astro renders it (the content checks refuse images anyway).
      const withImages = metadata.localImagePaths.length + metadata.remoteImagePaths.length > 0;
      answers.push({ facts, rendered: withImages ? null : { html: code, headings: metadata.headings } });
    } catch {
      answers.push(parseOnly(body));
    }
  }
  return answers;
}

parentPort!.postMessage(renderForBase === null ? bodies.map(parseOnly) : await parseAndRender(renderForBase));
