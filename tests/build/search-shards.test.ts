/**
 * The search index's shards built by the real Pagefind through the commands
 * a CI job runs (scripts/index-search.mjs): each shard alone, the shard list
 * and its check, and a rebuild that indexes again only the shards whose
 * pages changed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/harness/build.ts';

let work: string;

/** A page as the site renders one: its searched part marked for Pagefind. */
const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** Writes a small rendered site: three articles and a topic, in the project's own words. */
function renderedSite(dir: string): string {
  const files: Record<string, string> = {
    'articles/2019-10-01-first/index.html': page('First report', 'Guards at the camp counted the detainees twice.'),
    'articles/2019-10-02-second/index.html': page('Second report', 'The road to the camp was closed by shelling.'),
    'articles/2019-10-03-third/index.html': page('Third report', 'Families waited at the gate for news.'),
    'topics/camps/index.html': page('Camps', 'Reports about the camps.'),
  };
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

/** Runs scripts/index-search.mjs, with one article per shard unless told otherwise. */
function indexSearch(...args: string[]): { status: number | null; output: string } {
  return indexSearchSized('1', ...args);
}

/** Runs scripts/index-search.mjs with `shardSize` articles per shard. */
function indexSearchSized(shardSize: string, ...args: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/index-search.mjs'), ...args], {
    env: { ...process.env, ARCHIVE_SEARCH_SHARD_SIZE: shardSize },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'archive-shards-build-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('search shards built apart', () => {
  it('plans four shards, builds each alone, then lists and checks them', () => {
    const site = renderedSite(join(work, 'apart'));
    expect(indexSearch(site, '--shards')).toEqual({ status: 0, output: '4\n' });
    for (const shard of ['3', '0', '1', '2']) expect(indexSearch(site, '--shard', shard).status).toBe(0);
    expect(indexSearch(site, '--manifest')).toEqual({ status: 0, output: '' });
    expect(JSON.parse(readFileSync(join(site, 'pagefind/shards.json'), 'utf8'))).toEqual({ shards: ['shard-1/', 'shard-2/', 'shard-3/'] });
    // A merged shard carries its data only; the page loads Pagefind's program from the primary.
    expect(existsSync(join(site, 'pagefind/shard-1/pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(site, 'pagefind/shard-1/pagefind.js'))).toBe(false);
  });

  it('fails the check naming a shard that was not built', () => {
    const site = renderedSite(join(work, 'missing'));
    for (const shard of ['0', '1', '3']) indexSearch(site, '--shard', shard);
    const result = indexSearch(site, '--manifest');
    expect(result.status).toBe(1);
    expect(result.output).toContain('the search index is missing (no pagefind/shard-2/pagefind-entry.json)');
  });

  it('indexes a shard of 3,000 articles, which Pagefind refused as one glob of their names', () => {
    const site = renderedSite(join(work, 'large'));
    for (let n = 0; n < 3000; n++) {
      // As long as the synthetic archive's ids, whose glob Pagefind refused at 3,000 and more.
      const id = `2019-11-01-northern-ledger-guards-at-the-camp-counted-the-detainees-${String(n).padStart(4, '0')}`;
      mkdirSync(join(site, 'articles', id), { recursive: true });
      writeFileSync(join(site, 'articles', id, 'index.html'), page(`Report ${n}`, `Note number ${n} from the camp.`));
    }
    // 3,003 articles at 3,000 a shard: the archive's pages, one shard of 3,000, one of 3.
    const result = indexSearchSized('3000', site);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/indexed 3000 pages in \d+ ms \(shard 1 of 0–2\)/);
    expect(indexSearchSized('3000', site, '--manifest')).toEqual({ status: 0, output: '' });
  });

  it('refuses a shard the site does not have', () => {
    const result = indexSearch(renderedSite(join(work, 'none')), '--shard', '7');
    expect(result).toEqual({ status: 2, output: expect.stringContaining('there is no shard 7; this site has shards 0–3') });
  });
});

describe('a rebuild of the search index', () => {
  it('indexes again only the shard whose page changed, and takes the others from the last site', () => {
    const last = renderedSite(join(work, 'last'));
    expect(indexSearch(last).status).toBe(0);
    const next = join(work, 'next');
    renderedSite(next);
    writeFileSync(join(next, 'articles/2019-10-02-second/index.html'), page('Second report', 'The road to the camp was reopened.'));
    const result = indexSearch(next, '--previous', last);
    expect(result.status).toBe(0);
    expect(result.output.match(/reused shard \d|indexed .*\(shard \d/g)).toEqual([
      'reused shard 0',
      'reused shard 1',
      expect.stringMatching(/^indexed 1 pages in \d+ ms \(shard 2$/),
      'reused shard 3',
    ]);
    expect(result.output).toContain('(shard 2 of 0–3)');
    expect(indexSearch(next, '--manifest').status).toBe(0);
    // The reused shards are the last site's, file for file, linked rather than copied; the changed one is new.
    expect(readFileSync(join(next, 'pagefind/shard-3/pagefind-entry.json'))).toEqual(
      readFileSync(join(last, 'pagefind/shard-3/pagefind-entry.json')),
    );
    const fragment = readdirSync(join(last, 'pagefind/shard-3/fragment'))[0]!;
    expect(statSync(join(next, 'pagefind/shard-3/fragment', fragment)).ino).toBe(
      statSync(join(last, 'pagefind/shard-3/fragment', fragment)).ino,
    );
    expect(statSync(join(next, 'pagefind/shard-2/pagefind-entry.json')).ino).not.toBe(
      statSync(join(last, 'pagefind/shard-2/pagefind-entry.json')).ino,
    );
    expect(readFileSync(join(next, 'pagefind/shard-2/shard-key.txt'), 'utf8')).not.toBe(
      readFileSync(join(last, 'pagefind/shard-2/shard-key.txt'), 'utf8'),
    );
  });

  it('reuses nothing from a last site built with other pages', () => {
    const last = join(work, 'other');
    cpSync(renderedSite(join(work, 'other-src')), last, { recursive: true });
    writeFileSync(join(last, 'topics/camps/index.html'), page('Camps', 'Another text.'));
    expect(indexSearch(last).status).toBe(0);
    const next = renderedSite(join(work, 'other-next'));
    writeFileSync(join(next, 'articles/2019-10-01-first/index.html'), page('First report', 'Changed.'));
    const result = indexSearch(next, '--previous', last);
    expect(result.output).not.toMatch(/reused shard [01]\b/);
    expect(result.output).toMatch(/reused shard 2/);
  });
});
