import { describe, expect, it } from 'vitest';
import { describeOutlet, figuresForEntity, figuresForTopic } from '../../../src/lib/content/figures.ts';
import { checkArchive } from '../../../src/lib/content/integrity.ts';
import { formatProblem, type ArchiveInput } from '../../../src/lib/content/problems.ts';
import { figureSchema } from '../../../src/schemas/figure.ts';
import { loadArchiveFromDisk } from '../../../src/lib/content/archive-from-disk.ts';

/** A fresh, deep copy of the real archive to break in one way per test. */
function archive(): ArchiveInput {
  return structuredClone(loadArchiveFromDisk());
}

const problemsOf = (input: ArchiveInput) => checkArchive(input).map(formatProblem);
const ELMUNDO = '2019-10-16-el-mundo-ayn-issa-escape';
const ESCAPEES = 'content/figures/ayn-issa-escapees.yaml';

/** The Ayn Issa escape figure of an archive copy, to break. */
const escapees = (input: ArchiveInput) => input.figures.find((figure) => figure.file === ESCAPEES)!;

describe('checkArchive on figures', () => {
  it('names the file and claim of a value its paragraph does not contain', () => {
    const input = archive();
    escapees(input).data.claims[0]!.value = '860';
    escapees(input).data.claims[0]!.normalised = { min: 860, max: 860, approximate: false }; // As the words read, so only the paragraph check speaks.
    expect(problemsOf(input)).toEqual([`${ESCAPEES} › claims[0].value: paragraph 3 of ${ELMUNDO} does not contain "860"`]);
  });

  it('does not accept a value found only inside a longer number', () => {
    const input = archive();
    const claim = escapees(input).data.claims[0]!;
    claim.source.paragraph = 7; // "12,000 prisoners … 2,000 are not … some 62,000": no "000" of its own.
    claim.value = '000';
    claim.normalised = { min: 0, max: 0, approximate: false }; // As the words read, so only the paragraph check speaks.
    claim.saidBy = undefined;
    expect(problemsOf(input)).toEqual([`${ESCAPEES} › claims[0].value: paragraph 7 of ${ELMUNDO} does not contain "000"`]);
  });

  it('refuses a normalised number its words do not say, naming both readings', () => {
    const input = archive();
    const claim = escapees(input).data.claims[0]!;
    claim.normalised = { min: 8590, max: 8590, approximate: false };
    expect(problemsOf(input)).toEqual([
      `${ESCAPEES} › claims[0].normalised: "859" reads as 859, not 8,590 (the rules are in src/lib/content/quantities.ts)`,
    ]);
    claim.normalised = { min: 859, max: 900, approximate: true };
    expect(problemsOf(input)).toEqual([
      `${ESCAPEES} › claims[0].normalised: "859" reads as 859, not about 859 to 900 (the rules are in src/lib/content/quantities.ts)`,
    ]);
  });

  it('checks the attribution against the paragraph, word for word', () => {
    const input = archive();
    escapees(input).data.claims[0]!.saidBy!.words = 'Yalal Ayaf, co-head of the camp';
    expect(problemsOf(input)).toEqual([
      `${ESCAPEES} › claims[0].saidBy.words: paragraph 3 of ${ELMUNDO} does not contain "Yalal Ayaf, co-head of the camp"`,
    ]);
  });

  it('names a cited article or paragraph that does not exist', () => {
    const input = archive();
    const [claim] = escapees(input).data.claims;
    input.figures.push({
      id: 'broken',
      file: 'content/figures/broken.yaml',
      data: {
        ...escapees(input).data,
        claims: [
          { ...claim!, source: { article: 'no-such-article', paragraph: 1 } },
          { ...claim!, source: { article: ELMUNDO, paragraph: 99 } },
        ],
      },
    });
    const paragraphCount = input.articles.find((article) => article.id === ELMUNDO)!.paragraphs.length;
    expect(problemsOf(input)).toEqual([
      'content/figures/broken.yaml › claims[0].source.article: no article "no-such-article" exists in content/articles/',
      `content/figures/broken.yaml › claims[1].source.paragraph: ${ELMUNDO} has ${paragraphCount} paragraphs, not 99`,
    ]);
  });

  it('names entities and topics that do not exist, and a place given as a speaker', () => {
    const input = archive();
    const figure = escapees(input);
    figure.data.entities = ['ayn-issa', 'ain-issa'];
    figure.data.topics = ['no-such-topic'];
    figure.data.claims[0]!.saidBy!.entity = 'ayn-issa';
    input.figures.push({ ...structuredClone(figure), file: 'content/figures/copy.yaml' });
    input.figures.at(-1)!.data.claims[0]!.saidBy!.entity = 'nobody';
    expect(problemsOf(input)).toEqual([
      `${ESCAPEES} › entities[1]: no entity "ain-issa" exists in content/entities/`,
      `${ESCAPEES} › topics[0]: no topic "no-such-topic" exists in content/topics/`,
      `${ESCAPEES} › claims[0].saidBy.entity: "ayn-issa" is a place; a number is given by a person or organisation`,
      'content/figures/copy.yaml › entities[1]: no entity "ain-issa" exists in content/entities/',
      'content/figures/copy.yaml › topics[0]: no topic "no-such-topic" exists in content/topics/',
      'content/figures/copy.yaml › claims[0].saidBy.entity: no entity "nobody" exists in content/entities/',
    ]);
  });
});

describe('figureSchema', () => {
  const claim = {
    value: '859',
    normalised: 859,
    date: '2019-10-13',
    dateKind: 'as-of',
    source: { article: ELMUNDO, paragraph: 3 },
  };
  const figure = (changes: Record<string, unknown>) => ({ label: 'x', unit: 'people', claims: [{ ...claim, ...changes }] });
  const issues = (data: unknown) => {
    const result = figureSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('reads a bare number as an exact value', () => {
    expect(figureSchema.parse(figure({})).claims[0]!.normalised).toEqual({ min: 859, max: 859, approximate: false });
  });

  it('refuses a normalised number with no bound, or a floor above its ceiling', () => {
    expect(issues(figure({ normalised: { approximate: true } }))[0]).toMatch(/^claims\.0\.normalised: give min, max or both/);
    expect(issues(figure({ normalised: { min: 10, max: 5 } }))).toEqual(['claims.0.normalised.max: max (5) is below min (10)']);
  });

  it('refuses a span that ends before it starts, and an unknown kind of date', () => {
    expect(issues(figure({ date: '2013', endDate: '2012' }))).toEqual(['claims.0.endDate: endDate (2012) is before date (2013)']);
    expect(issues(figure({ dateKind: 'published' }))[0]).toMatch(/^claims\.0\.dateKind:/);
  });

  it('needs at least one claim', () => {
    expect(issues({ label: 'x', unit: 'people', claims: [] })).toEqual(['claims: a figure needs at least one claim']);
  });
});

describe('selections', () => {
  const { figures } = loadArchiveFromDisk();
  const ids = (list: readonly { id: string }[]) => list.map((figure) => figure.id).sort();

  it('finds the figures about an entity, and those with a claim it gave', () => {
    expect(ids(figuresForEntity(figures, 'al-hol'))).toEqual(['al-hol-camp-population', 'foreign-prisoners-in-camps']);
    const withoutListing = figures.map((figure) => ({ ...figure, data: { ...figure.data, entities: [] } }));
    expect(ids(figuresForEntity(withoutListing, 'yalal-ayaf'))).toEqual(['ayn-issa-escapees']);
    expect(figuresForEntity(figures, 'nato')).toEqual([]);
  });

  it('finds the figures filed under a topic', () => {
    expect(ids(figuresForTopic(figures, 'is-resurgence'))).toEqual(['breaking-the-walls-inmates-freed', 'is-fighters-feared-to-escape']);
  });
});

describe('describeOutlet', () => {
  const publisher = { name: 'El Mundo', url: 'https://www.elmundo.es/' };

  it('names the publisher, and says whose words a translation or a report gives', () => {
    expect(describeOutlet({ publisher, language: 'en', reports: [] })).toBe('El Mundo');
    expect(describeOutlet({ publisher, language: 'en', translation: { method: 'machine', fromLanguage: 'es' }, reports: [] })).toBe(
      'El Mundo (English machine translation)',
    );
    expect(describeOutlet({ publisher, language: 'de', translation: { method: 'human', fromLanguage: 'es' }, reports: [] })).toBe(
      'El Mundo (German translation)',
    );
    expect(
      describeOutlet({
        publisher: { ...publisher, name: 'Leiden University' },
        language: 'en',
        reports: [{ publisher: 'NOS', language: 'nl' }],
      }),
    ).toBe('Leiden University, reporting NOS');
  });
});
