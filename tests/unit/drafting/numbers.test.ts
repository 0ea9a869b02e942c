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
  const [number] = findNumbers('Officials counted 850 that night.', 'en');

  it('pins a number on the figure about the same entities with a close value', () => {
    expect(suggestFigure(number!, ['ayn-issa'], figures)).toMatchObject({ id: 'ayn-issa-escapees' });
  });

  it('pins nothing when only one weak sign points at a figure', () => {
    const [stray] = findNumbers('The report ran to 4 pages.', 'en');
    expect(suggestFigure(stray!, ['ayn-issa'], figures)).toBeNull();
  });
});
