import { describe, expect, it } from 'vitest';
import { PAGE_SIZE_SETTINGS } from '../../src/lib/core/page-sizes.ts';
import { LOCAL_SITE_URL, readSettings } from '../../src/settings.ts';

describe('readSettings', () => {
  it('gives every setting its default when nothing is set', () => {
    const settings = readSettings({});
    expect(settings).toMatchObject({
      siteUrl: LOCAL_SITE_URL,
      siteUrlIsSet: false,
      basePath: '/',
      contentDir: './content',
      cacheDir: './node_modules/.astro',
      limits: { astro: 3_600_000, searchIndex: 1_800_000, buildLockWait: 3_600_000 },
      pagefindBinary: undefined,
    });
    for (const [list, { fallback }] of Object.entries(PAGE_SIZE_SETTINGS))
      expect(settings.pageSizes[list as keyof typeof settings.pageSizes]).toBe(fallback);
  });

  it('treats an empty or blank variable as unset, for every variable', () => {
    const blank = Object.fromEntries(
      [
        'SITE_URL',
        'BASE_PATH',
        'ARCHIVE_CONTENT_DIR',
        'ARCHIVE_CACHE_DIR',
        'ARCHIVE_ASTRO_TIMEOUT',
        'PAGEFIND_BINARY_PATH',
        ...Object.values(PAGE_SIZE_SETTINGS).map((size) => size.variable),
      ].map((name, index) => [name, index % 2 ? '' : ' ']),
    );
    expect(readSettings(blank)).toEqual(readSettings({}));
  });

  it.each([
    ['archive', '/archive/'],
    ['/archive', '/archive/'],
    ['//a/b//', '/a/b/'],
    ['/', '/'],
  ])('normalises BASE_PATH %j to %j', (raw, base) => {
    expect(readSettings({ BASE_PATH: raw }).basePath).toBe(base);
  });

  it.each([
    ['/../', 'its segment ".." is made of dots only'],
    ['/a/./b/', 'its segment "." is made of dots only'],
    ['/%2e%2e/', 'its segment "%2e%2e" holds a character other than'],
    ['/a%2Fb/', 'its segment "a%2Fb" holds a character other than'],
    ['/a b/', 'its segment "a b" holds a character other than'],
    ['/a;b{c}/', 'its segment "a;b{c}" holds a character other than'],
    ['/a"b/', 'its segment "a"b" holds a character other than'],
    ["/it's/", `its segment "it's" holds a character other than`],
    ['/a//b/', 'it has an empty segment ("//")'],
  ])('stops on BASE_PATH %j, naming the variable, the value and the segment', (raw, why) => {
    expect(() => readSettings({ BASE_PATH: raw })).toThrow(
      `BASE_PATH must be a path such as /archive/, each segment made of letters, digits, "-", "_", "." and "~", not ${JSON.stringify(raw)}: ${why}`,
    );
  });

  it('keeps a base whose segments only contain dots among other characters', () => {
    expect(readSettings({ BASE_PATH: '/v1.2/~team_a-b/' }).basePath).toBe('/v1.2/~team_a-b/');
  });

  it('keeps the content and cache folders as given, without trailing slashes', () => {
    expect(readSettings({ ARCHIVE_CONTENT_DIR: 'tests/fixtures/x/', ARCHIVE_CACHE_DIR: '/tmp/cache//' })).toMatchObject({
      contentDir: 'tests/fixtures/x',
      cacheDir: '/tmp/cache',
    });
  });

  it('takes SITE_URL as an origin and says it was set', () => {
    expect(readSettings({ SITE_URL: 'https://example.org/' })).toMatchObject({ siteUrl: 'https://example.org', siteUrlIsSet: true });
    expect(readSettings({ SITE_URL: 'http://127.0.0.1:8080' }).siteUrl).toBe('http://127.0.0.1:8080');
  });

  it.each([
    'example.org',
    'ftp://example.org',
    'https://example.org/archive/',
    'https://user:secret@example.org',
    'https://example.org/?a=1',
    'not a url',
  ])('stops on SITE_URL %j, naming the variable and the value', (raw) => {
    expect(() => readSettings({ SITE_URL: raw })).toThrow(
      `SITE_URL must be an absolute http(s) origin such as https://archive.example.org, not "${raw}"`,
    );
  });

  it('reads each page size from its own variable and stops on a bad one, naming it', () => {
    expect(readSettings({ ARCHIVE_PAGE_SIZE_MENTIONS: '4' }).pageSizes.mentions).toBe(4);
    expect(() => readSettings({ ARCHIVE_PAGE_SIZE_TIMELINE: 'lots' })).toThrow(
      'ARCHIVE_PAGE_SIZE_TIMELINE must be a positive whole number; got "lots"',
    );
  });

  it('reads time limits in seconds and stops on a bad one, naming it', () => {
    expect(readSettings({ ARCHIVE_SEARCH_INDEX_TIMEOUT: '2.5' }).limits.searchIndex).toBe(2500);
    expect(() => readSettings({ ARCHIVE_ASTRO_TIMEOUT: 'soon' })).toThrow(
      'ARCHIVE_ASTRO_TIMEOUT must be a positive number of seconds, not "soon".',
    );
    expect(() => readSettings({ ARCHIVE_BUILD_LOCK_WAIT: '-1' })).toThrow('ARCHIVE_BUILD_LOCK_WAIT must be a positive number of seconds');
  });

  it("names Pagefind's program from either of its variables, the extended one first", () => {
    expect(readSettings({ PAGEFIND_BINARY_PATH: '/a' }).pagefindBinary).toBe('/a');
    expect(readSettings({ PAGEFIND_BINARY_PATH: '/a', PAGEFIND_EXTENDED_BINARY_PATH: '/b' }).pagefindBinary).toBe('/b');
  });
});
