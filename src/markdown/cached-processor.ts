/**
 * The archive's Markdown processor with the bodies the build rendered ahead
 * (src/lib/content/rendered-bodies.ts): a body found there is not parsed
 * again; any other is rendered by the processor itself. Astro's content layer
 * calls it like any processor, so nothing else changes.
 */
import type { MarkdownProcessor } from '@astrojs/markdown-remark';
import type { RenderedBodies } from '../lib/content/rendered-bodies.ts';
import { SHARED_MARKDOWN_OPTIONS } from './pipeline.ts';

/** `processor`, answering from `rendered` the bodies found there. */
export function withRenderedBodies<Options extends object>(
  processor: MarkdownProcessor<Options>,
  rendered: RenderedBodies,
): MarkdownProcessor<Options> {
  return {
    // Same name and the same options object, so Astro and integrations that extend the processor see no difference.
    ...processor,
    async createRenderer(shared) {
      const renderer = await processor.createRenderer(shared);
      // The build renders ahead with the archive's shared options only; with any other, every body is rendered here.
      if (shared.syntaxHighlight !== SHARED_MARKDOWN_OPTIONS.syntaxHighlight) return renderer;
      return {
        async render(content, options) {
          const known = rendered.get(content);
          if (!known) return renderer.render(content, options);
          // Bodies with images are never rendered ahead (the content checks refuse images), so there are no image paths.
          const metadata = { headings: known.headings, localImagePaths: [], remoteImagePaths: [], frontmatter: options?.frontmatter ?? {} };
          return { code: known.html, metadata };
        },
      };
    },
  };
}
