/** DC.date of a page that is not an article: the newest day the archive copied an article the page shows. */
import { describe, expect, it } from 'vitest';
import { lastArchivedIn } from '../../../src/lib/citing/page-date.ts';

const article = (id: string, archived: string) => ({
  id,
  collection: 'articles',
  data: { archived: { iso: archived }, published: { iso: '2030-01-01' } },
});

describe('lastArchivedIn', () => {
  it('finds the newest archived day of the articles anywhere in the props, never another date', () => {
    const props = {
      page: { data: [article('a', '2026-11-21'), article('b', '2026-11-30')] },
      events: [{ collection: 'events', data: { date: { iso: '2031-01-01' }, archived: { iso: '2032-01-01' } } }],
      mentions: [{ article: article('c', '2026-12-01'), paragraph: 3 }],
    };
    expect(lastArchivedIn(props)).toBe('2026-12-01');
  });

  it('is null for a page that shows no article, and survives props that refer to themselves', () => {
    const looped: Record<string, unknown> = { name: 'x' };
    looped['self'] = looped;
    expect(lastArchivedIn(looped)).toBeNull();
    expect(lastArchivedIn({ list: [article('a', '2026-11-21')], again: looped })).toBe('2026-11-21');
  });
});
