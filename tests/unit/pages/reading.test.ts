import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/pages/reading.ts';
import { relatedArticles, relatedFinder } from '../../../src/lib/pages/related.ts';

describe('countWords', () => {
  it('counts words, keeping contractions and hyphenated words whole', () => {
    expect(countWords('We didn\'t understand anything. Makeshift prisons set-up, 12,000 "safe place."')).toBe(10);
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

const all = [
  { id: 'a', topics: ['t1'], entities: ['e1'] },
  { id: 'b', topics: ['t1', 't2'], entities: [] },
  { id: 'c', topics: [], entities: ['e1', 'e2'] },
  { id: 'd', topics: ['t9'], entities: ['e9'] },
];

describe('relatedArticles', () => {
  it('ranks shared entities above shared topics and leaves out the unrelated and the article itself', () => {
    const related = relatedArticles({ id: 'a', topics: ['t1', 't2'], entities: ['e1', 'e2'] }, all);
    expect(related.map((r) => [r.article.id, r.score])).toEqual([
      ['c', 4],
      ['b', 2],
    ]);
  });

  it('keeps the given order between equals, and respects the limit', () => {
    const related = relatedArticles({ id: 'x', topics: ['t1'], entities: [] }, all, 1);
    expect(related.map((r) => r.article.id)).toEqual(['a']);
  });
});

describe('relatedFinder', () => {
  /** A small deterministic generator (mulberry32), so the corpus is the same on every run. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const next = random(7);
  const pick = (pool: number, count: number, prefix: string) =>
    Array.from({ length: count }, () => `${prefix}${Math.floor(next() * pool)}`);
  // Few entities and topics, so candidates overlap heavily; repeats in a list are allowed, as in the reference.
  const corpus = Array.from({ length: 300 }, (_, index) => ({
    id: `a${index}`,
    topics: pick(6, Math.floor(next() * 4), 't'),
    entities: pick(25, Math.floor(next() * 5), 'e'),
  }));

  it('ranks every article exactly as relatedArticles does', () => {
    const find = relatedFinder(corpus);
    for (const article of corpus) {
      const expected = relatedArticles(article, corpus).map((r) => [r.article.id, r.score, r.sharedTopics, r.sharedEntities]);
      expect(
        find(article).map((r) => [r.article.id, r.score, r.sharedTopics, r.sharedEntities]),
        article.id,
      ).toEqual(expected);
    }
  });

  it('respects the limit and the order between equals', () => {
    expect(relatedFinder(all, 1)({ id: 'x', topics: ['t1'], entities: [] }).map((r) => r.article.id)).toEqual(['a']);
  });
});
