import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../../src/lib/core/dates.ts';
import { monthAnchor, paginateTimeline } from '../../../src/lib/timeline/timeline-pages.ts';

const entry = (kind: 'event' | 'article', id: string, date: string) => ({ kind, id, date: toPartialDate(date) });

describe('paginateTimeline', () => {
  const entries = [
    entry('article', 'a1', '2019-10-16'),
    entry('event', 'e1', '2019-10-13'),
    entry('event', 'e2', '2019'),
    entry('article', 'a2', '2019-11-02'),
    entry('event', 'e3', '2019-10-09'),
    entry('event', 'old', '2012'),
    entry('article', 'a3', '2019-12-30'),
  ];
  const { years, pages, entryUrls } = paginateTimeline(entries, 2);

  it('gives each year its own pages at /timeline/<year>/, …/2/, in date order', () => {
    expect(pages.map((page) => page.page.url)).toEqual(['/timeline/2012/', '/timeline/2019/', '/timeline/2019/2/', '/timeline/2019/3/']);
    expect(pages.map((page) => page.page.items.map((item) => item.id))).toEqual([['old'], ['e2', 'e3'], ['e1', 'a1'], ['a2', 'a3']]);
  });

  it('never holds more entries on a page than the page size', () => {
    expect(Math.max(...pages.map((page) => page.page.items.length))).toBe(2);
  });

  it('groups each page by month, a month continuing on the next page', () => {
    expect(pages[1]!.months.map((month) => month.label)).toEqual(['2019, month not known', 'October 2019']);
    expect(pages[2]!.months.map((month) => month.label)).toEqual(['October 2019']);
  });

  it('lists the years with their counts and where each month starts', () => {
    expect(years.map(({ year, events, articles, pageCount }) => ({ year, events, articles, pageCount }))).toEqual([
      { year: 2012, events: 1, articles: 0, pageCount: 1 },
      { year: 2019, events: 3, articles: 3, pageCount: 3 },
    ]);
    expect(years[1]!.months.map((month) => [month.label, month.count, month.url])).toEqual([
      ['2019, month not known', 1, '/timeline/2019/#month-2019-unknown'],
      ['October 2019', 3, '/timeline/2019/#month-2019-10'],
      ['November 2019', 1, '/timeline/2019/3/#month-2019-11'],
      ['December 2019', 1, '/timeline/2019/3/#month-2019-12'],
    ]);
  });

  it('knows the page and anchor of every entry', () => {
    expect(entryUrls.size).toBe(entries.length);
    expect(entryUrls.get('article-a1')).toBe('/timeline/2019/2/#article-a1');
    expect(entryUrls.get('event-old')).toBe('/timeline/2012/#event-old');
  });

  it('anchors months by year and number', () => {
    expect(monthAnchor(2019, 3)).toBe('month-2019-03');
    expect(monthAnchor(2019, null)).toBe('month-2019-unknown');
  });
});
