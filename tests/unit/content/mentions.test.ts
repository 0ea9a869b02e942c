import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/lib/content/mentions.ts';

describe('findMentions', () => {
  const paragraphs = [
    { number: 1, text: 'Camps such as Ayn Issa or Al Hol.', line: 1 },
    { number: 2, text: 'The number is unknown.', line: 3 },
    { number: 3, text: 'Members of the IS in al-Hol.', line: 5 },
  ];
  const names = new Map([
    ['al-hol', ['al-Hol camp', 'al-Hol', 'Al Hol']],
    ['islamic-state', ['Islamic State', 'IS']],
  ]);

  it('lists each paragraph naming an entity in any of its spellings', () => {
    const mentions = findMentions([{ id: 'a', entities: ['al-hol', 'islamic-state'], paragraphs }], names);
    expect(mentions.get('al-hol')!.map((m) => m.paragraph)).toEqual([1, 3]);
    expect(mentions.get('islamic-state')!.map((m) => m.paragraph)).toEqual([3]);
  });

  it('looks only for the entities the article lists', () => {
    const mentions = findMentions([{ id: 'a', entities: ['islamic-state'], paragraphs }], names);
    expect(mentions.has('al-hol')).toBe(false);
  });
});
