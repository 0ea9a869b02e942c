import { describe, expect, it } from 'vitest';
import { archiveLinkProblems, findArchiveLinks } from '../../../src/lib/content/checks/articles.ts';
import { parseMarkdown } from '../../../src/lib/content/paragraphs.ts';
import { findUnsafeMarkup, MAX_NESTING, tooDeeplyNested } from '../../../src/lib/content/unsafe-markup.ts';
import remarkPlainEmails from '../../../src/markdown/remark-plain-emails.ts';

const messages = (body: string) => findUnsafeMarkup(body).map((problem) => `${problem.line}: ${problem.message}`);

describe('article bodies', () => {
  it('refuse headings, whose ids could take a paragraph’s or the page’s', () => {
    expect(messages('Text.\n\n## p-2\n\nMore.\n\nMain\n====\n')).toEqual([
      expect.stringMatching(/^3: a heading; /),
      expect.stringMatching(/^7: a heading; /),
    ]);
  });

  it('match footnote references and definitions one to one, case included', () => {
    const body = [
      'A[^a] and B[^missing].',
      '',
      'C[^c].',
      '',
      '[^a]: Note a.',
      '',
      '[^A]: Note A again.',
      '',
      '[^c]: Note c.',
      '',
      '[^orphan]: Nobody cites me.',
      '',
    ].join('\n');
    expect(messages(body)).toEqual([
      '1: a reference to note [^missing], which has no definition ("[^missing]: …"); it would be shown as its literal text',
      '7: a second definition of note [^A] (the first, [^a], is on body line 5; labels differing only in case are one note); give each note its own label',
      '11: note [^orphan] is defined but nothing refers to it, so it would not be shown; refer to it in the text or remove it',
    ]);
  });

  it('let a plain email address through as text, and still refuse a mailto: link written as one', () => {
    expect(messages('Write to press@example.org for comment.\n')).toEqual([]);
    expect(messages('[Write to us](mailto:press@example.org).\n')).toEqual([expect.stringMatching(/^1: a link to a mailto: URL/)]);
    const tree = parseMarkdown('Write to press@example.org.\n');
    remarkPlainEmails()(tree);
    expect(JSON.stringify(tree)).not.toContain('"link"');
  });

  it('bound nesting before parsing, naming the line', () => {
    const nested = (depth: number) =>
      ['Text.', '', ...Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item`)].join('\n');
    expect(tooDeeplyNested(nested(10))).toBeNull();
    expect(tooDeeplyNested(nested(1000))).toEqual({
      line: 3 + MAX_NESTING,
      message: expect.stringMatching(/nested about 41 levels deep; at most 40/),
    });
    expect(tooDeeplyNested(`${'> '.repeat(500)}quote`)?.line).toBe(1);
  });
});

describe('archiveLinkProblems', () => {
  const context = {
    paragraphsByArticle: new Map([
      ['a', [{ number: 1, text: 'x', line: 1 }]],
      ['b', [1, 2, 3].map((number) => ({ number, text: 'x', line: number }))],
    ]),
  };
  const problems = (body: string) =>
    archiveLinkProblems('a', findArchiveLinks(parseMarkdown(body)), context).map((problem) => `${problem.line}: ${problem.message}`);

  it('refuse links to an article or a paragraph that does not exist, relative ones included', () => {
    expect(
      problems(
        '[x](/articles/no-such-article/) [y](/articles/b/#p-99)\n\n[z](#p-2) [w](../b/#p-3) [v](/articles/b/#p-2) [u](https://example.org/articles/zzz/) [t](/topics/camps/)\n',
      ),
    ).toEqual([
      '1: a link to /articles/no-such-article/, but no article "no-such-article" exists in content/articles/',
      '1: a link to /articles/b/#p-99, but b has 3 paragraphs, not 99',
      '3: a link to #p-2, but a has 1 paragraphs, not 2',
    ]);
  });

  it('checks reference-style links by their definitions, at the line of the link', () => {
    expect(
      problems(
        'See [the report][gone] and [this one][ok], [the site][web].\n\nAlso [GONE].\n\n[gone]: /articles/none/#p-5\n[ok]: /articles/b/#p-2\n[web]: https://example.org/articles/none/\n',
      ),
    ).toEqual([
      '1: a link to /articles/none/#p-5, but no article "none" exists in content/articles/',
      '3: a link to /articles/none/#p-5, but no article "none" exists in content/articles/',
    ]);
  });
});
