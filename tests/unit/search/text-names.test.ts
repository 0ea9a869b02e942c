/**
 * Names in running text are recognised exactly as the search page
 * recognises them in a query: captures in the archive's languages, written
 * for these tests, against the real entities.
 */
import { describe, expect, it } from 'vitest';
import { loadArchiveFromDisk } from '../../../src/lib/content/archive-from-disk.ts';
import { NameIndex } from '../../../src/lib/search/name-index.ts';
import { splitQuery } from '../../../src/lib/search/search-terms.ts';
import { TextNames } from '../../../src/lib/search/text-names.ts';

const archive = loadArchiveFromDisk();
const index = new NameIndex(
  archive.entities.map((entity) => ({ id: entity.id, kind: entity.data.kind, names: [entity.data.name, ...entity.data.aliases] })),
);
const names = new TextNames(index);

/** Captures in the project's own words, with the entities a reader would find them by. */
const CAPTURES: { language: string; text: string; entities: string[] }[] = [
  {
    language: 'en',
    text: 'Isis fighters held near Qamichli were moved on Sunday, officials said.',
    entities: ['islamic-state', 'qamishli'],
  },
  {
    language: 'tr',
    text: "Kamışlı'da tutulan DEAŞ militanlarından bazılarının Ayn İsa kampından kaçtığı bildirildi.",
    entities: ['qamishli', 'islamic-state', 'ayn-issa'],
  },
  { language: 'ku', text: 'Jin û zarokên ku li kampa Eyn Îsa bûn, ber bi Qamişlo ve çûn.', entities: ['ayn-issa', 'qamishli'] },
  {
    language: 'fr',
    text: "Des djihadistes de Daech ont fui le camp d'Aïn Issa, près de Kamichli, selon les FDS.",
    entities: ['islamic-state', 'ayn-issa', 'qamishli', 'sdf'],
  },
  {
    language: 'ar',
    text: 'فرّ عناصر من داعش من مخيم عين عيسى قرب القامشلي، بحسب قسد.',
    entities: ['islamic-state', 'ayn-issa', 'qamishli', 'sdf'],
  },
];

describe('names in running text', () => {
  it.each(CAPTURES)('finds in $language text the entities search finds the same words as', ({ text, entities }) => {
    const found = names.find(text);
    expect(found.map((name) => name.entity.id)).toEqual(entities);
    // Each name as written, typed into search, resolves to the same entity.
    for (const name of found) {
      const typed = text.slice(name.start, name.end);
      expect(index.lookupRun(typed)?.entity.id).toBe(name.entity.id);
      expect(splitQuery(typed, index).names.map((query) => query.match.entity.id)).toEqual([name.entity.id]);
    }
  });

  it('marks each name where the text spells it, with the entity name it is a spelling of', () => {
    const text = 'Families left the AIN-ISSA camp for al Hawl.';
    expect(names.find(text).map((name) => [text.slice(name.start, name.end), name.name])).toEqual([
      ['AIN-ISSA', 'Ain Issa'],
      ['al Hawl', 'al-Hawl'],
    ]);
  });

  it('takes an acronym in lower case for the ordinary word, and a word of a name beside another capitalised word for part of another name', () => {
    const spanish = 'Un portavoz nos dijo que la NOS lo había publicado.';
    expect(names.find(spanish).map((name) => [spanish.slice(name.start, name.end), name.entity.id])).toEqual([['NOS', 'nos']]);
    expect([...names.entityIds('A spokesman, Karim Abyad, did not comment.')]).toEqual([]);
    expect([...names.entityIds('The town of Abyad fell; Trump spoke.')]).toEqual(['tel-abyad', 'donald-trump']);
  });

  it('takes the longest name at each word, with an article before it, and does not join words across a full stop', () => {
    const text = 'Convoys left El Hol and ar-Raqqah.';
    expect(names.find(text).map((name) => text.slice(name.start, name.end))).toEqual(['El Hol', 'ar-Raqqah']);
    expect(names.find('Abu Bakr al-Baghdadi').map((name) => name.entity.id)).toEqual(['abu-bakr-al-baghdadi']);
    expect([...names.entityIds('They reached Tel. Abyad was quiet.')]).toEqual(['tel-abyad']);
    expect(names.find('They reached Tel. Abyad was quiet.').map((name) => name.by)).toEqual(['word']);
  });
});
