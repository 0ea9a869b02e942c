import { describe, expect, it } from 'vitest';
import { articleUrl, entityUrl, figuresUrl, figureUrl, homeUrl, paragraphUrl, searchUrl, withBase } from '../../../src/lib/urls/urls.ts';
import { normaliseBase, rebaseRootRelative } from '../../../src/lib/core/base-path.ts';

describe('withBase', () => {
  it.each([
    ['/', 'articles/x/', '/articles/x/'],
    ['/archive', 'articles/x/', '/archive/articles/x/'],
    ['/archive/', '/articles/x/', '/archive/articles/x/'],
    ['some/deep/base', 'favicon.svg', '/some/deep/base/favicon.svg'],
  ])('under base %s, %s becomes %s', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  it('normalises every spelling of the root to one slash', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('//')).toBe('/');
  });
});

describe('rebaseRootRelative', () => {
  it.each([
    ['/articles/x/#p-2', '/archive/', '/archive/articles/x/#p-2'],
    ['/archive/articles/x/', '/archive/', '/archive/articles/x/'],
    ['/articles/x/', '/', '/articles/x/'],
    ['https://www.elmundo.es/', '/archive/', 'https://www.elmundo.es/'],
    ['//cdn.example/x', '/archive/', '//cdn.example/x'],
    ['#p-3', '/archive/', '#p-3'],
    ['../x/', '/archive/', '../x/'],
  ])('%s under %s becomes %s', (href, base, expected) => {
    expect(rebaseRootRelative(href, base)).toBe(expected);
  });
});

describe('route helpers', () => {
  it('builds article and paragraph URLs under a base', () => {
    expect(articleUrl('2019-10-16-el-mundo', '/a/b/')).toBe('/a/b/articles/2019-10-16-el-mundo/');
    expect(paragraphUrl('x', 3, '/')).toBe('/articles/x/#p-3');
    expect(homeUrl('/a/')).toBe('/a/');
  });

  it('rejects paragraph numbers that cannot exist', () => {
    expect(() => paragraphUrl('x', 0)).toThrow(RangeError);
  });

  it('uses a plural segment per entity kind', () => {
    expect(entityUrl('place', 'al-hol', '/')).toBe('/places/al-hol/');
    expect(entityUrl('person', 'edwin-bakker', '/')).toBe('/people/edwin-bakker/');
    expect(entityUrl('organisation', 'nato', '/')).toBe('/organisations/nato/');
  });

  it('links a figure to its section of the figures page, under a base', () => {
    expect(figuresUrl('/')).toBe('/figures/');
    expect(figureUrl('ayn-issa-escapees', '/a/')).toBe('/a/figures/#ayn-issa-escapees');
  });

  it('encodes the search query', () => {
    expect(searchUrl('al-Hol & Ayn Issa', '/x/')).toBe('/x/search/?q=al-Hol%20%26%20Ayn%20Issa');
    expect(searchUrl(undefined, '/')).toBe('/search/');
  });
});
