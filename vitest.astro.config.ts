/**
 * The `astro` test project: unit tests of the Astro-bound layer
 * (src/lib/pages: getArchive() and the page-data functions), run through
 * Astro's own Vite configuration so `astro:content` and `import.meta.env`
 * resolve as in a build. Each test file mocks `astro:content` with entries
 * parsed through the real schemas (tests/astro/content.ts), as Starlight's
 * tests do. vitest.config.ts lists this file as a project.
 */
import { getViteConfig } from 'astro/config';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default getViteConfig({
  test: {
    name: 'astro',
    include: ['tests/astro/**/*.test.ts'],
    // The first getArchive() of a file parses every body through the real pipeline: slow on a busy machine.
    testTimeout: 30_000,
    // The archive's derived-data cache is written where the build keeps it; give the tests their own.
    env: { ARCHIVE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'archive-astro-tests-')), BASE_PATH: '', SITE_URL: 'https://archive.example' },
  },
});
