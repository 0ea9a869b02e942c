/**
 * `npm run build -- --outDir` onto another filesystem (a mounted volume, a
 * common deploy set-up) works, with the same guarantees as beside the
 * project: the site is checked before it replaces the previous one, nothing
 * is left beside it (once the replaced site, deleted in the background, is
 * gone). The second filesystem is a real tmpfs, mounted for the
 * test; where mounting is not permitted (not root, or no mount(8) in a
 * container without the capability) the cases are skipped, saying why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT } from '../../scripts/harness/build.ts';

/** The mount point of the tmpfs, and why there is none when mounting failed. */
let mountPoint = '';
let whyNot = '';

beforeAll(() => {
  if (process.getuid?.() !== 0) {
    whyNot = 'mounting a tmpfs needs root, and these tests run as another user';
    return;
  }
  mountPoint = mkdtempSync(join(tmpdir(), 'archive-volume-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256m', 'tmpfs', mountPoint], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    whyNot = `mount -t tmpfs was refused here: ${(mounted.stderr || mounted.error?.message || '').trim()}`;
    rmSync(mountPoint, { recursive: true, force: true });
    mountPoint = '';
  }
});

afterAll(() => {
  if (!mountPoint) return;
  spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe('an output folder on another filesystem', { sequential: true }, () => {
  it('is built, checked, and replaces the previous site there, with nothing left beside it', async (context) => {
    if (!mountPoint) context.skip(whyNot);
    // The volume really is another filesystem than the project's.
    expect(spawnSync('stat', ['-c', '%d', mountPoint], { encoding: 'utf8' }).stdout).not.toBe(
      spawnSync('stat', ['-c', '%d', ROOT], { encoding: 'utf8' }).stdout,
    );
    const outDir = join(mountPoint, 'site');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'marker.txt'), 'the last good site');
    const { status, output } = await buildSite({ outDir });
    expect(status, output).toBe(0);
    expect(output).not.toMatch(/EXDEV/);
    expect(output).toMatch(/is on another filesystem than the project: the site is built in .* and copied there after its checks/);
    expect(output).toMatch(/\[build\] copy: \d+ ms/);
    expect(existsSync(join(outDir, 'marker.txt')), 'the previous site was replaced').toBe(false);
    for (const file of ['index.html', '404.html', '_headers', 'pagefind/pagefind.js'])
      expect(existsSync(join(outDir, file)), file).toBe(true);
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
    // The replaced site is deleted after the build has exited, in the background (scripts/lib/build/retire.ts).
    for (let waited = 0; readdirSync(mountPoint).length > 2 && waited < 60_000; waited += 100) await sleep(100);
    expect(readdirSync(mountPoint).sort()).toEqual(['site', 'site.cache']);
    expect(existsSync(join(ROOT, '.cache/site-staging')), 'the staging folder in the project is removed').toBe(false);
  });

  it('refuses the mount point itself as the output, before building, naming a folder inside it', async (context) => {
    if (!mountPoint) context.skip(whyNot);
    const { status, output } = await buildSite({ outDir: mountPoint, env: { ARCHIVE_CACHE_DIR: join(tmpdir(), 'archive-unused-cache') } });
    expect(status).toBe(2);
    expect(output.trim().split('\n').at(-1)).toBe(
      `--outDir ${mountPoint} is the mount point of another filesystem, and a build replaces its output folder whole by renaming it, which a mount point cannot be. Give a folder inside it, such as ${join(mountPoint, 'site')}. Nothing was built or deleted.`,
    );
  });
});
