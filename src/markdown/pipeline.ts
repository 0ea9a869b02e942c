/**
 * How the archive renders Markdown bodies to HTML, defined once: Astro's
 * content layer (astro.config.mjs) and the build's parsing workers
 * (src/lib/content/loader/parse-bodies.worker.ts) both render with these options,
 * so HTML rendered in a worker is the HTML Astro would render.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeParagraphLinks from './rehype-paragraph-links.ts';
import rehypeSideNotes from './rehype-side-notes.ts';
import rehypeUnindexedFootnoteRefs from './rehype-unindexed-footnote-refs.ts';
import remarkParagraphIds from './remark-paragraph-ids.ts';
import remarkPlainEmails from './remark-plain-emails.ts';

/**
 * Astro's options for every Markdown processor, as the archive sets them
 * (`markdown.syntaxHighlight` in astro.config.mjs). Bodies hold no code
 * blocks (the content checks refuse them), and highlighting would bring
 * inline styles the Content-Security-Policy forbids.
 */
export const SHARED_MARKDOWN_OPTIONS = { syntaxHighlight: false } as const;

/** The unified processor's options for a site whose base path is `base` ("/" or "/sub/path/"). */
export function archiveMarkdownOptions(base: string): UnifiedProcessorOptions {
  return {
    // remark-gfm is the project's one GFM implementation, configured here.
    gfm: false,
    // An archive copy keeps the publisher's punctuation: no curly quotes or
    // dashes that the source did not have.
    smartypants: false,
    remarkPlugins: [remarkGfm, remarkPlainEmails, remarkParagraphIds],
    rehypePlugins: [rehypeParagraphLinks, rehypeUnindexedFootnoteRefs, rehypeSideNotes, [rehypeBaseLinks, { base }]],
    remarkRehype: {
      // Footnotes in archive copies are the archive's notes, never the source's.
      footnoteLabel: 'Notes by the archive',
      footnoteLabelTagName: 'h2',
      // Visible, not the default screen-reader-only class: readers should see whose notes these are.
      footnoteLabelProperties: { className: ['footnotes-heading'] },
      footnoteBackLabel: (referenceIndex: number) => `Back to the text of note ${referenceIndex + 1}`,
    },
  };
}
