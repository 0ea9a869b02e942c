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
import { codeFingerprint } from './src/lib/content/loader/fingerprint.ts';
import { settings } from './src/settings.ts';
import devSearch from './src/integrations/dev-search.ts';
import { archiveMarkdownOptions, SHARED_MARKDOWN_OPTIONS } from './src/markdown/pipeline.ts';

// A bad setting stops the build here, naming the variable, before any work is done.
const { siteUrl, basePath: BASE, cacheDir } = settings();
// The fingerprint of the code that draws locator maps, which the pages keep in the derived-data cache
// (src/lib/maps/locator-map-cache.ts). Article bodies are kept by the content loader, keyed by its own.
const mapCode = codeFingerprint(fileURLToPath(new URL('.', import.meta.url)), ['src/lib/maps/map.ts']);

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
    // Locator maps cached between builds are keyed by the code that draws them (src/lib/content/derived-cache.ts).
    define: { 'import.meta.env.ARCHIVE_DERIVED_CODE': JSON.stringify(mapCode) },
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
  // Keep this folder between builds: Astro's content store (bodies' HTML and facts), the locator maps and
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
    // The archive's processor (src/markdown/pipeline.ts). The content loader renders article bodies
    // with the same options itself (src/lib/content/loader/parse-bodies.ts), in one parse with their facts.
    processor: unified(archiveMarkdownOptions(BASE)),
  },
};

export default defineConfig(config);
