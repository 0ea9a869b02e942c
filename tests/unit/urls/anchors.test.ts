import { describe, expect, it } from 'vitest';
import { paragraphAnchor, parseParagraphAnchor, timelineAnchor } from '../../../src/lib/urls/anchors.ts';
import { plural, pluralWord } from '../../../src/lib/pages/plural.ts';
import { svgNumber } from '../../../src/lib/maps/svg-markup.ts';
import { timelineYearUrl } from '../../../src/lib/urls/urls.ts';

describe('paragraph anchors', () => {
  it('parses back every anchor it writes', () => {
    for (const n of [1, 2, 10, 137]) expect(parseParagraphAnchor(paragraphAnchor(n))).toBe(n);
  });

  it('rejects ids that are not paragraph anchors', () => {
    for (const id of ['p-0', 'p-01', 'p-', 'p-1a', 'fn-1', 'xp-1', '']) expect(parseParagraphAnchor(id)).toBeNull();
  });
});

describe('timeline URLs', () => {
  // Entries live on their year's pages now; where each lands (page and anchor) is tested in timeline-pages.test.ts.
  it('put each year at its own URL, under the base path, with the anchor the timeline gives an entry', () => {
    expect(timelineYearUrl(2019, '/some/base/')).toBe('/some/base/timeline/2019/');
    expect(timelineAnchor({ kind: 'event', id: 'escape' })).toBe('event-escape');
  });
});

describe('plural', () => {
  it('says one thing and any other number of things', () => {
    expect([0, 1, 2].map((n) => plural(n, 'article'))).toEqual(['0 articles', '1 article', '2 articles']);
    expect(pluralWord(2, 'person', 'people')).toBe('people');
    expect(pluralWord(1, 'person', 'people')).toBe('person');
  });
});

describe('svgNumber', () => {
  it('writes the shortest stable form', () => {
    expect([12, 12.54, -0.5, -0.01, 0.25].map((n) => svgNumber(n))).toEqual(['12', '12.5', '-.5', '0', '.3']);
    expect(svgNumber(1.23456, 3)).toBe('1.235');
  });
});
