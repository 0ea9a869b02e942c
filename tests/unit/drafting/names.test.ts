import { describe, expect, it } from 'vitest';
import { findKnownEntities, findUnknownNames, type KnownEntity } from '../../../scripts/lib/new-article/names.ts';
import { bodyParagraphs } from '../../../src/lib/content/paragraphs.ts';

const entities: KnownEntity[] = [
  { id: 'ayn-issa', kind: 'place', names: ['Ayn Issa', 'Ain Issa'] },
  { id: 'al-hol', kind: 'place', names: ['al-Hol camp', 'al-Hol', 'al-Hawl'] },
  { id: 'yalal-ayaf', kind: 'person', names: ['Yalal Ayaf'] },
  { id: 'sdf', kind: 'organisation', names: ['Syrian Democratic Forces', 'SDF'] },
];

const paragraphs = bodyParagraphs(
  [
    'Chaos followed at the AIN-ISSA camp, where Jelal Ayaf, who runs it, counted the tents.',
    'A spokesman, Karim Haddad, told the Syrian Observatory for Human Rights that families had reached Hasakah.',
    'Turkish and Kurdish-led forces, the Syrian Democratic Forces among them, said the al Hawl camp was calm.',
  ].join('\n\n'),
);

describe('findKnownEntities', () => {
  it('finds entities in any spelling the search accepts, with the name that matched in each paragraph', () => {
    expect(findKnownEntities(paragraphs, entities)).toEqual([
      { id: 'ayn-issa', name: 'Ayn Issa', kind: 'place', mentions: [{ paragraph: 1, name: 'Ain Issa' }] },
      { id: 'al-hol', name: 'al-Hol camp', kind: 'place', mentions: [{ paragraph: 3, name: 'al-Hawl' }] },
      { id: 'sdf', name: 'Syrian Democratic Forces', kind: 'organisation', mentions: [{ paragraph: 3, name: 'Syrian Democratic Forces' }] },
    ]);
  });
});

describe('findUnknownNames', () => {
  it('lists names the archive does not know, with a guess at their kind, and one that looks like a known name', () => {
    expect(findUnknownNames(paragraphs, entities)).toEqual([
      {
        name: 'Jelal Ayaf',
        paragraphs: [1],
        kindGuess: null,
        lookalike: { id: 'yalal-ayaf', name: 'Yalal Ayaf' },
        reason: '2 capitalised words together',
      },
      { name: 'Karim Haddad', paragraphs: [2], kindGuess: 'person', reason: '2 capitalised words together' },
      { name: 'Syrian Observatory for Human Rights', paragraphs: [2], kindGuess: 'organisation', reason: '5 capitalised words together' },
      { name: 'Hasakah', paragraphs: [2], kindGuess: 'place', reason: 'capitalised mid-sentence' },
    ]);
  });
});
