import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading.ts';
import { relatedArticles } from '../../src/lib/related.ts';

describe('countWords', () => {
  it('counts words, keeping contractions and hyphenated words whole', () => {
    expect(countWords("We didn't understand anything. Makeshift prisons set-up, 12,000 \"safe place.\"")).toBe(10);
    expect(countWords('  ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds up and never says zero', () => {
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
  });
});

describe('relatedArticles', () => {
  const all = [
    { id: 'a', topics: ['t1'], entities: ['e1'] },
    { id: 'b', topics: ['t1', 't2'], entities: [] },
    { id: 'c', topics: [], entities: ['e1', 'e2'] },
    { id: 'd', topics: ['t9'], entities: ['e9'] },
  ];

  it('ranks shared entities above shared topics and leaves out the unrelated and the article itself', () => {
    const related = relatedArticles({ id: 'a', topics: ['t1', 't2'], entities: ['e1', 'e2'] }, all);
    expect(related.map((r) => [r.article.id, r.score])).toEqual([['c', 4], ['b', 2]]);
  });

  it('keeps the given order between equals, and respects the limit', () => {
    const related = relatedArticles({ id: 'x', topics: ['t1'], entities: [] }, all, 1);
    expect(related.map((r) => r.article.id)).toEqual(['a']);
  });
});
