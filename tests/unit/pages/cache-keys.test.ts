import { describe, expect, it } from 'vitest';
import { pageCacheKey, renderSettings, withCacheKeys } from '../../../src/lib/pages/cache-keys.ts';
import { readSettings } from '../../../src/settings.ts';

/** A content entry as Astro hands it to pages, in the project's own words. */
function entry(digest: string, body = 'A paragraph of the archive copy.', headline = 'A headline') {
  return {
    id: 'an-article',
    collection: 'articles',
    digest,
    body,
    rendered: { html: `<p>${body}</p>` },
    data: { headline, published: new Date('2019-10-16T00:00:00Z') },
  };
}

const settings = renderSettings(readSettings({}));
const key = (props: unknown, params: unknown = { id: 'a' }) => pageCacheKey({ params, props }, settings);

describe('pageCacheKey', () => {
  it('is the same for equal props, whatever the order of their fields', () => {
    expect(key({ a: 1, b: { c: 'x', d: [1, 2] } })).toBe(key({ b: { d: [1, 2], c: 'x' }, a: 1 }));
  });

  it('changes with any value the page shows, however deep', () => {
    const base = key({ list: [{ title: 'One' }, { title: 'Two' }] });
    expect(key({ list: [{ title: 'One' }, { title: 'Two!' }] })).not.toBe(base);
    expect(key({ list: [{ title: 'Two' }, { title: 'One' }] })).not.toBe(base);
    expect(key({ list: [{ title: 'One' }, { title: 'Two' }] }, { id: 'b' })).not.toBe(base);
  });

  it('does not confuse values of other types or other splits of the same text', () => {
    expect(key({ a: ['ab', 'c'] })).not.toBe(key({ a: ['a', 'bc'] }));
    expect(key({ a: 1 })).not.toBe(key({ a: '1' }));
    expect(key({ a: new Date('2019-10-16T00:00:00Z') })).not.toBe(key({ a: '2019-10-16T00:00:00.000Z' }));
    expect(key({ a: new Map([['x', 1]]) })).not.toBe(key({ a: new Map([['x', 2]]) }));
    expect(key({ a: new Set(['x']) })).not.toBe(key({ a: ['x'] }));
    expect(key({ a: null })).not.toBe(key({}));
  });

  it('reads a field holding undefined as absent, as the page does', () => {
    expect(key({ a: 1, b: undefined })).toBe(key({ a: 1 }));
  });

  it('keys a content entry by its digest and data, not by its text, which the digest covers', () => {
    const base = key({ article: entry('d1') });
    expect(key({ article: entry('d1', 'Another text the digest already told apart.') })).toBe(base);
    expect(key({ article: entry('d2') })).not.toBe(base);
    expect(key({ article: entry('d1', undefined, 'Another headline') })).not.toBe(base);
    // An entry extended with fields that do not follow from its file (an event filtered to published citations, say).
    expect(key({ article: { ...entry('d1'), shown: true } })).not.toBe(base);
  });

  it('changes with the settings pages render with', () => {
    const props = { a: 1 };
    const smallPages = renderSettings(readSettings({ ARCHIVE_PAGE_SIZE_ARTICLES: '5' }));
    const subPath = renderSettings(readSettings({ BASE_PATH: '/archive/' }));
    expect(pageCacheKey({ params: {}, props }, smallPages)).not.toBe(pageCacheKey({ params: {}, props }, settings));
    expect(pageCacheKey({ params: {}, props }, subPath)).not.toBe(pageCacheKey({ params: {}, props }, settings));
  });

  it('refuses props it cannot describe, naming where they are', () => {
    expect(() => key({ list: [{ format: () => 'x' }] })).toThrow(/function at page\.props\.list\[0\]\.format/);
    const loop: { self?: unknown } = {};
    loop.self = loop;
    expect(() => key({ loop })).toThrow(/refer to themselves at page\.props\.loop\.self/);
  });
});

describe('withCacheKeys', () => {
  it('gives every path a key and keeps its params and props', () => {
    const paths = withCacheKeys([
      { params: { id: 'a' }, props: { n: 1 } },
      { params: { id: 'b' }, props: { n: 1 } },
    ]);
    expect(paths.map(({ params, props }) => ({ params, props }))).toEqual([
      { params: { id: 'a' }, props: { n: 1 } },
      { params: { id: 'b' }, props: { n: 1 } },
    ]);
    expect(paths[0]!.cacheKey).toMatch(/^[\w-]{43}$/);
    expect(paths[0]!.cacheKey).not.toBe(paths[1]!.cacheKey);
  });
});
