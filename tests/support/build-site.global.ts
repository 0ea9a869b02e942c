/**
 * Vitest global setup for the end-to-end tests: builds the real site once,
 * with the real `npm run build` pipeline, into a test folder, and tells the
 * tests where it is. A failed build fails the run with the build's output.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from './build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the site built at the root path. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const outDir = join(ROOT, '.cache/test-site/dist');
  rmSync(join(ROOT, '.cache/test-site'), { recursive: true, force: true });
  const result = await buildSite({ outDir });
  if (result.status !== 0) throw new Error(`The site did not build:\n${result.output}`);
  project.provide('siteDir', outDir);
}
