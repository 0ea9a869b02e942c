/**
 * The warning that an article names an entity it does not list: what an
 * archivist needs after adding an alias, so older articles get listed.
 */
import { describe, expect, it } from 'vitest';
import { TextNames } from '../../../src/lib/search/text-names.ts';
import { unlistedEntityWarnings } from '../../../src/lib/content/checks/unlisted-entities.ts';
import type { ArticleInput } from '../../../src/lib/content/problems.ts';

const finder = new TextNames([
  { id: 'qamishli', kind: 'place', names: ['Qamishli', 'Qamishlo'] },
  { id: 'islamic-state', kind: 'organisation', names: ['Islamic State', 'ISIS', 'DEAŞ'] },
]);

/** An article as the checks read it, with only what this check looks at. */
function article(file: string, entities: string[], paragraphs: string[], draft = false): ArticleInput {
  return {
    id: file,
    file,
    data: { entities, draft, headline: 'A report', headlineSupplied: false },
    paragraphs: paragraphs.map((text, index) => ({ number: index + 1, line: index + 1, text })),
  } as unknown as ArticleInput;
}

describe('unlistedEntityWarnings', () => {
  it('names each published article and each entity it names without listing, with the words that name it', () => {
    const warnings = unlistedEntityWarnings(
      [
        article('a.md', ['qamishli'], ['Isis fighters were moved from Qamichli.', 'DEAŞ denied it.']),
        article('b.md', ['qamishli', 'islamic-state'], ['Isis fighters were moved from Qamichli.']),
        article('c.md', [], ['Qamishlo was calm.'], true),
      ],
      finder,
    );
    expect(warnings).toEqual([
      {
        file: 'a.md',
        where: 'entities',
        message:
          'the text names Islamic State ("Isis", "DEAŞ") but the article does not list "islamic-state": add it, or leave it out if the article is not about it',
      },
    ]);
  });
});
