/** Robust Links on every link to an original: its address, the day of the copy, and a known snapshot only. */
import { describe, expect, it } from 'vitest';
import { nearestSnapshot, robustLinkAttributes } from '../../../src/lib/citing/robust-links.ts';
import { toPartialDate } from '../../../src/lib/core/dates.ts';

const snapshot = (url: string, date: string) => ({ url, date: toPartialDate(date) });
const archived = toPartialDate('2026-11-21');

describe('Robust Link attributes', () => {
  it('give the original and the day the archive copied it, and no version URL when no snapshot is known', () => {
    expect(robustLinkAttributes({ originalUrl: 'https://paper.example/a', archived, snapshots: [] })).toEqual({
      'data-originalurl': 'https://paper.example/a',
      'data-versiondate': '2026-11-21',
    });
  });

  it('point at the snapshot nearest the copy, the earlier of two as near', () => {
    const old = snapshot('https://web.archive.example/web/20191016000000/https://paper.example/a', '2019-10-16');
    const near = snapshot('https://web.archive.example/web/20261120000000/https://paper.example/a', '2026-11-20');
    const after = snapshot('https://web.archive.example/web/20261122000000/https://paper.example/a', '2026-11-22');
    expect(nearestSnapshot([old, after, near], archived)).toBe(near);
    expect(nearestSnapshot([after, old], archived)).toBe(after);
    expect(nearestSnapshot([], archived)).toBeNull();
    expect(robustLinkAttributes({ originalUrl: 'https://paper.example/a', archived, snapshots: [old, near] })['data-versionurl']).toBe(
      near.url,
    );
  });
});
