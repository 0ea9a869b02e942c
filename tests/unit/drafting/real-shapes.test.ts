/**
 * The shapes real captures have that drafts got wrong (issue 20), one unit
 * at a time: file-name parts, datelines, breadcrumbs and bylines, paragraphs
 * ending in an agency credit or cut off, names in context, numbers that are
 * not figures, Arabic numbers and dates, and URL variants.
 */
import { describe, expect, it } from 'vitest';
import { canonicalUrlKey, withoutTracking } from '../../../src/lib/content/checks/source-urls.ts';
import { dateConflict, dateInText, relativeDates } from '../../../scripts/lib/new-article/dates.ts';
import { publisherFromHost } from '../../../scripts/lib/new-article/draft.ts';
import { decodeCapture } from '../../../scripts/lib/new-article/inputs.ts';
import { detectLanguage, isRightToLeft } from '../../../scripts/lib/new-article/language.ts';
import { findKnownEntities, findUnknownNames, type KnownEntity } from '../../../scripts/lib/new-article/names.ts';
import { findNumbers, readNumber, suggestFigure, type FigureForMatching } from '../../../scripts/lib/new-article/numbers.ts';
import { splitCapture } from '../../../scripts/lib/new-article/split-capture.ts';
import { parsePartialDate, type PartialDate } from '../../../src/lib/core/dates.ts';
import { bodyParagraphs } from '../../../src/lib/content/paragraphs.ts';

const paragraphs = (...texts: string[]) => bodyParagraphs(texts.join('\n\n'));
const day = (iso: string) => parsePartialDate(iso) as PartialDate;

describe('file-name parts', () => {
  it('takes the publisher part from the registrable domain, whatever the public suffix', () => {
    expect(publisherFromHost('https://www.thedailyexample.co.uk/news/world/x')).toBe('thedailyexample');
    expect(publisherFromHost('https://www.gazete-ornek.com.tr/dunya/x')).toBe('gazete-ornek');
    expect(publisherFromHost('https://news.example.org/x')).toBe('example');
  });
});

describe('splitCapture on real page shapes', () => {
  const kinds = (capture: string[]) => splitCapture(capture.join('\n')).map((line) => `${line.kind}: ${line.reason}`);

  it('sorts datelines in several languages, breadcrumbs and bylines into furniture, never the headline', () => {
    const lines = splitCapture(
      [
        'News › World › Middle East',
        'Le dimanche 13 octobre 2019 à 13:39 - Mis à jour le 14 octobre 2019 à 08:12',
        'Stand: 14.10.2019, 09:12 Uhr',
        'Actualizado: 14/10/2019 10:32',
        'By Jane Example and Omar Sample',
        'Families leave the camp as the shelling comes closer',
        'Families left the camp on Sunday as the shelling came closer to its fences, officials said.',
      ].join('\n'),
    );
    expect(lines.map((line) => `${line.kind}: ${line.reason}`)).toEqual([
      'furniture: a breadcrumb',
      'furniture: a dateline or time stamp',
      'furniture: a dateline or time stamp',
      'furniture: a dateline or time stamp',
      'furniture: a byline',
      'headline: looks like the headline',
      'body: article text',
    ]);
  });

  it('keeps a paragraph that ends with an agency credit, and a last paragraph cut off mid-sentence', () => {
    expect(
      kinds([
        'Families left the camp on Sunday as the shelling came closer, officials said.',
        'The officials said that about 700 people were still missing on Monday evening. (APA/AFP/Reuters)',
        'A camp guard who did not want to be named said that the fences had been cut in three places and that',
      ]),
    ).toEqual(['body: article text', 'body: article text', 'body: article text cut off mid-sentence']);
  });

  it('keeps a standfirst between the headline and the text, and puts an embedded post and its attribution in furniture', () => {
    expect(
      kinds([
        'Families leave the camp as the shelling comes closer',
        'Hundreds of women and children walked out of the camp while the guards moved to the front line',
        'Families left the camp on Sunday as the shelling came closer to its fences, officials said.',
        'The tents are empty now and nobody knows where they went pic.twitter.com/abc123',
        '— Sample Reporter (@samplereporter) October 13, 2019',
        'The officials said that they had asked for help from the coalition on Monday.',
      ]),
    ).toEqual([
      'headline: looks like the headline',
      'body: the standfirst (prose between the headline and the text)',
      'body: article text',
      'furniture: an embedded social-media post',
      'furniture: an embedded social-media post',
      'body: article text',
    ]);
  });
});

describe('names in context', () => {
  const entities: KnownEntity[] = [
    { id: 'qamishli', kind: 'place', names: ['Qamishli', 'Qamishlo'] },
    { id: 'tel-abyad', kind: 'place', names: ['Tel Abyad', 'Tal Abyad'] },
  ];

  it('does not take a place for the surname of a person who speaks', () => {
    const text = paragraphs('A spokesman for the council, Hassan Qamishlo, said the families had gone.');
    expect(findKnownEntities(text, entities)).toEqual([]);
    expect(
      findKnownEntities(paragraphs('Families reached Qamishlo on Monday, officials said.'), entities).map((entity) => entity.id),
    ).toEqual(['qamishli']);
  });

  it('offers a known entity for a spelling from another language, and drops German nouns and compass words', () => {
    const names = findUnknownNames(
      paragraphs('Nach Angaben der Behörden flohen Hunderte Frauen und Kinder aus dem Lager bei der Grenzstadt Tel Abjad.'),
      entities,
      'de',
    );
    expect(names.map((name) => [name.name, name.lookalike?.id])).toEqual([['Tel Abjad', 'tel-abyad']]);
  });

  it('keeps "Save the Children" whole, splits a lost line break and drops "-backed" and compass words', () => {
    const names = findUnknownNames(
      paragraphs('Aid workers of Save the Children said the Turkey-backed groups in the North had reached the camp in SyrieLe matin.'),
      [],
      'en',
    );
    expect(names.map((name) => name.name)).toEqual(['Save the Children', 'Turkey', 'Syrie']);
    expect(names.every((name) => name.reason !== '')).toBe(true);
  });
});

describe('numbers', () => {
  it('says days, years, ages and times are not figures', () => {
    const found = findNumbers('On October 13, 2019, at 13:39, a 34-year-old guard aged 34 said 250 people had gone, at 10 a.m.', 'en');
    expect(found.map((number) => [number.words, number.notFigure])).toEqual([
      ['2019', 'a year'],
      ['13:39', 'a time of day'],
      ['34', 'an age'],
      ['34', 'an age'],
      ['250', null],
      ['10', 'a time of day'],
    ]);
  });

  it('reads Eastern Arabic digits and "ألف" (thousand)', () => {
    const found = findNumbers('قال المسؤول إن ١٢ ألف مقاتل محتجزون وإن ٧٥٠ شخصا فروا ومئات آخرين.', 'ar');
    expect(found.map((number) => [number.words, number.value])).toEqual([
      ['١٢ ألف', 12000],
      ['٧٥٠', 750],
    ]);
    expect(readNumber('٧٥٠', 'ar')).toBe(750);
  });

  it('suggests a figure only when the sentence counts the same thing, and says how sure', () => {
    const figures: FigureForMatching[] = [
      {
        id: 'escapees',
        label: 'People who escaped from the Ayn Issa camp',
        unit: 'people',
        entities: ['ayn-issa'],
        claims: [{ min: 859, max: 859, article: 'a' }],
      },
      {
        id: 'fighters-held',
        label: 'IS fighters held captive in northeast Syria',
        unit: 'people',
        entities: ['sdf'],
        claims: [{ min: 12000, max: 12000, article: 'b' }],
      },
    ];
    const setting = (paragraphEntities: string[], sentencePlaces: string[]) => ({
      articleEntities: paragraphEntities,
      paragraphEntities,
      sentencePlaces,
      placeIds: new Set(['ayn-issa']),
    });
    const [held] = findNumbers('About 950 people were held in the camp at Ayn Issa.', 'en');
    expect(suggestFigure(held!, setting(['ayn-issa'], ['ayn-issa']), figures)).toBeNull();
    const [population] = findNumbers('The camp has a population of 13,000.', 'en');
    expect(suggestFigure(population!, setting([], []), figures)).toBeNull();
    const [escaped] = findNumbers('Some 850 people escaped from the camp at Ayn Issa.', 'en');
    expect(suggestFigure(escaped!, setting(['ayn-issa'], ['ayn-issa']), figures)).toMatchObject({ id: 'escapees', sure: 'probably' });
    const [unplaced] = findNumbers('Some 850 people escaped from the camp.', 'en');
    expect(suggestFigure(unplaced!, setting(['ayn-issa'], []), figures)).toMatchObject({ id: 'escapees', sure: 'perhaps' });
  });
});

describe('dates', () => {
  it('reads an Arabic dateline with Eastern Arabic digits', () => {
    expect(dateInText('الأحد ١٣ أكتوبر ٢٠١٩ - ١٣:٣٩')?.date.iso).toBe('2019-10-13');
  });

  it('resolves Arabic relative dates by its own table, and Portuguese ones by chrono-node', () => {
    expect(
      relativeDates('فر المحتجزون يوم الأحد الماضي، وقال مسؤول أمس إن الأسبوع الماضي كان هادئا.', 'ar', day('2019-10-16')).map((date) => [
        date.words,
        date.iso,
      ]),
    ).toEqual([
      ['يوم الأحد الماضي', '2019-10-13'],
      ['أمس', '2019-10-15'],
      ['الأسبوع الماضي', undefined],
    ]);
    expect(relativeDates('As famílias fugiram ontem.', 'pt', day('2019-10-16')).map((date) => [date.words, date.iso])).toEqual([
      ['ontem', '2019-10-15'],
    ]);
  });

  it('flags a resolved date that disagrees with an event at the same place', () => {
    const events = [{ id: 'escape', date: day('2019-10-13'), places: ['ayn-issa'] }];
    expect(dateConflict('2019-10-12', ['ayn-issa'], events)).toMatch(/escape about ayn-issa is dated 2019-10-13/);
    expect(dateConflict('2019-10-13', ['ayn-issa'], events)).toBeNull();
    expect(dateConflict('2019-10-12', ['raqqa'], events)).toBeNull();
  });
});

describe('language', () => {
  it('detects Arabic and Turkish, and marks right-to-left languages', () => {
    expect(
      detectLanguage('قالت الإدارة الكردية إن نحو ٧٥٠ شخصا فروا من المخيم يوم الأحد الماضي بعد القصف التركي على البلدة القريبة.').tag,
    ).toBe('ar');
    expect(
      detectLanguage('Kampta tutulan aileler pazar günü bombardıman başladıktan sonra kamptan kaçtı ve yetkililer sayımı sürdürüyor.').tag,
    ).toBe('tr');
    expect(isRightToLeft('ar')).toBe(true);
    expect(isRightToLeft('fa-AF')).toBe(true);
    expect(isRightToLeft('en')).toBe(false);
  });
});

describe('URLs and encodings', () => {
  it('takes www, AMP variants and tracking parameters for the same URL, and stores none of the tracking', () => {
    const key = canonicalUrlKey('https://www.example.org/2019/10/16/camp.html');
    for (const variant of [
      'https://example.org/2019/10/16/camp.html',
      'https://www.example.org/amp/2019/10/16/camp.html',
      'https://www.example.org/2019/10/16/camp.amp.html',
      'https://example.org/2019/10/16/camp.html?amp=1&utm_source=x',
    ]) {
      expect(canonicalUrlKey(variant)).toBe(key);
    }
    expect(withoutTracking('https://example.org/a?id=3&utm_source=x&fbclid=y#top')).toBe('https://example.org/a?id=3');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const text = 'Families left the camp near Ain Issa.\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeCapture(bytes, 'x.txt')).toBe(text);
    expect(() => decodeCapture(Buffer.from(text, 'utf16le'), 'x.txt')).toThrow(/iconv -f UTF-16 -t UTF-8/);
  });
});
