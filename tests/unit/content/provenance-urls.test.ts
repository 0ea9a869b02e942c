import { describe, expect, it } from 'vitest';
import { checkArticleDates, earliestDay } from '../../../src/lib/content/checks/provenance.ts';
import { canonicalUrlKey } from '../../../src/lib/content/checks/source-urls.ts';
import { parsePartialDate, type PartialDate } from '../../../src/lib/core/dates.ts';
import type { Article } from '../../../src/schemas/article.ts';

const date = (text: string) => parsePartialDate(text) as PartialDate;
const article = (published: string, archived: string) => ({
  file: 'content/articles/a.md',
  data: { published: date(published), archived: date(archived) } as Article,
});

describe('article dates', () => {
  it('accept a publication on or before the archive day, both in the past', () => {
    expect(
      checkArticleDates(
        [article('2019-10-16', '2019-10-16'), article('2019-10', '2026-11-21'), article('2019', '2020-01-01')],
        '2026-12-01',
      ),
    ).toEqual([]);
  });

  it('refuse a publication after the archive day', () => {
    expect(checkArticleDates([article('2019-10-17', '2019-10-16')], '2026-12-01')).toEqual([
      {
        file: 'content/articles/a.md',
        where: 'published',
        message: '2019-10-17 is after the day the archive copied it (archived: 2019-10-16)',
      },
    ]);
  });

  it('refuse dates in the future; a month or year is future only if its first day is', () => {
    expect(
      checkArticleDates([article('2091-10-16', '2091-10-17')], '2026-12-01').map((problem) => `${problem.where}: ${problem.message}`),
    ).toEqual([
      'published: 2091-10-16 is in the future (today is 2026-12-01)',
      'archived: 2091-10-17 is in the future (today is 2026-12-01)',
    ]);
    expect(checkArticleDates([article('2026-12', '2026-12-01')], '2026-12-01')).toEqual([]);
    expect(earliestDay(date('2019'))).toBe('2019-01-01');
  });

  it('check only the archive day of a draft that does not know its publication date yet', () => {
    const draft = (archived: string) => ({ file: 'content/articles/d.md', data: { draft: true, archived: date(archived) } as Article });
    expect(checkArticleDates([draft('2026-11-30')], '2026-12-01')).toEqual([]);
    expect(checkArticleDates([draft('2091-01-01')], '2026-12-01').map((problem) => problem.where)).toEqual(['archived']);
  });
});

describe('canonicalUrlKey', () => {
  const key = canonicalUrlKey('https://www.elmundo.es/internacional/2019/10/16/x.html');
  it.each([
    'http://www.elmundo.es/internacional/2019/10/16/x.html',
    'https://WWW.ElMundo.ES/internacional/2019/10/16/x.html',
    'https://www.elmundo.es:443/internacional/2019/10/16/x.html/',
    'https://www.elmundo.es/internacional/2019/10/16/x.html?utm_source=twitter&utm_medium=social',
    'https://www.elmundo.es/internacional/2019/10/16/x.html?fbclid=abc#comments',
    // Issue 20: the same article was archived once with and once without www.; AMP pages are the same article too.
    'https://elmundo.es/internacional/2019/10/16/x.html',
    'https://www.elmundo.es/amp/internacional/2019/10/16/x.html',
    'https://www.elmundo.es/internacional/2019/10/16/x.amp.html',
  ])('treats %s as the same article', (variant) => {
    expect(canonicalUrlKey(variant)).toBe(key);
  });

  it('keeps what can name another page: the path, other parameters', () => {
    expect(canonicalUrlKey('https://www.elmundo.es/internacional/2019/10/16/y.html')).not.toBe(key);
    expect(canonicalUrlKey('https://example.org/a?id=1&utm_source=x')).toBe(canonicalUrlKey('https://example.org/a?id=1'));
    expect(canonicalUrlKey('https://example.org/a?id=1')).not.toBe(canonicalUrlKey('https://example.org/a?id=2'));
    expect(canonicalUrlKey('https://news.elmundo.es/internacional/2019/10/16/x.html')).not.toBe(key);
  });
});
