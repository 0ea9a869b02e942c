import { describe, expect, it } from 'vitest';
import { articleSteps } from '../../../src/lib/pages/article-steps.ts';

/** Three articles, newest first, as the archive sorts them. */
const newestFirst = ['2019-10-20-c', '2019-10-16-b', '2019-10-a'];
const step = (id: string) => ({ id, headline: `Headline ${id}`, language: 'en', publisher: 'A paper', published: id.slice(0, 10) });

describe('articleSteps', () => {
  it('gives the older article as previous and the newer as next', () => {
    const { previous, next } = articleSteps(newestFirst, 1, step);
    expect(previous?.id).toBe('2019-10-a');
    expect(next?.id).toBe('2019-10-20-c');
  });

  it('gives the newest article no next, and the oldest no previous', () => {
    expect(articleSteps(newestFirst, 0, step).next).toBeUndefined();
    expect(articleSteps(newestFirst, 0, step).previous?.id).toBe('2019-10-16-b');
    expect(articleSteps(newestFirst, 2, step).previous).toBeUndefined();
    expect(articleSteps(newestFirst, 2, step).next?.id).toBe('2019-10-16-b');
  });

  it('gives a lone article neither', () => {
    expect(articleSteps(['only'], 0, step)).toEqual({ previous: undefined, next: undefined });
  });
});
