/**
 * The build's parallel parsing (scripts/lib/build/parallel-bodies.ts), with
 * real worker threads on a synthetic archive and the real articles: the
 * facts the workers derive are the ones one thread derives, the HTML they
 * render in the same pass is the HTML the archive's Markdown processor
 * renders on its own (what Astro would render), and the content pre-check
 * finds every body they parsed in the cache instead of parsing it again.
 */
import { unified } from '@astrojs/markdown-remark';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/harness/synthetic/generate.ts';
import { articleBodies, dealInto, parseBodiesInParallel } from '../../scripts/lib/build/parallel-bodies.ts';
import { checkContent } from '../../scripts/lib/check-content.ts';
import { deriveBodyFacts, type BodyFacts } from '../../src/lib/content/body-facts.ts';
import { DerivedCache } from '../../src/lib/content/derived-cache.ts';
import { RenderedBodies } from '../../src/lib/content/rendered-bodies.ts';
import { archiveMarkdownOptions, SHARED_MARKDOWN_OPTIONS } from '../../src/markdown/pipeline.ts';

const ARTICLES = 40;
let contentDir: string;

beforeAll(() => {
  contentDir = join(mkdtempSync(join(tmpdir(), 'archive-parallel-')), 'content');
  generateArchive(contentDir, ARTICLES);
});

/** A cache kept in memory, as a clean build starts with. */
const emptyCache = () => new DerivedCache<BodyFacts>('bodies', null, 'test');

describe('parsing bodies on worker threads', () => {
  it('derives for every body the facts one thread derives', async () => {
    const cache = emptyCache();
    const bodies = articleBodies(contentDir);
    expect(bodies).toHaveLength(ARTICLES);
    expect(await parseBodiesInParallel(bodies, cache, { threads: 2, minimum: 0 })).toEqual({ parsed: ARTICLES, rendered: 0, threads: 2 });
    for (const body of bodies) {
      expect(
        cache.get(body, () => {
          throw new Error('a body the workers parsed is not in the cache');
        }),
      ).toEqual(deriveBodyFacts(body));
    }
  });

  it('leaves the content check nothing to parse, and a second run nothing to do', async () => {
    const cache = emptyCache();
    await parseBodiesInParallel(articleBodies(contentDir), cache, { threads: 2, minimum: 0 });
    // The check hashes each body as it reads it: a body read differently here would be parsed again.
    const { problems } = checkContent(contentDir, process.cwd(), { bodyCache: cache });
    expect(problems).toEqual([]);
    expect(cache.stats.misses).toBe(ARTICLES);
    expect(await parseBodiesInParallel(articleBodies(contentDir), cache, { threads: 2, minimum: 0 })).toEqual({
      parsed: 0,
      rendered: 0,
      threads: 0,
    });
  });

  it('renders in the same pass, for every synthetic and real body, the HTML the archive’s processor renders on its own', async () => {
    // A body of the project's own with what the synthetic and real ones may lack: a link into the archive, a note, a table.
    const ownBody =
      'See [the camp](/entities/al-hol-camp/#p-2).[^1]\n\n| Year | Count |\n| --- | --- |\n| 2019 | 1 |\n\n[^1]: A note by the archive.';
    const bodies = [...articleBodies(contentDir), ...articleBodies(join(import.meta.dirname, '../../content')), ownBody];
    const base = '/sub/path/';
    const rendered = new RenderedBodies(mkdtempSync(join(tmpdir(), 'archive-parallel-rendered-')), 'test');
    const cache = emptyCache();
    expect(await parseBodiesInParallel(bodies, cache, { render: { into: rendered, base }, threads: 2, minimum: 0 })).toEqual({
      parsed: bodies.length,
      rendered: bodies.length,
      threads: 2,
    });
    const alone = await unified(archiveMarkdownOptions(base)).createRenderer(SHARED_MARKDOWN_OPTIONS);
    for (const body of bodies) {
      const { code, metadata } = await alone.render(body);
      expect(rendered.get(body)).toEqual({ html: code, headings: metadata.headings });
      expect(cache.get(body, () => null as unknown as BodyFacts)).toEqual(deriveBodyFacts(body));
    }
    expect(rendered.get(ownBody)!.html).toContain('href="/sub/path/entities/al-hol-camp/#p-2"');
    // Nothing is left to render, and a body the archive no longer has loses its file.
    expect(await parseBodiesInParallel(bodies, cache, { render: { into: rendered, base }, threads: 2, minimum: 0 })).toEqual({
      parsed: 0,
      rendered: 0,
      threads: 0,
    });
    await parseBodiesInParallel(bodies.slice(1), cache, { render: { into: rendered, base }, threads: 2, minimum: 0 });
    expect(rendered.has(bodies[0]!)).toBe(false);
    expect(rendered.has(ownBody)).toBe(true);
  });

  it('renders again a body whose facts are cached but whose HTML is not (another base path)', async () => {
    const bodies = articleBodies(contentDir);
    const cache = emptyCache();
    await parseBodiesInParallel(bodies, cache, { threads: 2, minimum: 0 });
    const rendered = new RenderedBodies(mkdtempSync(join(tmpdir(), 'archive-parallel-rendered-')), 'test');
    expect(await parseBodiesInParallel(bodies, cache, { render: { into: rendered, base: '/' }, threads: 2, minimum: 0 })).toMatchObject({
      rendered: ARTICLES,
    });
  });

  it('starts no workers for fewer bodies than the minimum, or on one core', async () => {
    const bodies = articleBodies(contentDir);
    expect(await parseBodiesInParallel(bodies, emptyCache(), { threads: 2, minimum: ARTICLES + 1 })).toEqual({
      parsed: 0,
      rendered: 0,
      threads: 0,
    });
    expect(await parseBodiesInParallel(bodies, emptyCache(), { threads: 1, minimum: 0 })).toEqual({ parsed: 0, rendered: 0, threads: 0 });
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
