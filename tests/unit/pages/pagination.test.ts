import { describe, expect, it } from 'vitest';
import { pageCount, pagedTitle, pageLabel, pageOfIndex, pageParam, pageUrl, paginate } from '../../../src/lib/pages/pagination.ts';
import { assertPageSize, parsePageSize } from '../../../src/lib/core/page-sizes.ts';
import { pagedUrl, topicUrl } from '../../../src/lib/urls/urls.ts';

const letters = (n: number) => Array.from({ length: n }, (_, index) => String.fromCharCode(97 + index));

describe('pageCount', () => {
  it.each([
    [0, 10, 1],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [140, 10, 14],
    [141, 10, 15],
  ])('%i items at %i a page make %i pages', (total, size, expected) => {
    expect(pageCount(total, size)).toBe(expected);
  });
});

describe('paginate', () => {
  const pages = paginate(letters(7), 3, '/topics/x/');

  it('cuts the list into slices of the page size, in order, the last one shorter', () => {
    expect(pages.map((page) => page.items)).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
    expect(pages.map((page) => page.start)).toEqual([0, 3, 6]);
    expect(pages.every((page) => page.count === 3 && page.total === 7)).toBe(true);
  });

  it('keeps page 1 at the list URL and puts later pages at …/n/', () => {
    expect(pages.map((page) => page.url)).toEqual(['/topics/x/', '/topics/x/2/', '/topics/x/3/']);
  });

  it('links each page to its neighbours, and only to pages that exist', () => {
    expect(pages.map((page) => [page.prev, page.next])).toEqual([
      [undefined, '/topics/x/2/'],
      ['/topics/x/', '/topics/x/3/'],
      ['/topics/x/2/', undefined],
    ]);
  });

  it('gives an empty list one empty page without neighbours', () => {
    expect(paginate([], 5, '/')).toEqual([{ items: [], number: 1, count: 1, total: 0, start: 0, url: '/' }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate(letters(3), 0, '/')).toThrow('page size must be a positive whole number; got 0');
    expect(() => paginate(letters(3), 2.5, '/')).toThrow('got 2.5');
  });
});

describe('paginate with larger later pages', () => {
  const pages = paginate(letters(12), 2, '/people/x/', 4);

  it('puts the page size on page 1 and the later size on each later page', () => {
    expect(pages.map((page) => page.items)).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e', 'f'],
      ['g', 'h', 'i', 'j'],
      ['k', 'l'],
    ]);
    expect(pages.map((page) => page.start)).toEqual([0, 2, 6, 10]);
    expect(pages.every((page) => page.count === 4 && page.total === 12)).toBe(true);
    expect(pages.map((page) => page.url)).toEqual(['/people/x/', '/people/x/2/', '/people/x/3/', '/people/x/4/']);
  });

  it('counts pages and finds the page of an item the same way', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((total) => pageCount(total, 2, 4))).toEqual([1, 1, 1, 2, 2, 2, 2]);
    expect(pageCount(7, 2, 4)).toBe(3);
    expect([0, 1, 2, 5, 6, 11].map((index) => pageOfIndex(index, 2, 4))).toEqual([1, 1, 2, 2, 3, 4]);
    pages.forEach((page) => page.items.forEach((_, offset) => expect(pageOfIndex(page.start + offset, 2, 4)).toBe(page.number)));
  });

  it('refuses a later size that is not a positive whole number', () => {
    expect(() => paginate(letters(3), 2, '/', 0)).toThrow('page size must be a positive whole number; got 0');
  });
});

describe('page URLs and labels', () => {
  it('builds page URLs with the URL helper, under any base', () => {
    expect(pageUrl(topicUrl('escapes', '/archive/'), 2)).toBe('/archive/topics/escapes/2/');
    expect(pageUrl(topicUrl('escapes', '/archive/'), 1)).toBe('/archive/topics/escapes/');
    expect(pagedUrl('/', 3)).toBe('/3/');
  });

  it('says where a page sits: "page 2 of 14"', () => {
    expect(pageLabel({ number: 2, count: 14 })).toBe('page 2 of 14');
  });

  it("keeps the list's title on page 1 and says the page after it", () => {
    expect(pagedTitle('Articles', { number: 1, count: 3 })).toBe('Articles');
    expect(pagedTitle('Articles', { number: 2, count: 3 })).toBe('Articles, page 2 of 3');
  });

  it('finds the page an item falls on', () => {
    expect([0, 2, 3, 8].map((index) => pageOfIndex(index, 3))).toEqual([1, 1, 2, 3]);
  });

  it('leaves the first page without a route parameter', () => {
    expect([1, 2, 10].map(pageParam)).toEqual([undefined, '2', '10']);
  });
});

describe('page sizes from the environment', () => {
  it('uses the fallback when the variable is unset or empty', () => {
    expect(parsePageSize(undefined, 'ARCHIVE_PAGE_SIZE', 20)).toBe(20);
    expect(parsePageSize(' ', 'ARCHIVE_PAGE_SIZE', 20)).toBe(20);
  });

  it('reads a positive whole number', () => {
    expect(parsePageSize('7', 'ARCHIVE_PAGE_SIZE', 20)).toBe(7);
  });

  it.each(['0', '-3', '1.5', '12abc', 'ten'])('stops on %j, naming the variable and the value', (raw) => {
    expect(() => parsePageSize(raw, 'ARCHIVE_PAGE_SIZE', 20)).toThrow(`ARCHIVE_PAGE_SIZE must be a positive whole number; got "${raw}"`);
  });

  it('names the size it checks', () => {
    expect(() => assertPageSize(-1, 'mentions page size')).toThrow('mentions page size must be a positive whole number; got -1');
  });
});
