import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  dayAfter,
  dayNumber,
  firstDayOf,
  monthOfDay,
  yearOfDay,
  datetimeAttribute,
  formatPartialDate,
  isDateError,
  parsePartialDate,
  toPartialDate,
} from '../../../src/lib/core/dates.ts';

describe('parsePartialDate', () => {
  it.each([
    ['2019', 'year'],
    ['2019-10', 'month'],
    ['2019-10-16', 'day'],
  ])('reads %s at %s precision', (text, precision) => {
    expect(toPartialDate(text).precision).toBe(precision);
  });

  it.each([
    ['2019-02-30', /February 2019 has 28 days/],
    ['2020-02-30', /February 2020 has 29 days/],
    ['2019-13', /no month 13/],
    ['2019-00-01', /no month 00/],
    ['16 October 2019', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['2019-1-5', /YYYY, YYYY-MM or YYYY-MM-DD/],
    ['', /YYYY/],
  ])('rejects %s', (text, reason) => {
    const parsed = parsePartialDate(text);
    expect(isDateError(parsed) && parsed.error).toMatch(reason);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(isDateError(parsePartialDate('2020-02-29'))).toBe(false);
    expect(isDateError(parsePartialDate('2019-02-29'))).toBe(true);
  });
});

describe('formatPartialDate', () => {
  it('never shows more precision than is known', () => {
    expect(formatPartialDate(toPartialDate('2019'))).toBe('2019');
    expect(formatPartialDate(toPartialDate('2019-10'))).toBe('October 2019');
    expect(formatPartialDate(toPartialDate('2019-10-06'))).toBe('6 October 2019');
  });

  it('gives <time datetime> values that keep the precision', () => {
    expect(datetimeAttribute(toPartialDate('2019-10'))).toBe('2019-10');
  });
});

describe('comparePartialDates', () => {
  it('orders chronologically, a month before the days in it', () => {
    const sorted = ['2019-10-16', '2012', '2019-10', '2019-10-09', '2019'].map(toPartialDate).sort(comparePartialDates);
    expect(sorted.map((date) => date.iso)).toEqual(['2012', '2019', '2019-10', '2019-10-09', '2019-10-16']);
  });
});

describe('day arithmetic', () => {
  it('counts whole days since 1970-01-01, letting months and days overflow', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1970, 1, 32)).toBe(31);
    expect(dayNumber(2019, 13, 1)).toBe(dayNumber(2020, 1, 1));
  });

  it('spans a partial date from its first day up to the day after its last', () => {
    const span = (text: string) => dayAfter(toPartialDate(text)) - firstDayOf(toPartialDate(text));
    expect([span('2019'), span('2020'), span('2019-02'), span('2020-02'), span('2019-10-13')]).toEqual([365, 366, 28, 29, 1]);
    expect(firstDayOf(toPartialDate('2019-10'))).toBe(dayNumber(2019, 10, 1));
  });

  it('finds the year and month a day falls in', () => {
    const last = dayAfter(toPartialDate('2019-10')) - 1;
    expect([yearOfDay(last), monthOfDay(last), monthOfDay(last + 1)]).toEqual([2019, '2019-10', '2019-11']);
  });
});
