import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { planShards, renderedArticleIds, shardFiles, shardKey, shardManifest } from '../../../../scripts/lib/build/search-shards.ts';
import { checkSite, scanPages } from '../../../../scripts/lib/build/site-check.ts';
import { renderHeadersFile } from '../../../../scripts/lib/build/headers.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const POLICY = "default-src 'self'";
const marked = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head><body><article data-pagefind-body>Text</article></body></html>`;

/** A staged site with marked pages for these articles and one topic, and an index shard per entry of `shards` (folder → URLs it holds). */
function shardedSite(articles: string[], shards: Record<string, string[]>, manifest: string[] | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'shards-'));
  dirs.push(dir);
  for (const file of [...articles.map((id) => `articles/${id}/index.html`), 'topics/t/index.html']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), marked);
  }
  for (const [folder, urls] of Object.entries(shards)) {
    mkdirSync(join(dir, folder, 'fragment'), { recursive: true });
    writeFileSync(join(dir, folder, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: urls.length } } }));
    urls.forEach((url, n) =>
      writeFileSync(join(dir, folder, `fragment/en_${n}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify({ url, content: 'x' })}`)),
    );
  }
  if (manifest) writeFileSync(join(dir, 'pagefind/shards.json'), JSON.stringify({ shards: manifest }));
  writeFileSync(join(dir, '_headers'), renderHeadersFile(POLICY, '/'));
  return dir;
}

const check = (dir: string, articleIds: string[]) => checkSite({ siteDir: dir, articleIds }, scanPages(dir, '/'));

describe('the plan of search shards', () => {
  it('keeps one index, every searched page in pagefind/, up to the shard size', () => {
    const shards = planShards(['a', 'b'], 2);
    expect(shards).toEqual([
      expect.objectContaining({ number: 0, dir: 'pagefind', articles: 2, articleIds: ['a', 'b'], archivePages: true }),
    ]);
    expect(shardManifest(shards)).toEqual({ shards: [] });
  });

  it("past the size, gives the archive's own pages a shard and the articles shards of the size, in id order", () => {
    const shards = planShards(['2019-a', '2019-b', '2019-c', '2020-d', '2020-e'], 2);
    expect(shards.map(({ number, dir, articles }) => ({ number, dir, articles }))).toEqual([
      { number: 0, dir: 'pagefind', articles: 0 },
      { number: 1, dir: 'pagefind/shard-1', articles: 2 },
      { number: 2, dir: 'pagefind/shard-2', articles: 2 },
      { number: 3, dir: 'pagefind/shard-3', articles: 1 },
    ]);
    expect(shards.map((shard) => shard.archivePages)).toEqual([true, false, false, false]);
    expect(shards[0]!.articleIds).toEqual([]);
    expect(shards[2]!.articleIds).toEqual(['2019-c', '2020-d']);
    expect(shardManifest(shards)).toEqual({ shards: ['shard-1/', 'shard-2/', 'shard-3/'] });
  });

  it('takes any article folder name, the characters a glob gives meaning to included, and refuses a size that is not a count', () => {
    expect(planShards(['a', 'b{c,d}*'], 1)[2]!.articleIds).toEqual(['b{c,d}*']);
    expect(() => planShards(['a'], 0)).toThrow('positive whole number');
  });

  it('reads the rendered articles of a site, sorted', () => {
    const dir = shardedSite(['b', 'a'], {}, null);
    mkdirSync(join(dir, 'articles/no-page'));
    expect(renderedArticleIds(dir)).toEqual(['a', 'b']);
  });
});

describe('the key of a shard', () => {
  it('lists the pages each shard indexes, and changes with one of them only for its shard', () => {
    const dir = shardedSite(['a', 'b'], {}, null);
    const [archive, first, second] = planShards(['a', 'b'], 1);
    expect(shardFiles(dir, archive!)).toEqual(['topics/t/index.html']);
    expect(shardFiles(dir, first!)).toEqual(['articles/a/index.html']);
    expect(shardFiles(dir, second!)).toEqual(['articles/b/index.html']);
    const before = [archive!, first!, second!].map((shard) => shardKey(dir, shard, 'pagefind 1'));
    writeFileSync(join(dir, 'articles/b/index.html'), marked.replace('Text', 'Other text'));
    const after = [archive!, first!, second!].map((shard) => shardKey(dir, shard, 'pagefind 1'));
    expect(after.map((key, n) => key === before[n])).toEqual([true, true, false]);
    expect(shardKey(dir, first!, 'pagefind 2')).not.toBe(after[1]);
  });
});

describe("the build's check of a sharded index", () => {
  const all = { pagefind: ['/topics/t/'], 'pagefind/shard-1': ['/articles/a/'], 'pagefind/shard-2': ['/articles/b/'] };

  it('passes shards that together hold exactly the marked pages', () => {
    expect(check(shardedSite(['a', 'b'], all, ['shard-1/', 'shard-2/']), ['a', 'b'])).toEqual([]);
  });

  it('fails when a shard the list names is missing', () => {
    const dir = shardedSite(['a', 'b'], all, ['shard-1/', 'shard-2/']);
    rmSync(join(dir, 'pagefind/shard-2'), { recursive: true });
    expect(check(dir, ['a', 'b'])).toEqual(['the search index is missing (no pagefind/shard-2/pagefind-entry.json)']);
  });

  it('fails when the list leaves a shard out, so its pages are never searched', () => {
    expect(check(shardedSite(['a', 'b'], all, ['shard-1/']), ['a', 'b'])).toEqual([
      'the search index lacks 1 page(s) marked data-pagefind-body: /articles/b/',
    ]);
  });

  it('fails when a page is in two shards, or twice in one', () => {
    const twice = { ...all, 'pagefind/shard-2': ['/articles/b/', '/articles/a/'] };
    expect(check(shardedSite(['a', 'b'], twice, ['shard-1/', 'shard-2/']), ['a', 'b'])).toEqual([
      'the search index holds 1 page(s) more than once: /articles/a/ (in pagefind/shard-1, pagefind/shard-2)',
    ]);
    const inOne = { ...all, 'pagefind/shard-1': ['/articles/a/', '/articles/a/'] };
    expect(check(shardedSite(['a', 'b'], inOne, ['shard-1/', 'shard-2/']), ['a', 'b'])).toEqual([
      'the search index holds 1 page(s) more than once: /articles/a/ (in pagefind/shard-1, pagefind/shard-1)',
    ]);
  });

  it('refuses a shard list that is not one', () => {
    expect(check(shardedSite(['a', 'b'], all, ['../elsewhere/']), ['a', 'b'])).toEqual([
      expect.stringContaining('pagefind/shards.json: "shards" must list folders'),
    ]);
  });
});
