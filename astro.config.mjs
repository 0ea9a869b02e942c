// @ts-check
/**
 * Astro configuration. Deployment details (SITE_URL, BASE_PATH, the cache
 * folder, page sizes) come from the environment through src/settings.ts, so
 * the same commit builds for any host.
 */
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { derivedCodeVersion } from './src/lib/content/derived-cache.ts';
import { settings } from './src/settings.ts';
import devSearch from './src/integrations/dev-search.ts';
import { renderedBodiesFor } from './src/lib/content/rendered-bodies.ts';
import { withRenderedBodies } from './src/markdown/cached-processor.ts';
import { archiveMarkdownOptions, SHARED_MARKDOWN_OPTIONS } from './src/markdown/pipeline.ts';

// A bad setting stops the build here, naming the variable, before any work is done.
const { siteUrl, basePath: BASE, cacheDir, derivedCode: handedCode } = settings();
// The fingerprint of the code that derives cached data and renders bodies (src/lib/content/derived-cache.ts):
// handed over by scripts/build.mjs, or computed here (npm run dev, astro check).
const derivedCode = handedCode || derivedCodeVersion(fileURLToPath(new URL('.', import.meta.url)));

/** @type {import('astro').AstroUserConfig} */
const config = {
  // Absolute URLs (canonical links, feeds, citations) need an origin; the
  // default suits a local preview, and deployments set SITE_URL.
  site: siteUrl,
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
    // scripts/build.mjs computes it once for its pre-check and hands it over, so both key the cache alike.
    define: { 'import.meta.env.ARCHIVE_DERIVED_CODE': JSON.stringify(derivedCode) },
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
  // Keep this folder between builds: Astro's content cache, the archive's derived data and
  // the incremental build's copies of pages live there.
  cacheDir,
  experimental: {
    // A page whose cache key (src/lib/pages/cache-keys.ts) and code are unchanged since the
    // last build is copied from cacheDir instead of rendered again.
    incrementalBuild: true,
    // The content store in files of at most 20 MiB. As one file it is read and written
    // as one string: 398 million characters at 30,000 synthetic articles, 74% of V8's
    // longest string, so the build would fail at about 40,000 (BENCHMARKS.md).
    collectionStorage: 'chunked',
    // No parallelPrerender: at 10,000 articles its two workers ran out of heap and the
    // build's memory doubled (BENCHMARKS.md), so pages render on Astro's main thread.
  },
  // Lossless: Astro 7's default ('jsx') drops spaces between inline elements
  // written on separate lines.
  compressHTML: true,
  // The search index and _headers are written by scripts/build.mjs after
  // `astro build` has exited, so Astro's heap is freed before Pagefind runs.
  // devSearch serves a search index of the current content in `astro dev` only.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), devSearch()],
  markdown: {
    // Bodies hold no code blocks (the content checks refuse them), and highlighting would bring inline styles.
    syntaxHighlight: SHARED_MARKDOWN_OPTIONS.syntaxHighlight,
    // The archive's processor (src/markdown/pipeline.ts), taking the HTML of bodies the build's
    // parsing workers rendered ahead (scripts/lib/build/parallel-bodies.ts) instead of parsing them again.
    processor: withRenderedBodies(unified(archiveMarkdownOptions(BASE)), renderedBodiesFor(cacheDir, derivedCode, BASE)),
  },
};

export default defineConfig(config);
