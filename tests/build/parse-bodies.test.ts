/**
 * The content loader's parsing (src/lib/content/loader/parse-bodies.ts), with
 * real worker threads on a synthetic archive and the real articles: the
 * facts the workers derive are the ones one thread derives, and the HTML
 * they render in the same pass is the HTML the archive's Markdown processor
 * renders on its own (what Astro's Markdown loader would render).
 */
import { unified } from '@astrojs/markdown-remark';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/harness/synthetic/generate.ts';
import { readFolderFiles } from '../../src/lib/content/archive-from-disk.ts';
import { deriveBodyFacts } from '../../src/lib/content/body-facts.ts';
import { dealInto, parseBodies } from '../../src/lib/content/loader/parse-bodies.ts';
import { archiveMarkdownOptions, SHARED_MARKDOWN_OPTIONS } from '../../src/markdown/pipeline.ts';

const ARTICLES = 40;
let contentDir: string;

beforeAll(() => {
  contentDir = join(mkdtempSync(join(tmpdir(), 'archive-parallel-')), 'content');
  generateArchive(contentDir, ARTICLES);
});

/** The bodies of a content folder's articles, as the one reader reads them. */
const bodiesOf = (folder: string) => readFolderFiles(folder).entries.articles.map((article) => article.body);

describe('parsing bodies on worker threads', () => {
  it('derives for every body the facts one thread derives', async () => {
    const bodies = bodiesOf(contentDir);
    expect(bodies).toHaveLength(ARTICLES);
    const { answers, threads } = await parseBodies(bodies, { renderForBase: null, threads: 2, minimum: 0 });
    expect(threads).toBe(2);
    expect(answers.map((answer) => answer.facts)).toEqual(bodies.map((body) => deriveBodyFacts(body)));
  });

  it('renders in the same pass, for every synthetic and real body, the HTML the archive’s processor renders on its own', async () => {
    // A body of the project's own with what the synthetic and real ones may lack: a link into the archive, a note, a table.
    const ownBody =
      'See [the camp](/entities/al-hol-camp/#p-2).[^1]\n\n| Year | Count |\n| --- | --- |\n| 2019 | 1 |\n\n[^1]: A note by the archive.';
    const bodies = [...bodiesOf(contentDir), ...bodiesOf(join(import.meta.dirname, '../../content')), ownBody];
    const base = '/sub/path/';
    const alone = await unified(archiveMarkdownOptions(base)).createRenderer(SHARED_MARKDOWN_OPTIONS);
    for (const threads of [2, 1]) {
      const { answers } = await parseBodies(bodies, { renderForBase: base, threads, minimum: 0 });
      for (const [index, body] of bodies.entries()) {
        const { code, metadata } = await alone.render(body);
        expect(answers[index]).toEqual({ facts: deriveBodyFacts(body), rendered: { html: code, headings: metadata.headings } });
      }
      expect(answers.at(-1)!.rendered!.html).toContain('href="/sub/path/entities/al-hol-camp/#p-2"');
    }
  });

  it('starts no workers for fewer bodies than the minimum, or on one core, and still parses every body', async () => {
    const bodies = bodiesOf(contentDir);
    for (const options of [
      { threads: 2, minimum: ARTICLES + 1 },
      { threads: 1, minimum: 0 },
    ]) {
      const { answers, threads } = await parseBodies(bodies, { renderForBase: null, ...options });
      expect(threads).toBe(0);
      expect(answers.every((answer) => answer.facts !== undefined)).toBe(true);
    }
  });

  it('deals the work into even shares, every item once', () => {
    const shares = dealInto([1, 2, 3, 4, 5, 6, 7], 3);
    expect(shares).toEqual([
      [1, 4, 7],
      [2, 5],
      [3, 6],
    ]);
    expect(dealInto([1], 4)).toEqual([[1]]);
  });
});
