import { describe, expect, it } from 'vitest';
import { headingAt, resultTitle } from '../../../src/lib/search/result-titles.ts';

describe('resultTitle', () => {
  it('drops the full stop that ends a sentence', () => {
    expect(resultTitle('A convoy leaves the camp at dawn.')).toBe('A convoy leaves the camp at dawn');
    expect(resultTitle('  A convoy leaves the camp.  ')).toBe('A convoy leaves the camp');
  });

  it('leaves a title without one as it is', () => {
    expect(resultTitle('Two camps')).toBe('Two camps');
    expect(resultTitle('Is the camp empty?')).toBe('Is the camp empty?');
  });

  it('keeps an ellipsis and an abbreviation at the end', () => {
    expect(resultTitle('The camp empties...')).toBe('The camp empties...');
    expect(resultTitle('Troops leave for the U.S.')).toBe('Troops leave for the U.S.');
  });
});

describe('headingAt', () => {
  // Anchors as Pagefind records them for a page of two figures, in the project's own words.
  const anchors = [
    { element: 'h2', location: 3, text: 'Numbers on this page' },
    { element: 'section', location: 40 },
    { element: 'h2', location: 40, text: 'Guards at the camp gate, 2019' },
    { element: 'p', location: 45 },
    { element: 'section', location: 90 },
    { element: 'h2', location: 90, text: ' Tents in the camp, 2019 ' },
  ];

  it('names the heading a hit sits under, not the page', () => {
    expect(headingAt(anchors, 40)).toBe('Guards at the camp gate, 2019');
    expect(headingAt(anchors, 89)).toBe('Guards at the camp gate, 2019');
    expect(headingAt(anchors, 120)).toBe('Tents in the camp, 2019');
  });

  it('reads them in page order whatever order they come in', () => {
    expect(headingAt([...anchors].reverse(), 95)).toBe('Tents in the camp, 2019');
  });

  it('gives nothing for a hit before the first heading, or before where its section starts', () => {
    expect(headingAt(anchors, 2)).toBeNull();
    expect(headingAt(anchors, 20, 10)).toBeNull();
    expect(headingAt([], 12)).toBeNull();
  });
});
