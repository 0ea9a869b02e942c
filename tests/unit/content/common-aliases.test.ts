/**
 * No entity takes a common word as a name: a stop word of the archive's
 * languages, or a word its articles write in lower case. Entities and texts
 * here are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { checkCommonAliases, type ArticleText } from '../../../src/lib/content/checks/common-aliases.ts';
import { formatProblem, type EntryInput } from '../../../src/lib/content/problems.ts';
import { entitySchema, type Entity } from '../../../src/schemas/entity.ts';

/** A person entity with the given aliases, parsed through the real schema. */
function person(id: string, aliases: string[], name = 'Jana Example'): EntryInput<Entity> {
  return {
    id,
    file: `content/entities/${id}.yaml`,
    data: entitySchema.parse({ kind: 'person', name, aliases, description: 'A person in these tests.' }),
  };
}

const ARTICLES: ArticleText[] = [
  { id: 'one', texts: ['Jana Example visited the camp on Monday.', 'The prison camp was quiet; Example said little.'] },
  { id: 'two', texts: ['Families left the camp at night.', 'Camp Example is a name of this test.'] },
  { id: 'three', texts: ['Nothing here names anyone; the War-Child charity is not in it.'] },
];

const problems = (aliases: string[], name?: string) => checkCommonAliases([person('jana', aliases, name)], ARTICLES).map(formatProblem);

describe('checkCommonAliases', () => {
  it('refuses a word the articles write in lower case, counting and naming the articles it would claim', () => {
    expect(problems(['camp'])).toEqual([
      'content/entities/jana.yaml › aliases[0]: "camp" is a common word, not only a name: 2 articles of the archive write it in lower case (one, two), and as a name it would claim them and take over searches for it; use a longer form that names only this entity, or leave it out',
    ]);
  });

  it('refuses a phrase written in lower case, but not the same words capitalised as a name', () => {
    expect(problems(['prison camp', 'Camp Example'])).toEqual([
      expect.stringMatching(
        /^content\/entities\/jana\.yaml › aliases\[0\]: "prison camp" is a common word, not only a name: 1 article of the archive writes it in lower case \(one\)/,
      ),
    ]);
  });

  it('refuses stop words of the archive\u2019s languages, alone or in a run, and names the language', () => {
    expect(problems(['the', 'de la', 'في'])).toEqual([
      expect.stringMatching(/aliases\[0\]: "the" is a common word of English \(a stop word\)/),
      expect.stringMatching(/aliases\[1\]: "de la" is a common word of (Spanish|French) \(a stop word\)/),
      expect.stringMatching(/aliases\[2\]: "في" is a common word of Arabic \(a stop word\)/),
    ]);
  });

  it('leaves names in a script without letter case to the stop-word rule: every use of them looks alike', () => {
    expect(checkCommonAliases([person('jana', ['الهول'])], [{ id: 'one', texts: ['غادرت العائلات مخيم الهول ليلاً.'] }])).toEqual([]);
  });

  it('checks the canonical name too', () => {
    expect(problems([], 'camp')).toEqual([expect.stringMatching(/^content\/entities\/jana\.yaml › name: "camp" is a common word/)]);
  });

  it('passes names, acronyms and phrases the articles never write in lower case', () => {
    expect(problems(['Example', 'IS', 'War Child', 'Jana', 'Tal Abyad', 'alhol'])).toEqual([]);
    // "al" is a Spanish stop word and "yani" a Turkish one: a name, not a run of one language's stop words.
    expect(problems(['al-Yani'])).toEqual([]);
  });

  it('needs the words of a phrase joined as a name\u2019s parts are, not across a comma', () => {
    expect(
      checkCommonAliases(
        [person('jana', ['quiet example'])],
        [{ id: 'one', texts: ['It was quiet, example or not.', 'It was quiet-example.'] }],
      ).map(formatProblem),
    ).toEqual([expect.stringMatching(/"quiet example" is a common word, not only a name: 1 article/)]);
    expect(checkCommonAliases([person('jana', ['quiet example'])], [{ id: 'one', texts: ['It was quiet, example or not.'] }])).toEqual([]);
  });
});

describe('the entity schema', () => {
  it('refuses a name or alias with no letter or digit, naming the field', () => {
    const result = entitySchema.safeParse({
      kind: 'person',
      name: 'Jana Example',
      aliases: ['—', '...'],
      description: 'A person in these tests.',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'aliases.0: a name needs at least one letter or digit; punctuation alone names nothing',
      'aliases.1: a name needs at least one letter or digit; punctuation alone names nothing',
    ]);
  });
});
