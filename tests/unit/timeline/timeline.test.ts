import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../../src/lib/core/dates.ts';
import { groupTimeline } from '../../../src/lib/timeline/timeline.ts';
import { timelineAnchor } from '../../../src/lib/urls/anchors.ts';

const entry = (kind: 'event' | 'article', id: string, date: string) => ({ kind, id, date: toPartialDate(date) });

describe('groupTimeline', () => {
  const years = groupTimeline([
    entry('article', 'el-mundo', '2019-10-16'),
    entry('event', 'escape', '2019-10-13'),
    entry('event', 'court', '2019'),
    entry('article', 'leiden', '2019-10'),
    entry('event', 'offensive', '2019-10-09'),
    entry('event', 'walls', '2012'),
    entry('event', 'same-day', '2019-10-16'),
  ]);

  it('orders years and, within October 2019, month-only entries before days', () => {
    expect(years.map((year) => year.year)).toEqual([2012, 2019]);
    expect(years[1]!.months.map((month) => month.label)).toEqual(['2019, month not known', 'October 2019']);
    expect(years[1]!.months[1]!.entries.map((e) => e.id)).toEqual(['leiden', 'offensive', 'escape', 'same-day', 'el-mundo']);
  });

  it('never puts a year-only entry in a month', () => {
    expect(years[1]!.months[0]!.entries.map((e) => e.id)).toEqual(['court']);
    expect(years[0]!.months).toEqual([
      { month: null, label: '2012, month not known', entries: [expect.objectContaining({ id: 'walls' })] },
    ]);
  });

  it('anchors entries by kind and id', () => {
    expect(timelineAnchor({ kind: 'event', id: 'escape' })).toBe('event-escape');
  });
});
