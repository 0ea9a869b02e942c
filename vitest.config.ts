/**
 * Test projects, run together by `npm test`:
 *   unit     pure logic in src/lib (fast, no build)
 *   astro    the Astro-bound layer (getArchive, page data) through Astro's Vite
 *            config, with astro:content mocked (vitest.astro.config.ts)
 *   content  the real content: schemas, references, faithfulness to the captures
 *   cli      the archivist's commands (new-article, check-content) on copies of the content
 *   build    broken content must stop the build with file and field named; drafts are not published
 *   e2e      the real built site, served on 127.0.0.1, in headless Chromium
 *   quality  the quality gates over the same built site: accessibility, valid
 *            HTML, links, reproducible builds, page weight (tests/quality/)
 *   deploy   the printed nginx, Apache and Caddy configurations, run by the real servers,
 *            serving the same two builds as e2e (tests/deploy/)
 *   scale    one build of a few hundred synthetic articles from the benchmark's
 *            generator: page weight, pagination, reachability, open data bounds
 *
 * e2e, quality and deploy share one global setup, which builds the site once per run.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      'vitest.astro.config.ts',
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'], testTimeout: 60_000 } },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'quality',
          include: ['tests/quality/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.global.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: { name: 'scale', include: ['tests/scale/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000 },
      },
    ],
  },
});
