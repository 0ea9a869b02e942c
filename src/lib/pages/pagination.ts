/**
 * Pagination of long lists (the home page's articles, a topic's articles, an
 * entity's mentions, a month of the timeline) at stable URLs: page 1 at the
 * list's own URL, page n at `<list URL>n/`. Pure logic, so every list pages
 * the same way and the arithmetic is tested once.
 */
import { assertPageSize } from '../core/page-sizes.ts';
import { pagedUrl } from '../urls/urls.ts';

/** One page of a list, with what its navigation needs. */
export interface Page<T> {
  /** The items on this page, in list order. */
  items: T[];
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1, even when it is empty). */
  count: number;
  /** How many items the whole list has. */
  total: number;
  /** 0-based position of this page's first item in the whole list. */
  start: number;
  /** This page's URL. */
  url: string;
  /** The previous page's URL; absent on page 1. */
  prev?: string;
  /** The next page's URL; absent on the last page. */
  next?: string;
}

/**
 * How many pages `total` items make at `size` on page 1 and `laterSize` on
 * each later page (the same unless given); an empty list still has its one
 * (empty) page.
 */
export function pageCount(total: number, size: number, laterSize = size): number {
  assertPageSize(size);
  assertPageSize(laterSize);
  return total <= size ? 1 : 1 + Math.ceil((total - size) / laterSize);
}

/** The 0-based position in the whole list of page `number`'s first item. */
function pageStart(number: number, size: number, laterSize: number): number {
  return number === 1 ? 0 : size + (number - 2) * laterSize;
}

/** The URL of page `number` of the list whose first page is at `firstUrl`. */
export function pageUrl(firstUrl: string, number: number): string {
  return number === 1 ? firstUrl : pagedUrl(firstUrl, number);
}

/** The page a list's item at 0-based `index` falls on, with `size` items on page 1 and `laterSize` on each later page. */
export function pageOfIndex(index: number, size: number, laterSize = size): number {
  assertPageSize(size);
  assertPageSize(laterSize);
  return index < size ? 1 : Math.floor((index - size) / laterSize) + 2;
}

/**
 * Cuts a list into pages, each with its URL and its neighbours': `size`
 * items on page 1 and `laterSize` (the same unless given) on each later
 * page, so later pages can list more, more compactly, and be fewer.
 */
export function paginate<T>(items: readonly T[], size: number, firstUrl: string, laterSize = size): Page<T>[] {
  const count = pageCount(items.length, size, laterSize);
  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const start = pageStart(number, size, laterSize);
    return {
      items: items.slice(start, start + (number === 1 ? size : laterSize)),
      number,
      count,
      total: items.length,
      start,
      url: pageUrl(firstUrl, number),
      ...(number > 1 ? { prev: pageUrl(firstUrl, number - 1) } : {}),
      ...(number < count ? { next: pageUrl(firstUrl, number + 1) } : {}),
    };
  });
}

/** "page 2 of 14", as the page's navigation and title say it. */
export function pageLabel(page: Pick<Page<unknown>, 'number' | 'count'>): string {
  return `page ${page.number} of ${page.count}`;
}

/**
 * The route parameter for page `number` of a list built with a rest
 * parameter (`[...page].astro`): undefined for page 1, which lives at the
 * list's own URL, and "2", "3"… after it.
 */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

/** A page's title: the list's own on page 1, "Articles, page 2 of 14" after it, so every page's title is its own. */
export function pagedTitle(title: string, page: Pick<Page<unknown>, 'number' | 'count'>): string {
  return page.number === 1 ? title : `${title}, ${pageLabel(page)}`;
}
