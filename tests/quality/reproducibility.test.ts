/**
 * Reproducible builds: a second clean build of this commit must be byte for
 * byte the site the global setup built, Pagefind's index included. The
 * global setup's root build serves as the first build: it is made from a
 * fresh output folder with a fresh Astro cache, as this test's own is.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildSite, tempOutDir } from '../../scripts/harness/build.ts';
import { compareSiteTrees } from './gates/reproducibility.ts';
import { listSiteFiles } from '../../scripts/harness/gates/site.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('two clean builds of one commit', () => {
  it('are identical, file list and SHA-256 of every file, search index included', { timeout: 300_000 }, async () => {
    const first = inject('siteDir');
    // A different output folder (and so a different cache folder) from the first build's, so nothing carries over.
    const outDir = tempOutDir();
    try {
      const second = await buildSite({ outDir });
      expect(second.status, second.output).toBe(0);
      expect(listSiteFiles(first)).toContain('pagefind/pagefind-entry.json');
      expect(compareSiteTrees(first, outDir)).toEqual([]);
    } finally {
      rmSync(join(outDir, '..'), { recursive: true, force: true });
    }
  });
});

describe('the gate', () => {
  it('lists each file only one build has and each file whose bytes differ, with where they differ', () => {
    const findings = compareSiteTrees(join(FIXTURES, 'reproducibility/first'), join(FIXTURES, 'reproducibility/second'));
    expect(findings.map(({ rule, page }) => ({ rule, page }))).toEqual([
      { rule: 'only-in-first', page: 'only-first.txt' },
      { rule: 'content-differs', page: 'page.html' },
      { rule: 'only-in-second', page: 'only-second.txt' },
    ]);
    expect(findings[1]?.message).toMatch(/^sha256 [0-9a-f]{64} \(25 bytes\) vs [0-9a-f]{64} \(25 bytes\); first difference at byte 18: /);
  });
});
