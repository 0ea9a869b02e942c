/**
 * SITE_URL is never silently wrong: a build without it says, at its start
 * and in its last lines, where absolute URLs point and that the site is for
 * local preview only; a SITE_URL that is not an absolute http(s) origin
 * stops the build at once, naming the variable, with nothing written.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, tempOutDir } from '../../scripts/harness/build.ts';

const outDirs: string[] = [];
afterAll(() => {
  for (const outDir of outDirs) rmSync(dirname(outDir), { recursive: true, force: true });
});

/** The warning's gist, as a reader would look for it. */
const WARNING = /SITE_URL is not set: absolute URLs .* point at http:\/\/localhost:4321\. This site is for local preview only/;

describe('SITE_URL', () => {
  it('unset: the build says at its start and in its last lines that URLs point at localhost, for local preview only', async () => {
    const outDir = tempOutDir();
    outDirs.push(outDir);
    const result = await buildSite({ outDir, env: { SITE_URL: '' } });
    expect(result.status, result.output).toBe(0);
    const lines = result.output.trim().split('\n');
    expect(lines.slice(0, 3).join('\n')).toMatch(WARNING);
    expect(lines.slice(-2).join('\n')).toMatch(WARNING);
  });

  it.each(['archive.example.org', 'https://example.org/archive/', 'javascript:alert(1)'])(
    '"%s" stops the build, naming SITE_URL, before anything is written',
    async (value) => {
      const outDir = tempOutDir();
      outDirs.push(outDir);
      const result = await buildSite({ outDir, env: { SITE_URL: value } });
      expect(result.status).toBe(2);
      expect(result.output).toMatch(/^SITE_URL must be an absolute http\(s\) origin/);
      expect(result.output).toContain(value);
      expect(result.output).not.toContain('[build]');
      expect(existsSync(outDir)).toBe(false);
      expect(existsSync(`${outDir}.staging`)).toBe(false);
    },
  );
});
