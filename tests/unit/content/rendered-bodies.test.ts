/**
 * Bodies rendered ahead of Astro (src/lib/content/rendered-bodies.ts) and
 * the processor that answers from them (src/markdown/cached-processor.ts),
 * with the archive's real Markdown processor: a body found is answered from
 * its file, any other body, or any other configuration, is rendered.
 */
import { unified } from '@astrojs/markdown-remark';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderedBodies, renderedBodiesFor } from '../../../src/lib/content/rendered-bodies.ts';
import { withRenderedBodies } from '../../../src/markdown/cached-processor.ts';
import { archiveMarkdownOptions, SHARED_MARKDOWN_OPTIONS } from '../../../src/markdown/pipeline.ts';

const BODY = 'A first paragraph, in the project’s own words.\n\nA second one, with a [link](/topics/escapes/).';
/** HTML no processor would produce from BODY, so a test can tell an answer from the files from a rendering. */
const PLANTED = { html: '<p>planted</p>', headings: [{ depth: 2, slug: 'x', text: 'X' }] };

const folder = () => mkdtempSync(join(tmpdir(), 'archive-rendered-'));

describe('RenderedBodies', () => {
  it('keeps a body’s rendering under its hash and the configuration’s, nothing for other bodies or configurations', () => {
    const dir = folder();
    const bodies = new RenderedBodies(dir, 'code-a');
    expect(bodies.get(BODY)).toBeUndefined();
    bodies.set(BODY, PLANTED);
    expect(bodies.has(BODY)).toBe(true);
    expect(bodies.get(BODY)).toEqual(PLANTED);
    expect(bodies.get(`${BODY} `)).toBeUndefined();
    expect(new RenderedBodies(dir, 'code-b').get(BODY)).toBeUndefined();
    // The base path is part of the configuration: links in the HTML depend on it.
    renderedBodiesFor(dir, 'code', '/').set(BODY, PLANTED);
    expect(renderedBodiesFor(dir, 'code', '/archive/').has(BODY)).toBe(false);
    expect(renderedBodiesFor(dir, 'code', '/').has(BODY)).toBe(true);
  });

  it('reads a damaged file as no file', () => {
    const dir = folder();
    const bodies = new RenderedBodies(dir, 'code');
    bodies.set(BODY, PLANTED);
    writeFileSync(join(dir, readdirSync(dir)[0]!), '{"html": 1');
    expect(bodies.get(BODY)).toBeUndefined();
    writeFileSync(join(dir, readdirSync(dir)[0]!), '{"html": "<p>x</p>"}');
    expect(bodies.get(BODY)).toBeUndefined();
  });

  it('removes the files of bodies the archive no longer has', () => {
    const dir = folder();
    const bodies = new RenderedBodies(dir, 'code');
    bodies.set('one', PLANTED);
    bodies.set('two', PLANTED);
    expect(bodies.keepOnly(['two', 'three'])).toBe(1);
    expect([bodies.has('one'), bodies.has('two')]).toEqual([false, true]);
    expect(new RenderedBodies(join(dir, 'missing'), 'code').keepOnly([])).toBe(0);
  });
});

describe('withRenderedBodies', () => {
  const plain = () => unified(archiveMarkdownOptions('/archive/')).createRenderer(SHARED_MARKDOWN_OPTIONS);

  it('answers a body rendered ahead from its file, with the frontmatter it was given', async () => {
    const bodies = new RenderedBodies(folder(), 'code');
    bodies.set(BODY, PLANTED);
    const renderer = await withRenderedBodies(unified(archiveMarkdownOptions('/archive/')), bodies).createRenderer(SHARED_MARKDOWN_OPTIONS);
    const frontmatter = { title: 'T' };
    expect(await renderer.render(BODY, { frontmatter })).toEqual({
      code: PLANTED.html,
      metadata: { headings: PLANTED.headings, localImagePaths: [], remoteImagePaths: [], frontmatter },
    });
  });

  it('renders any other body with the archive’s processor', async () => {
    const bodies = new RenderedBodies(folder(), 'code');
    const renderer = await withRenderedBodies(unified(archiveMarkdownOptions('/archive/')), bodies).createRenderer(SHARED_MARKDOWN_OPTIONS);
    const rendered = await renderer.render(BODY);
    expect(rendered).toEqual(await (await plain()).render(BODY));
    expect(rendered.code).toContain('id="p-2"');
    expect(rendered.code).toContain('href="/archive/topics/escapes/"');
  });

  it('renders every body itself when Astro’s shared options are not the ones bodies were rendered ahead with', async () => {
    const bodies = new RenderedBodies(folder(), 'code');
    bodies.set(BODY, PLANTED);
    const processor = withRenderedBodies(unified(archiveMarkdownOptions('/archive/')), bodies);
    const renderer = await processor.createRenderer({ syntaxHighlight: 'prism' });
    expect((await renderer.render(BODY)).code).not.toBe(PLANTED.html);
    expect(processor.name).toBe('unified');
  });
});
