import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite, marksSearchBody, scanPages, sitePolicy, urlOfFile } from '../../../../scripts/lib/build/site-check.ts';
import { renderHeadersFile } from '../../../../scripts/lib/build/headers.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const POLICY = "default-src 'self'";
const page = (body: string, policy = POLICY) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}"></head><body><nav>Menu</nav>${body}</body></html>`;

/** A small staged site: pages (file → html), the index's fragments (urls) and, unless told, _headers. */
function site(pages: Record<string, string>, indexed: string[], { headers = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  writeFileSync(join(dir, 'pagefind/pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: indexed.length } } }));
  indexed.forEach((url, n) =>
    writeFileSync(join(dir, `pagefind/fragment/en_${n}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify({ url, content: 'x' })}`)),
  );
  if (headers) writeFileSync(join(dir, '_headers'), renderHeadersFile(POLICY, '/'));
  return dir;
}

const article = page('<article data-pagefind-body>Text</article>');
const check = (dir: string, articleIds = ['a']) => checkSite({ siteDir: dir, articleIds }, scanPages(dir, '/'));

describe('the staged-site check', () => {
  it('passes a site whose index holds exactly its marked pages', () => {
    expect(check(site({ 'index.html': page('Home'), 'articles/a/index.html': article }, ['/articles/a/']))).toEqual([]);
  });

  it('refuses a site with no marked page, where Pagefind indexes whole pages', () => {
    const problems = check(site({ 'index.html': page('Home'), 'articles/a/index.html': page('Text') }, ['/', '/articles/a/']));
    expect(problems).toEqual([
      expect.stringMatching(/no page marks its content with data-pagefind-body/),
      'the search index holds 2 page(s) not marked data-pagefind-body: /, /articles/a/',
      '1 article page(s) are not marked for search: a',
    ]);
  });

  it('refuses an index that is missing, or lacks a marked page', () => {
    const dir = site({ 'articles/a/index.html': article, 'articles/b/index.html': article }, ['/articles/a/']);
    expect(check(dir, ['a', 'b'])).toEqual(['the search index lacks 1 page(s) marked data-pagefind-body: /articles/b/']);
    rmSync(join(dir, 'pagefind'), { recursive: true });
    expect(check(dir, ['a', 'b'])).toEqual(['the search index is missing (no pagefind/pagefind-entry.json)']);
  });

  it('refuses a site without _headers, a page without the policy, and an article without its page', () => {
    expect(check(site({ 'articles/a/index.html': article }, ['/articles/a/'], { headers: false }))).toEqual(['_headers is missing']);
    expect(check(site({ 'articles/a/index.html': article, 'x/index.html': '<p>no policy</p>' }, ['/articles/a/']))).toEqual([
      'x/index.html has no Content-Security-Policy <meta> tag',
    ]);
    expect(check(site({ 'articles/a/index.html': article }, ['/articles/a/']), ['a', 'gone'])).toEqual(['1 article(s) have no page: gone']);
  });

  it('read URLs, search marks and the one policy from pages', () => {
    expect(urlOfFile('index.html', '/base/')).toBe('/base/');
    expect(urlOfFile('a/b/index.html', '/')).toBe('/a/b/');
    expect(urlOfFile('404.html', '/')).toBe('/404.html');
    expect(marksSearchBody('<main class="x" data-pagefind-body>')).toBe(true);
    expect(marksSearchBody('<p>data-pagefind-body is an attribute</p>')).toBe(false);
    expect(marksSearchBody('<main\ndata-pagefind-body>')).toBe(true);
    expect(marksSearchBody('<p title=x\u00a0data-pagefind-body>')).toBe(false);
    expect(() =>
      sitePolicy([
        { file: 'a', url: '/a', policy: 'x', indexed: true },
        { file: 'b', url: '/b', policy: 'y', indexed: true },
      ]),
    ).toThrow(/b has a Content-Security-Policy unlike/);
  });

  it('reads pages with letters beyond ASCII as they are: the mark, and a policy byte for byte', () => {
    const dir = site(
      {
        'articles/a/index.html': page('<article data-pagefind-body lang="ar">مخيم الهول، voilà</article>'),
        // "à" is the bytes C3 A0; read one byte a character, A0 is a no-break space, which is not HTML's white space.
        'x/index.html': page('<p title=voilàdata-pagefind-body>Text</p>'),
        'y/index.html': page('<p>Text</p>', "default-src 'self'; report-to café"),
      },
      ['/articles/a/'],
    );
    expect(scanPages(dir, '/')).toEqual([
      { file: 'articles/a/index.html', url: '/articles/a/', policy: POLICY, indexed: true },
      { file: 'x/index.html', url: '/x/', policy: POLICY, indexed: false },
      { file: 'y/index.html', url: '/y/', policy: "default-src 'self'; report-to café", indexed: false },
    ]);
  });
});
