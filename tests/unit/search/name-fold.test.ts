/**
 * Fold keys: every rule, the rules applied backwards to every real entity's
 * names, spellings seen in the news, and near misses that must stay apart.
 */
import { describe, expect, it } from 'vitest';
import { checkFoldKeys, findSharedFoldKeys } from '../../../src/lib/content/checks/fold-keys.ts';
import { ARTICLES, FOLD_RULES, foldName, nameKeys, TELL_FORMS, wordKeys } from '../../../src/lib/search/name-fold.ts';
import { loadArchiveFromDisk } from '../../../src/lib/content/archive-from-disk.ts';
import { NEAR_MISSES, NEWS_SPELLINGS, variantsOf } from '../../support/spellings.ts';

const archive = loadArchiveFromDisk();
const entities = archive.entities.map((entity) => ({
  id: entity.id,
  kind: entity.data.kind,
  names: [entity.data.name, ...entity.data.aliases],
}));

/** Pairs of spellings each rule makes equal, written for these tests. */
const RULE_EXAMPLES: Record<string, [string, string][]> = {
  'j written as dj': [
    ['Djazira', 'Jazira'],
    ['Djihad', 'Jihad'],
  ],
  'gh, ğ and g': [
    ['Erdoghan', 'Erdoğan'],
    ['Erdoghan', 'Erdogan'],
    ['Baghdadi', 'Bagdadi'],
  ],
  'sh, ch, ş and s': [
    ['Kamichli', 'Qamishli'],
    ['Kamışlı', 'Kamishli'],
    ['Daech', 'Daesh'],
    ['Hasakah', 'Hashakah'],
  ],
  'q and k': [
    ['Raqqa', 'Rakka'],
    ['Qamishli', 'Kamishli'],
    ['Iraq', 'Irak'],
  ],
  'o, ou, u and aw': [
    ['al-Hawl', 'al-Hol'],
    ['Houl', 'Hol'],
    ['Hul', 'Hawl'],
  ],
  'ay, ai, ei and ey': [
    ['Ayn Issa', 'Ain Issa'],
    ['Ein Issa', 'Eyn Issa'],
    ['Laila', 'Layla'],
  ],
  'a final h after a vowel': [
    ['Raqqah', 'Raqqa'],
    ['Hasakah', 'Hasaka'],
  ],
  'a final i, y or ee': [
    ['Qamishli', 'Qamishly'],
    ['Qamishlee', 'Qamishli'],
  ],
  'doubled letters': [
    ['Raqqa', 'Raqa'],
    ['Issa', 'Isa'],
    ['Bakker', 'Baker'],
  ],
};

describe('each fold rule', () => {
  it('has examples in this test', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(FOLD_RULES.map((rule) => rule.covers).sort());
  });

  it.for(FOLD_RULES.flatMap((rule) => (RULE_EXAMPLES[rule.covers] ?? []).map(([a, b]) => ({ covers: rule.covers, a, b }))))(
    '$covers: "$a" and "$b" fold alike',
    ({ a, b }) => {
      expect(foldName(a)).toBe(foldName(b));
    },
  );

  it.each(ARTICLES.map((article) => [article]))('the article "%s-" before a name is dropped, hyphenated or spaced', (article) => {
    expect(foldName(`${article}-Raqqa`)).toBe(foldName('Raqqa'));
    expect(foldName(`${article.toUpperCase()} Raqqa`)).toBe(foldName('Raqqa'));
  });

  it('keeps a word that only looks like an article when it stands alone', () => {
    expect(foldName('As')).toBe('as');
    expect(foldName('Al')).not.toBe('');
  });

  it.each(TELL_FORMS.map((form) => [form]))('"%s" in a place name folds like every other spelling of tell', (form) => {
    expect(foldName(`${form} Abyad`)).toBe(foldName('Tel Abyad'));
  });

  it.each([
    ["Ba'ath", 'Baath'],
    ['Baʿath', 'Baath'],
    ['Raʾs', 'Ras'],
    ['Ba’ath', 'Baath'],
  ])('apostrophes and transliteration marks: "%s" folds like "%s"', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([
    ['Erdoğan', 'Erdogan'],
    ['Girê Spî', 'Gire Spi'],
    ['Fuerzas Democráticas Sirias', 'Fuerzas Democraticas Sirias'],
    ['ÇAKIR', 'cakir'],
  ])('diacritics and case: "%s" folds like "%s"', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it('runs the words of a name together, whatever separates them', () => {
    expect(foldName('Tel Abyad')).toBe(foldName('Tel-Abyad'));
    expect(foldName('Ayn Issa')).toBe(foldName('AynIssa'));
    expect(foldName('Ayn Issa')).toBe(foldName('ayn_issa'));
  });
});

describe('unlisted spellings of every entity, made by the rules in reverse', () => {
  const cases = entities.flatMap((entity) =>
    entity.names
      .filter((name) => /\p{Ll}/u.test(name))
      .flatMap((name) => variantsOf(name).map((variant) => ({ id: entity.id, name, variant }))),
  );

  it('gives each name many variants', () => {
    expect(cases.length).toBeGreaterThan(entities.length * 10);
  });

  it.for(cases)('"$variant" folds like "$name" ($id)', ({ name, variant }) => {
    expect(foldName(variant)).toBe(foldName(name));
  });
});

describe('spellings from the news that nobody listed', () => {
  it.each(NEWS_SPELLINGS)('"%s" folds to a key of %s', (spelling, id) => {
    const owners = entities.filter((entity) => nameKeys(entity.names).includes(foldName(spelling))).map((entity) => entity.id);
    expect(owners).toEqual([id]);
  });
});

describe('near misses stay apart', () => {
  it.each(NEAR_MISSES)('"%s" is not a key of %s', (spelling, id) => {
    const entity = entities.find((candidate) => candidate.id === id)!;
    const keys = [...nameKeys(entity.names), ...wordKeys(entity.kind, entity.names)];
    expect(keys).not.toContain(foldName(spelling));
  });
});

describe('fold keys of the real entities', () => {
  it('are never shared by two entities', () => {
    expect(findSharedFoldKeys(entities)).toEqual([]);
  });

  it('are reported when two entities would share one, with the names that clash', () => {
    const shared = findSharedFoldKeys([
      { id: 'al-hol', names: ['al-Hol', 'al-Hawl'] },
      { id: 'hul', names: ['Hul'] },
      { id: 'raqqa', names: ['Raqqa'] },
    ]);
    expect(shared).toEqual([
      {
        key: 'hol',
        owners: [
          { id: 'al-hol', names: ['al-Hol', 'al-Hawl'] },
          { id: 'hul', names: ['Hul'] },
        ],
      },
    ]);
  });
});

describe('checkFoldKeys', () => {
  it('names each entity file whose spelling would lead to another entity too', () => {
    const entry = (id: string, name: string, aliases: string[]) => ({
      id,
      file: `content/entities/${id}.yaml`,
      data: { kind: 'place' as const, name, aliases, description: 'A place.' },
    });
    const problems = checkFoldKeys([entry('raqqa', 'Raqqa', []), entry('rakka-camp', 'Rakka camp', ['Rakkah']), entry('hol', 'Hol', [])]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/entities/rakka-camp.yaml',
        where: 'aliases',
        message: expect.stringMatching(/"Rakkah" reads as "raka".*"Raqqa" of raqqa/),
      }),
      expect.objectContaining({
        file: 'content/entities/raqqa.yaml',
        where: 'aliases',
        message: expect.stringMatching(/"Raqqa" reads as "raka".*"Rakkah" of rakka-camp/),
      }),
    ]);
  });
});

describe('wordKeys', () => {
  it('gives the telling words of people and places, not articles, tell or generic words', () => {
    expect(wordKeys('place', ['Tel Abyad'])).toEqual([foldName('Abyad')]);
    expect(wordKeys('place', ['al-Hol camp'])).toEqual([]);
    expect(wordKeys('person', ['Abu Bakr al-Baghdadi'])).toEqual([foldName('Bakr'), foldName('Baghdadi')]);
  });

  it('gives none for organisations, whose words are ordinary words', () => {
    expect(wordKeys('organisation', ['Syrian Democratic Forces'])).toEqual([]);
  });
});
