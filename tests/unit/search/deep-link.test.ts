import { describe, expect, it } from 'vitest';
import { deepLink, markedWords, paragraphForMatch } from '../../../src/lib/search/deep-link.ts';

const anchors = [
  { id: 'p-1', element: 'p', location: 70 },
  { id: 'user-content-fnref-sds', element: 'a', location: 90 },
  { id: 'p-2', element: 'p', location: 120 },
  { id: 'footnote-label', element: 'h2', location: 300 },
  { id: 'user-content-fn-sds', element: 'li', location: 305 },
];

describe('paragraphForMatch', () => {
  it('finds the paragraph holding a match, even after a footnote marker inside it', () => {
    expect(paragraphForMatch(anchors, [95])).toBe('p-1');
    expect(paragraphForMatch(anchors, [150, 130])).toBe('p-2');
  });

  it('skips matches before the text (the summary) and in the notes', () => {
    expect(paragraphForMatch(anchors, [10, 310, 125])).toBe('p-2');
    expect(paragraphForMatch(anchors, [10, 310])).toBeNull();
    expect(paragraphForMatch(anchors, [])).toBeNull();
  });
});

describe('markedWords', () => {
  it('reads the marked words, decoding entities and dropping the punctuation around them', () => {
    expect(markedWords('in <mark>Al</mark> <mark>Hol,</mark> and <mark>Tel&#39;s</mark> <mark>"Daesh"</mark>')).toEqual([
      'Al',
      'Hol',
      "Tel's",
      'Daesh',
    ]);
  });
});

describe('deepLink', () => {
  it('adds the paragraph and a text fragment that survives hyphens and commas', () => {
    expect(deepLink('/articles/x/', 'p-3', 'al-Hol,')).toBe('/articles/x/#p-3:~:text=al%2DHol%2C');
  });

  it('links the page itself when no paragraph is known', () => {
    expect(deepLink('/places/al-hol/#mentions', null, 'al-Hol')).toBe('/places/al-hol/');
  });
});
