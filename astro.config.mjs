// @ts-check
/**
 * Astro configuration. Deployment details come from the environment so the
 * same commit builds for any host:
 *   BASE_PATH  sub-path the site is served under, e.g. "/archive/" (default "/")
 *   SITE_URL   absolute origin for canonical URLs, e.g. "https://example.org" (default http://localhost:4321)
 *   ARCHIVE_CACHE_DIR  Astro's cache folder (the build tests give each fixture its own)
 */
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';
import rehypeParagraphLinks from './src/markdown/rehype-paragraph-links.ts';
import remarkParagraphIds from './src/markdown/remark-paragraph-ids.ts';

/** @type {import('astro').AstroUserConfig} */
const config = {
  // Absolute URLs (canonical links, feeds, citations) need an origin; the
  // default suits a local preview, and deployments set SITE_URL.
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  cacheDir: process.env.ARCHIVE_CACHE_DIR || './node_modules/.astro',
  // Lossless: Astro 7's default ('jsx') drops spaces between inline elements
  // written on separate lines.
  compressHTML: true,
  integrations: [pagefind()],
  markdown: {
    processor: unified({
      // remark-gfm is the project's one GFM implementation, configured here.
      gfm: false,
      // An archive copy keeps the publisher's punctuation: no curly quotes or
      // dashes that the source did not have.
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkParagraphIds],
      rehypePlugins: [rehypeParagraphLinks],
      remarkRehype: {
        // Footnotes in archive copies are the archive's notes, never the source's.
        footnoteLabel: 'Notes by the archive',
        footnoteLabelTagName: 'h2',
        // Visible, not the default screen-reader-only class: readers should see whose notes these are.
        footnoteLabelProperties: { className: ['footnotes-heading'] },
        footnoteBackLabel: (/** @type {number} */ referenceIndex) => `Back to the text of note ${referenceIndex + 1}`,
      },
    }),
  },
};

export default defineConfig(config);
