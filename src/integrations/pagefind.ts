/**
 * Builds the Pagefind search index over the finished site at the end of
 * `astro build`, so `npm run build` alone gives a searchable `dist/`. Any
 * error Pagefind reports fails the build: a site without its index is a
 * half-built site.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** Fails with every error Pagefind reported for one step. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n  - ${errors.join('\n  - ')}`);
}

/** Astro integration that writes the Pagefind index to `<outDir>/pagefind/`. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          // The whole archive is English text; one index keeps queries simple
          // (a translation's original language is recorded as a filter).
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          assertNoErrors('start', errors);
          const indexed = await index!.addDirectory({ path: siteDir });
          assertNoErrors('index the site', indexed.errors);
          if (indexed.page_count === 0) throw new Error('Pagefind found no pages to index (is data-pagefind-body missing?)');
          const written = await index!.writeFiles({ outputPath: `${siteDir}/pagefind` });
          assertNoErrors('write the index', written.errors);
          logger.info(`indexed ${indexed.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
