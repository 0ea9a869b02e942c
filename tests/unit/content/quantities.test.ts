import { describe, expect, it } from 'vitest';
import {
  compareQuantities,
  describeComparison,
  describeQuantity,
  summariseClaims,
  formatNumber,
  howMuchMore,
  matchesWords,
  READINGS,
  readQuantity,
} from '../../../src/lib/content/quantities.ts';
import { loadArchiveFromDisk } from '../../../src/lib/content/archive-from-disk.ts';
import type { Quantity } from '../../../src/schemas/figure.ts';

const exactly = (value: number): Quantity => ({ min: value, max: value, approximate: false });
const about = (value: number): Quantity => ({ min: value, max: value, approximate: true });
const atLeast = (value: number): Quantity => ({ min: value, approximate: false });
const atMost = (value: number): Quantity => ({ max: value, approximate: false });
const between = (min: number, max: number): Quantity => ({ min, max, approximate: false });

describe('formatNumber', () => {
  it('groups thousands and keeps every decimal the source gave', () => {
    expect(formatNumber(12000)).toBe('12,000');
    expect(formatNumber(859)).toBe('859');
    expect(formatNumber(2.125)).toBe('2.125');
  });
});

describe('describeQuantity', () => {
  it.each([
    [exactly(859), '859'],
    [about(62000), 'about 62,000'],
    [atLeast(75000), 'at least 75,000'],
    [{ min: 2000, approximate: true }, 'about 2,000 or more'],
    [atMost(300), 'at most 300'],
    [{ max: 300, approximate: true }, 'up to about 300'],
    [between(2000, 10000), '2,000 to 10,000'],
    [{ min: 2000, max: 10000, approximate: true }, 'about 2,000 to 10,000'],
  ] as const)('reads %o as "%s"', (quantity, words) => {
    expect(describeQuantity(quantity)).toBe(words);
  });

  it('refuses a quantity with no bound, which the schema never lets through', () => {
    expect(() => describeQuantity({ approximate: false })).toThrow(RangeError);
  });
});

describe('howMuchMore', () => {
  it('gives times and a percentage when the highest is at least double', () => {
    expect(howMuchMore(2000, 12000)).toEqual({ times: '6', percent: '500%' });
    expect(howMuchMore(2000, 5000)).toEqual({ times: '2.5', percent: '150%' });
    expect(howMuchMore(200, 75000)).toEqual({ times: '375', percent: '37,400%' });
  });

  it('gives only a percentage for closer numbers, keeping small gaps visible', () => {
    expect(howMuchMore(10000, 11200)).toEqual({ times: null, percent: '12%' });
    expect(howMuchMore(859, 860)).toEqual({ times: null, percent: '0.12%' });
  });

  it('has nothing to say when the lowest is zero', () => {
    expect(howMuchMore(0, 10)).toBeNull();
  });
});

describe('compareQuantities', () => {
  it('finds the spread, the open ends and the numbers every claim allows', () => {
    // Leiden's "between several thousands and well over ten thousand" against El Mundo's estimated 12,000.
    expect(compareQuantities([atLeast(2000), about(12000)])).toEqual({
      count: 2,
      lowest: 2000,
      highest: 12000,
      openAbove: 1,
      openBelow: 0,
      same: false,
      common: { min: 12000, max: 12000 },
      gap: null,
      approximate: true,
    });
  });

  it('finds the gap between claims that cannot all be true', () => {
    const comparison = compareQuantities([exactly(859), between(900, 1000), atLeast(950)]);
    expect(comparison.common).toBeNull();
    expect(comparison.gap).toEqual({ ceiling: 859, floor: 950 });
    expect(comparison.lowest).toBe(859);
    expect(comparison.highest).toBe(1000);
  });

  it('leaves a common bound open when no claim sets it', () => {
    expect(compareQuantities([atLeast(2000), atLeast(75000)]).common).toEqual({ min: 75000 });
    expect(compareQuantities([atMost(10), atMost(20)]).common).toEqual({ max: 10 });
  });

  it('counts a claim with no floor by its ceiling, and a claim with no ceiling by its floor', () => {
    const comparison = compareQuantities([atMost(100), atLeast(500)]);
    expect([comparison.lowest, comparison.highest, comparison.openBelow, comparison.openAbove]).toEqual([100, 500, 1, 1]);
  });

  it('needs at least one claim', () => {
    expect(() => compareQuantities([])).toThrow(RangeError);
  });
});

describe('describeComparison', () => {
  const say = (quantities: Quantity[], unit = 'people') => describeComparison(compareQuantities(quantities), unit);

  it('says there is nothing to compare one claim with', () => {
    expect(say([exactly(859)])).toBe('Only one claim: there is nothing to compare it with.');
  });

  it('says when the claims agree', () => {
    expect(say([exactly(859), exactly(859)])).toBe('The claims agree: 859 people.');
    expect(say([about(30), exactly(30)], 'km')).toBe('The claims agree: about 30 km.');
  });

  it('words an open-ended range honestly: the spread of what is read, the open end, and what all allow', () => {
    expect(say([atLeast(2000), about(12000)])).toBe(
      'Read as numbers, the claims run from 2,000 to 12,000 people: the highest is 6 times the lowest (500% more). ' +
        'One claim sets no upper limit. The claims can all be true at once: every one of them allows 12,000.',
    );
  });

  it('says when claims cannot all be true, and how close they come', () => {
    expect(say([exactly(859), exactly(1000)])).toBe(
      'Read as numbers, the claims run from 859 to 1,000 people: the highest is 16% more than the lowest. ' +
        'As stated, the claims cannot all be true at once: one allows at most 859, another at least 1,000 (16% more).',
    );
  });

  it('warns that estimates may be closer than they look', () => {
    expect(say([about(62000), atLeast(75000), atMost(100)])).toBe(
      'Read as numbers, the claims run from 100 to 75,000 people: the highest is 750 times the lowest (74,900% more). ' +
        'One claim sets no upper limit. One claim sets no lower limit. ' +
        'As stated, the claims cannot all be true at once: one allows at most 100, another at least 75,000 (74,900% more). ' +
        'Some of them are estimates, so the real gap may be smaller.',
    );
  });

  it('describes overlapping ranges and claims that start from zero', () => {
    expect(say([between(0, 20), between(10, 30), atMost(25)])).toBe(
      'Read as numbers, the claims run from 0 to 30 people. One claim sets no lower limit. ' +
        'The claims can all be true at once: every one of them allows any number from 10 to 20.',
    );
    expect(say([atLeast(200), atLeast(2000)])).toContain('every one of them allows 2,000 or more.');
    expect(say([atMost(20), atMost(10)])).toContain('every one of them allows 10 or less.');
  });
});

describe('READINGS', () => {
  it('gives a reading for every kind of wording the schema documents', () => {
    const words = READINGS.map((reading) => reading.words).join(' ');
    for (const example of ['"859"', '"some 62,000"', '"over 75,000"', '"up to 300"', '"hundreds"', '"Tens of thousands"', '"between']) {
      expect(words).toContain(example);
    }
  });
});

describe('summariseClaims', () => {
  it('gives the one value when the sources agree', () => {
    expect(summariseClaims([exactly(859)], 'people')).toBe('859 people');
    expect(summariseClaims([atLeast(75000), atLeast(75000)], 'people')).toBe('at least 75,000 people');
  });

  it('gives the range where the sources differ, and says when some leave an end open', () => {
    expect(summariseClaims([exactly(785), exactly(950)], 'people')).toBe('785 to 950 people');
    expect(summariseClaims([about(70000), atLeast(75000)], 'people')).toBe('about 70,000 to 75,000 people, some say more');
    expect(summariseClaims([atMost(100), exactly(200)], 'km')).toBe('100 to 200 km, some say fewer');
  });
});

describe('readQuantity', () => {
  it.each([
    ['859', exactly(859)],
    ['12,000', exactly(12000)],
    ['two', exactly(2)],
    ['ten thousand', exactly(10000)],
    ['some 62,000', about(62000)],
    ['about 30 km', about(30)],
    ['over 75,000', atLeast(75000)],
    ['well over ten thousand', atLeast(10000)],
    ['up to 300', atMost(300)],
    ['fewer than 50', atMost(50)],
    ['hundreds', atLeast(200)],
    ['thousands', atLeast(2000)],
    ['several thousands', atLeast(2000)],
    ['Tens of thousands', atLeast(20000)],
    ['between several thousands and well over ten thousand', atLeast(2000)],
    ['between 10 and 20', between(10, 20)],
  ])('reads "%s" by the rules the figures page shows', (words, expected) => {
    expect(readQuantity(words)).toEqual(expected);
  });

  it('reads nothing into wording the rules do not cover', () => {
    expect(readQuantity('huge numbers')).toBeNull();
    expect(readQuantity('a great many')).toBeNull();
  });

  it('lets a quantity be hedged by words before the value, never unhedged when the value hedges', () => {
    expect(matchesWords(about(12000), exactly(12000))).toBe(true);
    expect(matchesWords(exactly(62000), about(62000))).toBe(false);
    expect(matchesWords(exactly(8590), exactly(859))).toBe(false);
  });

  it('reads every claim in the archive as its normalised value says', () => {
    for (const figure of loadArchiveFromDisk().figures) {
      for (const claim of figure.data.claims) {
        const read = readQuantity(claim.value);
        expect(read, claim.value).not.toBeNull();
        expect(matchesWords(claim.normalised, read!), claim.value).toBe(true);
      }
    }
  });
});
