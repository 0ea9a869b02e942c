import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/lib/content/mentions.ts';
import { TextNames } from '../../../src/lib/search/text-names.ts';

describe('findMentions', () => {
  const paragraphs = [
    { number: 1, text: 'Camps such as Ayn Issa or Al Hol.', line: 1 },
    { number: 2, text: 'The number is unknown.', line: 3 },
    { number: 3, text: 'Members of the IS in al-Hol.', line: 5 },
    { number: 4, text: 'Isis families held near Kamichli were moved to al-Hawl.', line: 7 },
    { number: 5, text: 'Baghdadi was not seen; Abu Bakr al-Baghdadi was named.', line: 9 },
  ];
  // Names as the archive's entity files give them; the finder knows every entity, as search does.
  const names = new TextNames([
    { id: 'al-hol', kind: 'place', names: ['al-Hol camp', 'al-Hol', 'Al Hol'] },
    { id: 'islamic-state', kind: 'organisation', names: ['Islamic State', 'IS', 'ISIS'] },
    { id: 'qamishli', kind: 'place', names: ['Qamishli'] },
    { id: 'abu-bakr-al-baghdadi', kind: 'person', names: ['Abu Bakr al-Baghdadi'] },
  ]);
  const article = (entities: string[]) => [{ id: 'a', entities, paragraphs }];
  const listed = (mentions: Map<string, { paragraph: number }[]>, id: string) => mentions.get(id)?.map((m) => m.paragraph);

  it('lists each paragraph naming an entity in any of its spellings', () => {
    const mentions = findMentions(article(['al-hol', 'islamic-state']), names);
    expect(listed(mentions, 'al-hol')).toEqual([1, 3, 4]);
    expect(listed(mentions, 'islamic-state')).toEqual([3, 4]);
  });

  it('lists a paragraph that names the entity only in a form search folds to it, or by one word of a person’s name', () => {
    // "Isis" and "Kamichli" are ISIS and Qamishli to search; "Baghdadi" alone is Abu Bakr al-Baghdadi.
    const mentions = findMentions(article(['islamic-state', 'qamishli', 'abu-bakr-al-baghdadi']), names);
    expect(listed(mentions, 'qamishli')).toEqual([4]);
    expect(listed(mentions, 'islamic-state')).toEqual([3, 4]);
    expect(listed(mentions, 'abu-bakr-al-baghdadi')).toEqual([5]);
  });

  it('marks every name of the entity where the paragraph spells it', () => {
    const mentions = findMentions(article(['al-hol', 'abu-bakr-al-baghdadi']), names);
    const marked = (id: string) => mentions.get(id)!.map((m) => m.marks.map(([start, end]) => m.text.slice(start, end)));
    expect(marked('al-hol')).toEqual([['Al Hol'], ['al-Hol'], ['al-Hawl']]);
    expect(marked('abu-bakr-al-baghdadi')).toEqual([['Baghdadi', 'Abu Bakr al-Baghdadi']]);
  });

  it('looks only for the entities the article lists', () => {
    const mentions = findMentions(article(['islamic-state']), names);
    expect(mentions.has('al-hol')).toBe(false);
    expect(mentions.has('qamishli')).toBe(false);
  });
});
