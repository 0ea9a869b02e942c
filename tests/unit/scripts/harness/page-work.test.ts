/**
 * `pageWork` reads which pages an incremental build rendered and which it
 * copied from the lines Astro prints. CI runs with colours forced on, so
 * the same lines arrive wrapped in ANSI escapes (piccolore's green/blue
 * around the branch, dim around the path).
 */
import { describe, expect, it } from 'vitest';
import { pageWork } from '../../../../scripts/harness/build.ts';

const plain = [
  '  ├─ /articles/a/index.html (+12ms)',
  '  ├─ /articles/b/index.html (restored)',
  '  ├─ /articles/c/index.html (cached)',
  '  ├─ /rss.xml (+3ms)',
  '[build] 4 page(s) built in 1.2s',
].join('\n');

/** The same build output as Astro prints it when colours are on. */
const coloured = [
  '  \u001b[34m├─\u001b[39m \u001b[2m/articles/a/index.html\u001b[22m \u001b[2m(+12ms)\u001b[22m',
  '  \u001b[32m├─\u001b[39m \u001b[2m/articles/b/index.html\u001b[22m \u001b[32m(restored)\u001b[39m',
  '  \u001b[32m├─\u001b[39m \u001b[2m/articles/c/index.html\u001b[22m \u001b[32m(cached)\u001b[39m',
  '  \u001b[34m├─\u001b[39m \u001b[2m/rss.xml\u001b[22m \u001b[2m(+3ms)\u001b[22m',
  '\u001b[2m03:10:01\u001b[22m \u001b[34m[build]\u001b[39m 4 page(s) built in 1.2s',
].join('\n');

const expected = {
  rendered: ['/articles/a/index.html', '/rss.xml'],
  reused: ['/articles/b/index.html', '/articles/c/index.html'],
};

describe('pageWork', () => {
  it('splits plain build output into rendered and reused pages', () => {
    expect(pageWork(plain)).toEqual(expected);
  });

  it('reads the same from output with colours forced on, as in CI', () => {
    expect(pageWork(coloured)).toEqual(expected);
  });
});
