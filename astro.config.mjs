// @ts-check
/**
 * Astro configuration. Deployment details come from the environment so the
 * same commit builds for any host:
 *   BASE_PATH  sub-path the site is served under, e.g. "/archive/" (default "/")
 *   SITE_URL   absolute origin for canonical URLs, e.g. "https://example.org" (default http://localhost:4321,
 *              for local preview only; anything but an http(s) origin stops the build: src/lib/urls/site-url.ts)
 *   ARCHIVE_CACHE_DIR  the build's cache folder: Astro's content cache and the archive's derived data
 *                      (the build tests give each fixture its own)
 *   ARCHIVE_PAGE_SIZE_ARTICLES, _MENTIONS, _TIMELINE  items per page of the paginated lists (src/lib/pages/page-sizes.ts)
 */
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import sitemap from '@astrojs/sitemap';
import { cacheDir } from './src/lib/content/cache-dir.ts';
import { derivedCodeVersion } from './src/lib/content/derived-cache.ts';
import { readPageSizes } from './src/lib/pages/page-sizes.ts';
import { siteOrigin } from './src/lib/urls/site-url.ts';
import devSearch from './src/integrations/dev-search.ts';
import rehypeBaseLinks from './src/markdown/rehype-base-links.ts';
import rehypeParagraphLinks from './src/markdown/rehype-paragraph-links.ts';
import remarkParagraphIds from './src/markdown/remark-paragraph-ids.ts';
import remarkPlainEmails from './src/markdown/remark-plain-emails.ts';

const BASE = process.env.BASE_PATH || '/';

// A bad ARCHIVE_PAGE_SIZE_* stops the build here, naming the variable, before any work is done.
readPageSizes();

/** @type {import('astro').AstroUserConfig} */
const config = {
  // Absolute URLs (canonical links, feeds, citations) need an origin; the
  // default suits a local preview, and deployments set SITE_URL.
  site: siteOrigin(process.env.SITE_URL).origin,
  base: BASE,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets and scripts stay files, never inline, so one Content-Security-Policy
    // without per-page hashes fits every page (and the _headers file).
    inlineStylesheets: 'never',
  },
  vite: {
    build: { assetsInlineLimit: 0 },
    // Derived data cached between builds is keyed by the code that derives it (src/lib/content/derived-cache.ts).
    define: { 'import.meta.env.ARCHIVE_DERIVED_CODE': JSON.stringify(derivedCodeVersion(fileURLToPath(new URL('.', import.meta.url)))) },
  },
  security: {
    csp: {
      // Nothing from other origins. Pagefind needs WebAssembly (script-src
      // 'wasm-unsafe-eval'), its worker (worker-src) and fetches (connect-src).
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Keep this folder between builds: Astro's content cache and the archive's derived data live there.
  cacheDir: cacheDir(),
  // Lossless: Astro 7's default ('jsx') drops spaces between inline elements
  // written on separate lines.
  compressHTML: true,
  // The search index and _headers are written by scripts/build.mjs after
  // `astro build` has exited, so Astro's heap is freed before Pagefind runs.
  // devSearch serves a search index of the current content in `astro dev` only.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), devSearch()],
  markdown: {
    processor: unified({
      // remark-gfm is the project's one GFM implementation, configured here.
      gfm: false,
      // An archive copy keeps the publisher's punctuation: no curly quotes or
      // dashes that the source did not have.
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkPlainEmails, remarkParagraphIds],
      rehypePlugins: [rehypeParagraphLinks, [rehypeBaseLinks, { base: BASE }]],
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
