import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW_ORIGIN, localPreviewWarning, siteOrigin } from '../../../src/lib/core/site-url.ts';

describe('SITE_URL', () => {
  it('unset or empty means the local preview, and the warning says where URLs point', () => {
    expect(siteOrigin(undefined)).toEqual({ origin: LOCAL_PREVIEW_ORIGIN, localPreview: true });
    expect(siteOrigin('  ')).toEqual({ origin: LOCAL_PREVIEW_ORIGIN, localPreview: true });
    expect(localPreviewWarning()).toContain('http://localhost:4321');
    expect(localPreviewWarning()).toContain('local preview only');
  });

  it('accepts an http(s) origin, with a port or a final slash', () => {
    expect(siteOrigin('https://archive.example.org')).toEqual({ origin: 'https://archive.example.org', localPreview: false });
    expect(siteOrigin('https://Example.org/')).toEqual({ origin: 'https://example.org', localPreview: false });
    expect(siteOrigin('http://127.0.0.1:8080')).toEqual({ origin: 'http://127.0.0.1:8080', localPreview: false });
  });

  it.each([
    ['example.org', /not an absolute URL/],
    ['/archive/', /not an absolute URL/],
    ['ftp://example.org', /ftp: is not http/],
    ['https://example.org/archive/', /has a path .*BASE_PATH/],
    ['https://user:secret@example.org', /user name or password/],
    ['https://example.org/?a=1', /query/],
    ['https://example.org/#top', /fragment/],
    ['https:example.org', /no host/],
  ])('refuses %s, naming SITE_URL', (value, why) => {
    expect(() => siteOrigin(value)).toThrow(/^SITE_URL must be an absolute http\(s\) origin/);
    expect(() => siteOrigin(value)).toThrow(why);
  });
});
