/**
 * Query planning, "did you mean", entity tokens and excerpts that mark a name
 * as the text spells it. Replaces the tests of the former compact-key plan
 * (planSearch's `compact`, the `where` paragraph keywords): the search page
 * now recognises names by their fold keys and opens at the paragraph it
 * finds in the page's own text.
 */
import { describe, expect, it } from 'vitest';
import { NameMatcher } from '../../../src/lib/search/aliases.ts';
import { decodeNames, editDistance, encodeNames, entityToken, NameIndex, type NameRecord } from '../../../src/lib/search/name-index.ts';
import {
  aliasKeywords,
  anchorsWithIndexedText,
  exactQuery,
  markedExcerpt,
  namedExcerpt,
  partsExcerpt,
  planSearch,
  splitQuery,
  wordSpans,
} from '../../../src/lib/search/search-terms.ts';
import { loadArchiveFromDisk } from '../../../src/lib/content/archive-from-disk.ts';

const archive = loadArchiveFromDisk();
const records: NameRecord[] = archive.entities.map((entity) => ({
  id: entity.id,
  kind: entity.data.kind,
  names: [entity.data.name, ...entity.data.aliases],
}));
const names = new NameIndex(records);

describe('planSearch', () => {
  it.each([
    ['al-Hawl', 'al-hol', 'name'],
    ['Hawl', 'al-hol', 'name'],
    ['El Hol', 'al-hol', 'name'],
    ['Kamishli', 'qamishli', 'name'],
    ['Raqa', 'raqqa', 'name'],
    ['ain isa', 'ayn-issa', 'name'],
    ['Erdoghan', 'erdogan', 'name'],
    ['Daech', 'islamic-state', 'name'],
    ['SDF', 'sdf', 'name'],
    ['Baghdadi', 'abu-bakr-al-baghdadi', 'name'],
    ['Bakker', 'edwin-bakker', 'name'],
    ['Abyad', 'tel-abyad', 'word'],
    ['Abiyad', null, null],
  ])('"%s" names %s (by %s)', (query, id, by) => {
    const plan = planSearch(query, names);
    if (id === null) return expect(plan.kind).toBe('words');
    expect(plan).toMatchObject({ kind: 'name', match: { by, entity: { id } } });
  });

  it.each(['Holland', 'Iraq', 'Turkish army', 'Breaking the Walls', 'Peace Spring', 'camp', 'Syrian'])(
    '"%s" is searched as words, not as a name',
    (query) => {
      expect(planSearch(query, names).kind).toBe('words');
    },
  );

  it('searches a name by its entity token, and also as typed unless it is an acronym', () => {
    expect(planSearch('al-Hawl', names)).toMatchObject({ token: entityToken(['al-Hol camp']), phrase: 'al-Hawl' });
    expect(planSearch('IS', names)).toMatchObject({ kind: 'name', phrase: null });
  });

  it('keeps the words of a query, diacritics folded, and respects double quotes', () => {
    expect(planSearch('  Turkish \u2011 army ', names)).toEqual({ kind: 'words', words: ['Turkish', 'army'], quoted: false });
    expect(planSearch('"Peace Spring"', names)).toEqual({ kind: 'words', words: ['Peace', 'Spring'], quoted: true });
    expect(planSearch('Girê', null)).toEqual({ kind: 'words', words: ['Gire'], quoted: false });
  });

  it('treats every query as words without the name index', () => {
    expect(planSearch('al-Hawl', null).kind).toBe('words');
  });

  it('puts a phrase in double quotes, which Pagefind matches exactly', () => {
    expect(exactQuery(['Breaking', 'the', 'Walls'])).toBe('"Breaking the Walls"');
  });
});

describe('"did you mean"', () => {
  it.each([
    ['Qamishla', 'qamishli'],
    ['Erdgan', 'erdogan'],
    ['Edwn Bakker', 'edwin-bakker'],
    ['Abiyad', 'tel-abyad'],
    ['Raqqo', 'raqqa'],
  ])('"%s" suggests %s', (query, id) => {
    expect(names.suggest(query).map((suggestion) => suggestion.entity.id)).toContain(id);
  });

  it.each(['Holland', 'Iraq', 'zzyzxqwv', 'ab', 'al-Hasakah', 'Hasakah', 'حسكة'])('"%s" suggests nothing', (query) => {
    expect(names.suggest(query)).toEqual([]);
  });

  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('hol', 'hol')).toBe(0);
    expect(editDistance('erdogan', 'edrogan')).toBe(1);
    expect(editDistance('holand', 'hol')).toBe(3);
  });
});

describe('entity tokens', () => {
  it('are one per entity, sorted, and never the start of another', () => {
    expect(aliasKeywords([['Raqqa', 'Rakka'], ['al-Hol camp'], ['Raqqa']])).toBe('qxholcampqx qxrakaqx');
    const tokens = records.map((record) => entityToken(record.names));
    for (const token of tokens) expect(tokens.filter((other) => other.startsWith(token))).toEqual([token]);
  });

  it('survive the names file', () => {
    expect(decodeNames(JSON.parse(JSON.stringify(encodeNames(records))))).toEqual(records);
    expect(() => decodeNames([['only-an-id']])).toThrow(/entry 0/);
    // The kind makes the entity's URL, so one the site has no pages for is refused.
    expect(() =>
      decodeNames([
        ['al-hol', 'place', 'al-Hol'],
        ['al-hol', 'camp', 'al-Hol'],
      ]),
    ).toThrow(/entry 1 .*person, place, organisation/);
  });
});

describe('excerpts that show the name', () => {
  const alHol = new NameMatcher(['al-Hol camp', 'al-Hol', 'Al Hol', 'al-Hawl']);
  const anchors = [
    { id: 'p-1', element: 'p', text: 'The offensive began on a Wednesday, with shelling along the border.' },
    { id: 'user-content-fnref-x', element: 'a', text: '1' },
    { id: 'p-2', element: 'p', text: 'Families were moved from Ayn Issa to Al Hol, where the camp was already full.' },
    { id: 'p-3', element: 'p', text: 'Later, al-Hol was cut off.' },
  ];

  it('is the first paragraph naming it, the name marked as the text spells it', () => {
    const excerpt = namedExcerpt(anchors, '', (text) => alHol.spans(text));
    expect(excerpt).toEqual({
      paragraphId: 'p-2',
      spelled: 'Al Hol',
      html: 'Families were moved from Ayn Issa to <mark>Al Hol</mark>, where the camp was already full.',
      offset: null,
    });
  });

  it('falls back to the page text, and is null when the text does not name it', () => {
    expect(namedExcerpt([], 'Place. al-Hol camp. A camp.', (text) => alHol.spans(text))).toMatchObject({
      paragraphId: null,
      spelled: 'al-Hol camp',
    });
    expect(namedExcerpt(anchors.slice(0, 1), 'Nothing here.', (text) => alHol.spans(text))).toBeNull();
  });

  it('cuts long text around the name, escaping the text', () => {
    const text = `${'word '.repeat(40)}the <Al Hol> camp ${'more '.repeat(40)}`.trim();
    const html = markedExcerpt(text, alHol.spans(text), 12);
    expect(html).toMatch(/^… word word the &lt;<mark>Al Hol<\/mark>&gt; camp (more ){5}more …$/);
  });

  it('finds names with other diacritics and separators, at their place in the unfolded text', () => {
    const erdogan = new NameMatcher(['Erdogan']);
    const text = 'Straße: Erdoğan spoke.';
    expect(erdogan.spans(text).map(([from, to]) => text.slice(from, to))).toEqual(['Erdoğan']);
    expect(alHol.spans('AL‐HOL and al-Hawl').length).toBe(2);
  });
});

describe('"did you mean" in Arabic script', () => {
  it.each([
    ['الهوول', 'al-hol'],
    ['عين عيسا', 'ayn-issa'],
    ['القامشل', 'qamishli'],
  ])('"%s" suggests %s, by the distance between Arabic keys', (query, id) => {
    expect(names.suggest(query).map((suggestion) => suggestion.entity.id)).toContain(id);
  });
});

describe('splitQuery: the names inside a query of several words, and its other words', () => {
  /** The split as ids and words, for compact expectations. */
  const split = (query: string) => {
    const { names: found, words } = splitQuery(query, names);
    return { names: found.map((name) => [name.match.entity.id, name.typed]), words };
  };

  it.each([
    // A two-word name before, after and between ordinary words, in spellings nobody listed.
    ['Ain Issa prison', [['ayn-issa', 'Ain Issa']], ['prison']],
    ['escape from Ein Isa camp', [['ayn-issa', 'Ein Isa']], ['escape', 'from', 'camp']],
    ['Hawl children', [['al-hol', 'Hawl']], ['children']],
    ['children in al-Hawl camp', [['al-hol', 'al-Hawl camp']], ['children', 'in']],
    // Two names next to each other.
    [
      'Raqqah Trump',
      [
        ['raqqa', 'Raqqah'],
        ['donald-trump', 'Trump'],
      ],
      [],
    ],
    // A three-word name with words on both sides.
    ['pledge to Abou Bakr el-Baghdadi in camps', [['abu-bakr-al-baghdadi', 'Abou Bakr el-Baghdadi']], ['pledge', 'to', 'in', 'camps']],
    ['Recep Tayyip Erdoghan promised', [['erdogan', 'Recep Tayyip Erdoghan']], ['promised']],
    // The longest run wins: "Tel Abyad" is one name, not "Tel" and "Abyad".
    ['Tall Abyad prison', [['tel-abyad', 'Tall Abyad']], ['prison']],
    // Arabic script: the name, and words folded as the index holds them.
    ['أطفال مخيّم الهول', [['al-hol', 'مخيّم الهول']], ['اطفال']],
    ['قسد والمدرسة', [['sdf', 'قسد']], ['والمدرسه']],
  ])('"%s" is the names %j and the words %j', (query, expectedNames, expectedWords) => {
    expect(split(query)).toEqual({ names: expectedNames, words: expectedWords });
  });

  it('takes a short acronym only as written: "is" in a sentence is a word, "IS" the group', () => {
    expect(split('what is al-Hol')).toEqual({ names: [['al-hol', 'al-Hol']], words: ['what', 'is'] });
    expect(split('IS prisoners')).toEqual({ names: [['islamic-state', 'IS']], words: ['prisoners'] });
  });

  it('counts a name typed twice once', () => {
    expect(split('Hol al-Hawl children').names).toEqual([['al-hol', 'Hol al-Hawl'.split(' ')[0]]]);
  });

  it('plans a query with a name and words as parts, a query that is one name as a name, and a quoted one as a phrase', () => {
    expect(planSearch('Ain Issa prison', names).kind).toBe('parts');
    expect(planSearch('Ain Issa', names).kind).toBe('name');
    expect(planSearch('"Ain Issa prison"', names)).toMatchObject({ kind: 'words', quoted: true, words: ['Ain', 'Issa', 'prison'] });
    expect(planSearch('Turkish army', names).kind).toBe('words');
  });

  it('keeps a number whole: "75,000" is one word', () => {
    expect(planSearch('75,000', names)).toMatchObject({ kind: 'words', words: ['75,000'] });
  });
});

describe('excerpts for a query of names and words', () => {
  const alHol = records.find((record) => record.id === 'al-hol')!;
  const holSpans = (text: string) => new NameMatcher(alHol.names).spans(text);

  it('opens at the paragraph holding the most parts, each marked as the text spells it', () => {
    const anchors = [
      { id: 'p-1', element: 'p', text: 'Children played outside the town.' },
      { id: 'p-2', element: 'p', text: 'In Al Hol camp, many children wait.' },
    ];
    const excerpt = partsExcerpt(anchors, '', [holSpans, wordSpans('children')])!;
    expect(excerpt.paragraphId).toBe('p-2');
    expect(excerpt.html).toBe('In <mark>Al Hol camp</mark>, many <mark>children</mark> wait.');
    expect(excerpt.spelled).toBe('Al Hol camp');
  });

  it('marks a word in the forms the stemmer joins, and Arabic words with their marks and article', () => {
    expect(wordSpans('prison')('Two prisons, one imprisoned man.')).toEqual([[4, 11]]);
    const text = 'في مخيّم الهول';
    expect(wordSpans('مخيم')(text).map(([from, to]) => text.slice(from, to))).toEqual(['مخيّم']);
  });

  it('takes paragraph text from the indexed text, without the footnote numbers Pagefind leaves in its anchors', () => {
    const content = 'Title. The guards of the Syrian Democratic Forces (SDS), in charge. Next paragraph.';
    const anchors = [
      { id: 'p-1', element: 'p', location: 1, text: 'The guards of the Syrian Democratic Forces (SDS)1, in charge.' },
      { id: 'p-2', element: 'p', location: 11, text: 'Next paragraph.' },
    ];
    expect(anchorsWithIndexedText(anchors, content).map((anchor) => anchor.text)).toEqual([
      'The guards of the Syrian Democratic Forces (SDS), in charge.',
      'Next paragraph.',
    ]);
  });
});
