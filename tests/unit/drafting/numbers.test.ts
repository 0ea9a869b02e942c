import { describe, expect, it } from 'vitest';
import { findNumbers, readNumber, suggestFigure, type FigureForMatching } from '../../../scripts/lib/new-article/numbers.ts';

describe('findNumbers', () => {
  it('finds digits, number words and vague amounts, but not the day of a date', () => {
    const found = findNumbers(
      'On 13 October some 850 people escaped; 12,000 are held, three hundred moved, hundreds more since 2019.',
      'en',
    );
    expect(found.map((number) => [number.words, number.value, number.year])).toEqual([
      ['850', 850, false],
      ['12,000', 12000, false],
      ['three hundred', 300, false],
      ['hundreds', null, false],
      ['2019', 2019, true],
    ]);
    expect(found[0]!.context).toBe('On 13 October some [850] people escaped; 12,000 are held,');
  });

  it('reads separators as the language writes them', () => {
    expect(readNumber('12.000', 'es')).toBe(12000);
    expect(readNumber('12 000', 'fr')).toBe(12000);
    expect(readNumber('2,5', 'fr')).toBe(2.5);
    expect(readNumber('12,000', 'en')).toBe(12000);
    expect(readNumber('2.5', 'en')).toBe(2.5);
  });
});

describe('numbers that count nothing, and multipliers', () => {
  const reason = (text: string, language = 'en') => findNumbers(text, language).map((number) => [number.words, number.notFigure]);

  it('reads multipliers after digits and "dozen" in the languages of the coverage', () => {
    expect(readNumber('5 bin', 'tr')).toBe(5000);
    expect(readNumber('12 mil', 'es')).toBe(12000);
    expect(readNumber('5 mille', 'fr')).toBe(5000);
    expect(readNumber('3 Tausend', 'de')).toBe(3000);
    expect(readNumber('1.5 million', 'en')).toBe(1_500_000);
    expect(readNumber('13 ألف', 'ar')).toBe(13000);
    expect(readNumber('two dozen', 'en')).toBe(24);
  });

  it('says why a duration, a percentage, money, a clock time or a piece of a date is no figure', () => {
    expect(reason('The siege lasted 24 hours.')).toEqual([['24', 'a duration']]);
    expect(reason('Some 40% were children; yüzde 40 in Turkish.')).toEqual([
      ['40', 'a percentage'],
      ['40', 'a percentage'],
    ]);
    expect(reason('It cost $250 and 40 euros.')).toEqual([
      ['250', 'an amount of money'],
      ['40', 'an amount of money'],
    ]);
    expect(reason('Shelling began at 11.00 on Sunday.')).toEqual([['11.00', 'a time of day']]);
    expect(reason('Dated 13/10/2019.')).toEqual([
      ['13', 'part of a date'],
      ['10', 'part of a date'],
      ['2019', 'part of a date'],
    ]);
    expect(reason('Some 2.50 km away.')).toEqual([['2.50', null]]);
  });
});

describe('suggestFigure', () => {
  const figures: FigureForMatching[] = [
    {
      id: 'ayn-issa-escapees',
      label: 'People who escaped from the Ayn Issa camp',
      unit: 'people',
      entities: ['ayn-issa'],
      claims: [{ min: 859, max: 859, article: 'a' }],
    },
    {
      id: 'camp-distance',
      label: 'Distance of the camp from the border',
      unit: 'km',
      entities: ['ayn-issa'],
      claims: [{ min: 30, max: 30, article: 'a' }],
    },
  ];
  const about = { articleEntities: ['ayn-issa'], paragraphEntities: ['ayn-issa'], sentencePlaces: [], placeIds: new Set(['ayn-issa']) };

  it('pins a number on a figure that counts the same thing, about the same entities, with a close value', () => {
    const [number] = findNumbers('Officials said 850 had escaped that night.', 'en');
    expect(suggestFigure(number!, about, figures)).toMatchObject({ id: 'ayn-issa-escapees', sure: 'perhaps' });
  });

  it('pins nothing on a number whose sentence does not say what it counts, however close its value', () => {
    const [number] = findNumbers('Officials counted 850 that night.', 'en');
    expect(suggestFigure(number!, about, figures)).toBeNull();
  });

  it('pins nothing when only one weak sign points at a figure', () => {
    const [stray] = findNumbers('The report ran to 4 pages.', 'en');
    expect(suggestFigure(stray!, about, figures)).toBeNull();
  });
});
