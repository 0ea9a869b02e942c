import { describe, expect, it } from 'vitest';
import { toPartialDate } from '../../../src/lib/core/dates.ts';
import { dateFromDateline, dateFromUrl, dateInText, relativeDates } from '../../../scripts/lib/new-article/dates.ts';

describe('dateFromUrl', () => {
  it('reads the day or the month a URL path gives, and nothing else', () => {
    expect(dateFromUrl('https://www.example.es/internacional/2019/10/16/5da7335d.html')?.date.iso).toBe('2019-10-16');
    expect(dateFromUrl('https://example.org/news/2019-10-16-camp-report')?.date.iso).toBe('2019-10-16');
    expect(dateFromUrl('https://example.nl/en/in-the-media/2019/10/item')?.date.iso).toBe('2019-10');
    expect(dateFromUrl('https://example.org/2019/02/30/impossible')?.date.iso).toBe('2019-02');
    expect(dateFromUrl('https://example.org/reports/camp-1234')).toBeNull();
    expect(dateFromUrl('https://example.com/news/2019-10/ayn-issa')?.date.iso).toBe('2019-10');
    expect(dateFromUrl('https://example.com/archive/2019-10')?.date.iso).toBe('2019-10');
    expect(dateFromUrl('https://example.com/news/2019-13/x')).toBeNull();
    expect(dateFromUrl('https://example.com/news/2019-10-camp/x')).toBeNull();
  });
});

describe('datelines', () => {
  it('reads dates written out in several languages and orders', () => {
    expect(dateInText('QAMISHLI, 20 October 2019 —')?.date.iso).toBe('2019-10-20');
    expect(dateInText('Published Oct. 20, 2019, 10:00')?.date.iso).toBe('2019-10-20');
    expect(dateInText('Beirut, 20 de octubre de 2019')?.date.iso).toBe('2019-10-20');
    expect(dateInText('Paris, le 21 octobre 2019')?.date.iso).toBe('2019-10-21');
    expect(dateInText('Berlin, 22. Oktober 2019')?.date.iso).toBe('2019-10-22');
    expect(dateInText('on 31 February 2019')).toBeNull();
  });

  it('takes the first dateline and says which line it is on', () => {
    expect(
      dateFromDateline([
        { line: 1, text: 'Menu' },
        { line: 3, text: 'Beirut, 19 October 2019 – Families …' },
      ]),
    ).toEqual({
      date: toPartialDate('2019-10-19'),
      basis: 'the dateline "19 October 2019"',
      line: 3,
    });
  });
});

describe('relativeDates', () => {
  const wednesday = toPartialDate('2019-10-16');
  const resolved = (text: string, language = 'en', published = wednesday) =>
    relativeDates(text, language, published).map((date) => `${date.words} → ${date.iso ?? date.resolved}`);

  it('resolves English relative dates from the publication day', () => {
    expect(resolved('Last Sunday the camp emptied; yesterday and on Monday guards returned; last Wednesday too.')).toEqual([
      'Last Sunday → 2019-10-13',
      'yesterday → 2019-10-15',
      'on Monday → 2019-10-14',
      'last Wednesday → 2019-10-09',
    ]);
    expect(resolved('The offensive began last week; last month; last year; three days ago.')).toEqual([
      'last week → the week of Monday 7 October 2019 to Sunday 13 October 2019',
      'last month → 2019-09',
      'last year → 2018',
      'three days ago → 2019-10-13',
    ]);
  });

  it('resolves Spanish and French ones', () => {
    expect(resolved('ayer y el pasado domingo; el lunes', 'es')).toEqual([
      'ayer → 2019-10-15',
      'el pasado domingo → 2019-10-13',
      'el lunes → 2019-10-14',
    ]);
    expect(resolved('hier, dimanche dernier et la semaine dernière', 'fr')).toEqual([
      'hier → 2019-10-15',
      'dimanche dernier → 2019-10-13',
      'la semaine dernière → the week of Monday 7 October 2019 to Sunday 13 October 2019',
    ]);
  });

  it('resolves Turkish ones, with case endings, and reads "pazar" alone as the market it also is (issue 36)', () => {
    expect(
      resolved(
        "Bugün kamptan yüzlerce kişi ayrıldı; dün gece muhafızlar gitti, Pazartesi günü bombardıman başladı. Geçen Cuma'dan beri pazar kapalı.",
        'tr',
      ),
    ).toEqual(['Bugün → 2019-10-16', 'dün gece → 2019-10-15', 'Pazartesi günü → 2019-10-14', "Geçen Cuma'dan → 2019-10-11"]);
    expect(resolved('Geçen hafta ve 3 gün önce; önümüzdeki Cumartesi günü', 'tr')).toEqual([
      'Geçen hafta → the week of Monday 7 October 2019 to Sunday 13 October 2019',
      '3 gün önce → 2019-10-13',
      'önümüzdeki Cumartesi günü → 2019-10-19',
    ]);
  });

  it('resolves Arabic "since Wednesday", "yesterday" and "today" (issue 36)', () => {
    const friday = toPartialDate('2019-10-18');
    expect(resolved('فرت العائلات أمس، والقصف مستمر منذ الأربعاء، وقال مسؤول اليوم إن المخيم خال.', 'ar', friday)).toEqual([
      'أمس → 2019-10-17',
      'منذ الأربعاء → 2019-10-16',
      'اليوم → 2019-10-18',
    ]);
  });

  it('lists them unresolved when the publication date has no day', () => {
    expect(resolved('last Sunday', 'en', toPartialDate('2019-10'))).toEqual([
      'last Sunday → cannot be resolved: the publication date is known only to the month',
    ]);
  });
});
