import { describe, expect, it } from 'vitest';
import { findKnownEntities, findUnknownNames, type KnownEntity } from '../../../scripts/lib/new-article/names.ts';
import { bodyParagraphs } from '../../../src/lib/content/paragraphs.ts';
import { loadArchiveFromDisk } from '../../../src/lib/content/archive-from-disk.ts';

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
      { id: 'ayn-issa', name: 'Ayn Issa', kind: 'place', mentions: [{ paragraph: 1, name: 'AIN-ISSA' }] },
      { id: 'al-hol', name: 'al-Hol camp', kind: 'place', mentions: [{ paragraph: 3, name: 'al Hawl camp' }] },
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

describe('findKnownEntities with the archive’s entities', () => {
  it('lists what search finds: "Isis", "Qamichli", "Daech", "Ayn İsa", Kurmanji "Qamişlo"', () => {
    const archive = loadArchiveFromDisk();
    const known: KnownEntity[] = archive.entities.map((entity) => ({
      id: entity.id,
      kind: entity.data.kind,
      names: [entity.data.name, ...entity.data.aliases],
    }));
    const text = bodyParagraphs(
      [
        'Isis fighters held near Qamichli were moved on Sunday, officials said.',
        "Des djihadistes de Daech ont fui le camp d'Aïn Issa.",
        "Kamışlı'da tutulanların bir kısmı Ayn İsa kampından kaçtı.",
        'Jin û zarok ji Qamişlo çûn.',
      ].join('\n\n'),
    );
    expect(findKnownEntities(text, known).map((entity) => [entity.id, entity.mentions.map((mention) => mention.paragraph)])).toEqual([
      ['ayn-issa', [2, 3]],
      ['islamic-state', [1, 2]],
      ['qamishli', [1, 3, 4]],
    ]);
  });
});
