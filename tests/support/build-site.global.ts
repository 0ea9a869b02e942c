/**
 * Vitest global setup for the end-to-end and quality tests: builds the real
 * site twice with the real `npm run build` pipeline, once for the root of a
 * host and once for a sub-path, and tells the tests where each is. A failed
 * build fails the run with the build's output. Both projects list this file;
 * Vitest runs it once per project, and the second run reuses the first's sites.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from '../../scripts/harness/build.ts';

/** The sub-path the second build is made for, as a deployment under a folder would be. */
export const SUB_PATH = '/some/base/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the site built for the root path. */
    siteDir: string;
    /** Folder holding the site built for SUB_PATH. */
    subPathSiteDir: string;
    /** The sub-path that site was built for. */
    subPath: string;
  }
}

/** Where the two builds went. */
interface TestSites {
  root: string;
  subPath: string;
}

/**
 * The builds of this test run, kept on globalThis because Vitest imports a
 * global setup file afresh for each project that lists it, in one process.
 */
const shared = globalThis as typeof globalThis & { archiveTestSites?: Promise<TestSites> };

/** Builds the site for the root and for SUB_PATH into .cache/test-site/. */
async function buildTestSites(): Promise<TestSites> {
  const testSites = join(ROOT, '.cache/test-site');
  rmSync(testSites, { recursive: true, force: true });
  // One after the other: Astro writes its prerender chunks to the project's
  // .astro/ folder, so two builds of one project at once overwrite each other's.
  const root = await buildSite({ outDir: join(testSites, 'root') });
  const subPath = await buildSite({ outDir: join(testSites, 'sub-path'), env: { BASE_PATH: SUB_PATH, SITE_URL: 'https://example.org' } });
  for (const result of [root, subPath]) {
    if (result.status !== 0) throw new Error(`The site did not build:\n${result.output}`);
  }
  return { root: root.outDir, subPath: subPath.outDir };
}

export default async function setup(project: TestProject): Promise<void> {
  shared.archiveTestSites ??= buildTestSites();
  const sites = await shared.archiveTestSites;
  project.provide('siteDir', sites.root);
  project.provide('subPathSiteDir', sites.subPath);
  project.provide('subPath', SUB_PATH);
}
