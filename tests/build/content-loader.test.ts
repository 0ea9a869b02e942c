/**
 * The site's content loader (src/lib/content/loader/archive-loader.ts) run by
 * Astro itself (`astro sync`, the content step of `astro build` and `astro
 * dev`), the build's only check of the content: broken content stops Astro
 * with a message naming the file and the field, recorded for the build script
 * to print, and an unchanged body is taken from Astro's content store on the
 * next run instead of parsed again, and an unchanged copy is not checked
 * against its capture again, while the checks across files still run on all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnvironment, copyContent } from '../../scripts/harness/build.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Runs `astro sync` on a content folder with a cache folder of its own; its status and what it printed. */
function astroSync(contentDir: string, cacheDir: string): { status: number; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: ROOT,
    env: { ...buildEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_CACHE_DIR: cacheDir },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

describe('the content loader under Astro', () => {
  it('stops Astro on a cross-collection problem, naming the file and the field', () => {
    const dir = copyContent();
    const event = join(dir, 'events/2019-10-13-ayn-issa-escape.yaml');
    writeFileSync(event, readFileSync(event, 'utf8').replace('paragraph: 3', 'paragraph: 30'));
    const cache = mkdtempSync(join(tmpdir(), 'loader-cache-'));
    const { status, output } = astroSync(dir, cache);
    expect(status).not.toBe(0);
    expect(output).toMatch(/The archive's content has 1 problem/);
    expect(output).toMatch(/events\/2019-10-13-ayn-issa-escape\.yaml › sources\[\d\]\.paragraph/);
    // Recorded for scripts/build.mjs, which prints these instead of Astro's report with its stack trace.
    const report = join(cache, 'content-problems.json');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual([
      expect.objectContaining({ where: expect.stringMatching(/^sources\[\d\]\.paragraph$/) }),
    ]);
    // Mended, the content passes and the record is gone: a later failure of another kind is not read as a content problem.
    writeFileSync(event, readFileSync(event, 'utf8').replace('paragraph: 30', 'paragraph: 3'));
    expect(astroSync(dir, cache).status).toBe(0);
    expect(existsSync(report)).toBe(false);
  });

  it('parses on the next run only the body that changed', () => {
    const dir = copyContent();
    const cache = mkdtempSync(join(tmpdir(), 'loader-cache-'));
    expect(astroSync(dir, cache).output).toMatch(/bodies: 0 from the cache, 2 parsed/);
    expect(astroSync(dir, cache).output).toMatch(/bodies: 2 from the cache, 0 parsed/);
    const article = join(dir, 'articles/2019-10-16-el-mundo-ayn-issa-escape.md');
    // A blank line more between two paragraphs: a new file, the same words (the copy must stay word for word).
    writeFileSync(article, readFileSync(article, 'utf8').replace('\n\nMeanwhile, nobody thinks', '\n\n\nMeanwhile, nobody thinks'));
    expect(astroSync(dir, cache).output).toMatch(/bodies: 1 from the cache, 1 parsed/);
  });

  it('checks on the next run only the copies whose files changed against their captures, and a changed one still stops Astro', () => {
    const dir = copyContent();
    const cache = mkdtempSync(join(tmpdir(), 'loader-cache-'));
    expect(astroSync(dir, cache).output).toMatch(/copies against their captures: 2 checked, 0 unchanged since checked/);
    expect(astroSync(dir, cache).output).toMatch(/copies against their captures: 0 checked, 2 unchanged since checked/);
    const article = join(dir, 'articles/2019-10-16-el-mundo-ayn-issa-escape.md');
    // One word the capture does not have: the copy is no longer word for word.
    writeFileSync(article, readFileSync(article, 'utf8').replace('Chaos took over', 'Chaos taken over'));
    const { status, output } = astroSync(dir, cache);
    expect(status).not.toBe(0);
    expect(output).toMatch(/articles\/2019-10-16-el-mundo-ayn-issa-escape\.md › line \d+/);
  });

  it('still stops Astro, naming the unchanged file and field, when a changed article breaks a citation in another file', () => {
    const dir = copyContent();
    const cache = mkdtempSync(join(tmpdir(), 'loader-cache-'));
    expect(astroSync(dir, cache).status).toBe(0);
    const article = join(dir, 'articles/2019-10-16-el-mundo-ayn-issa-escape.md');
    // Paragraphs 1 and 2 joined: the event's quote from paragraph 3 now stands in paragraph 2.
    writeFileSync(article, readFileSync(article, 'utf8').replace('\n\n"The Kurds suddenly told us', '\n"The Kurds suddenly told us'));
    const { status, output } = astroSync(dir, cache);
    expect(status).not.toBe(0);
    expect(output).toMatch(/events\/2019-10-13-ayn-issa-escape\.yaml › sources\[1\]/);
  });
});
