/**
 * The word-for-word rule between an article's body and its capture, and the
 * capture's fixity. Every block of body text counts, whatever Markdown holds
 * it: a sentence the source never printed must not publish as its text from
 * inside a block quote, a list or a table. The bodies and captures here are
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { deriveBodyFacts } from '../../../src/lib/content/body-facts.ts';
import { checkCapture, fixityProblem, sha256Of, type CapturedArticle } from '../../../src/lib/content/capture-check.ts';
import { bodyParagraphs } from '../../../src/lib/content/paragraphs.ts';
import { otherTextBlocks } from '../../../src/lib/content/text-blocks.ts';
import { parseMarkdown } from '../../../src/lib/content/paragraphs.ts';
import { articleSchema } from '../../../src/schemas/article.ts';

/** The fields a draft article needs, for schema checks of one field. */
const MINIMAL_ARTICLE = { draft: true, originalUrl: 'https://example.org/news/1', archived: '2026-12-07' };

const CAPTURE = [
  'Site menu',
  'The council met on Tuesday to discuss the water supply.',
  'A resident said the wells had run dry in the summer.',
  '• Wells in the north',
  '• Wells in the south',
  '1. First, the pumps',
  'District\tWells\tDry',
  'North\t12\t5',
  'The meeting ended without a vote.',
  'Share this story',
].join('\n');

/** An article of the given body, checked against {@link CAPTURE} (or another capture). */
function check(body: string, capture = CAPTURE, options: { cached?: boolean } = {}) {
  const article: CapturedArticle = {
    file: 'content/articles/test.md',
    bodyLineOffset: 10,
    body,
    paragraphs: bodyParagraphs(body),
    ...(options.cached ? { otherText: deriveBodyFacts(body).otherText } : {}),
    data: { headlineSupplied: true, capture: { file: 'captures/test.txt', furniture: ['Site menu', 'Share this story'] } },
  };
  return checkCapture(article, capture).map((problem) => `${problem.where}: ${problem.message}`);
}

const FAITHFUL = [
  'The council met on Tuesday to discuss the water supply.',
  '',
  '> A resident said the wells had run dry in the summer.',
  '',
  '- Wells in the north',
  '- Wells in the south',
  '',
  '1. First, the pumps',
  '',
  '| District | Wells | Dry |',
  '| --- | --- | --- |',
  '| North | 12 | 5 |',
  '',
  'The meeting ended without a vote.[^n]',
  '',
  '[^n]: The archive notes that no vote was held; these words are the archive\u2019s own.',
].join('\n');

describe('the word-for-word rule', () => {
  it('accepts a body whose quotes, list items and table rows are lines of the capture, with bullets and tabs as a browser copies them', () => {
    expect(check(FAITHFUL)).toEqual([]);
    expect(check(FAITHFUL, CAPTURE, { cached: true })).toEqual([]);
  });

  it('refuses a sentence inside a block quote that the capture does not have, naming its line', () => {
    const body = FAITHFUL.replace(
      '> A resident said the wells had run dry in the summer.',
      '> A resident said the wells had run dry in the summer.\n>\n> She blamed the council for it.',
    );
    expect(check(body)).toEqual([
      'line 15: the block quote is not a line of captures/test.txt word for word: "She blamed the council for it."',
    ]);
  });

  it('refuses an invented list item, nested or not, and a changed word in one', () => {
    expect(check(FAITHFUL.replace('- Wells in the south', '- Wells in the south\n  - Wells that were never dug'))).toEqual([
      'line 17: the list item is not a line of captures/test.txt word for word: "Wells that were never dug"',
    ]);
    expect(check(FAITHFUL.replace('- Wells in the south', '- Wells in the east'))).toEqual([
      'line 16: the list item is not a line of captures/test.txt word for word: "Wells in the east"',
      'capture.furniture: line 5 of captures/test.txt is neither in the body nor listed as furniture: "• Wells in the south"',
    ]);
  });

  it('refuses a table row with a changed cell, and says how a row is captured', () => {
    const problems = check(FAITHFUL.replace('| North | 12 | 5 |', '| North | 12 | 9 |'));
    expect(problems[0]).toBe(
      'line 22: the table row is not a line of captures/test.txt word for word: "North 12 9" (a table row is one line of the capture, its cells in order, as a browser copies a table)',
    );
  });

  it('refuses text in a quote inside a list item, and a list inside a quote', () => {
    expect(check(`${FAITHFUL}\n\n- > Words in a quote in a list.`)).toEqual([
      'line 28: the block quote is not a line of captures/test.txt word for word: "Words in a quote in a list."',
    ]);
    expect(check(`${FAITHFUL}\n\n> - Words in a list in a quote.`)).toEqual([
      'line 28: the list item is not a line of captures/test.txt word for word: "Words in a list in a quote."',
    ]);
  });

  it('takes a list marker off a captured line only for list items: a paragraph must match the whole line', () => {
    expect(check(FAITHFUL.replace('- Wells in the north', 'Wells in the north\n'))[0]).toBe(
      'line 15: paragraph 2 is not a line of captures/test.txt word for word: "Wells in the north"',
    );
  });

  it('keeps the captured order across paragraphs, quotes and lists', () => {
    const body = [
      '> A resident said the wells had run dry in the summer.',
      '',
      'The council met on Tuesday to discuss the water supply.',
    ].join('\n');
    expect(check(body).filter((problem) => problem.startsWith('line'))).toEqual([
      'line 13: paragraph 1 comes earlier in captures/test.txt than the text before it; keep the captured order',
    ]);
  });

  it('leaves the archive\u2019s own notes unchecked, and gives the same answer from cached blocks as from the body', () => {
    const body = `${FAITHFUL}\n\n> Invented words in a quote.`;
    expect(check(body, CAPTURE, { cached: true })).toEqual(check(body));
    expect(check(body)).toHaveLength(1);
  });
});

describe('control characters in a capture', () => {
  const capture = `Site menu\nThe council met on \u202Etuesday.\nShare\u0007 this story`;
  const article = (body: string, furniture: string[]): CapturedArticle => ({
    file: 'content/articles/test.md',
    bodyLineOffset: 0,
    body,
    paragraphs: bodyParagraphs(body),
    data: { headlineSupplied: true, capture: { file: 'captures/test.txt', furniture } },
  });

  it('are not words: the copy and its furniture match the line without them', () => {
    expect(checkCapture(article('The council met on tuesday.', ['Site menu', 'Share this story']), capture)).toEqual([]);
  });

  it('cannot reach a reader through the body', () => {
    expect(
      checkCapture(article('The council met on \u202Etuesday.', ['Site menu', 'Share this story']), capture).map(
        (problem) => problem.where,
      ),
    ).toEqual(['line 1', 'capture.furniture']);
  });

  it('cannot reach a reader through the furniture list either: the schema refuses them there', () => {
    const result = articleSchema.safeParse({
      ...MINIMAL_ARTICLE,
      capture: { file: 'captures/test.txt', furniture: ['Share\u0007 this story'] },
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['capture.furniture.0']);
  });
});

describe('the capture\u2019s SHA-256', () => {
  const published = {
    ...MINIMAL_ARTICLE,
    draft: false,
    headline: 'A headline',
    publisher: { name: 'A paper', url: 'https://example.org/' },
    language: 'en',
    published: '2019-10-16',
    summary: 'A summary.',
    topics: ['t'],
  };

  it('is required to publish an article, and may be left out of a draft', () => {
    const result = articleSchema.safeParse({ ...published, capture: { file: 'captures/test.txt' } });
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      expect.stringMatching(/^capture\.sha256: the capture's SHA-256 is required to publish the article/),
    ]);
    expect(articleSchema.safeParse({ ...published, capture: { file: 'captures/test.txt', sha256: 'a'.repeat(64) } }).success).toBe(true);
    expect(articleSchema.safeParse({ ...MINIMAL_ARTICLE, capture: { file: 'captures/test.txt' } }).success).toBe(true);
  });
});

describe('otherTextBlocks', () => {
  it('lists every block of text outside the top-level paragraphs, in order, with its container and line', () => {
    expect(otherTextBlocks(parseMarkdown(FAITHFUL))).toEqual([
      { kind: 'block quote', text: 'A resident said the wells had run dry in the summer.', line: 3 },
      { kind: 'list item', text: 'Wells in the north', line: 5 },
      { kind: 'list item', text: 'Wells in the south', line: 6 },
      { kind: 'list item', text: 'First, the pumps', line: 8 },
      { kind: 'table row', text: 'District Wells Dry', line: 10 },
      { kind: 'table row', text: 'North 12 5', line: 12 },
    ]);
  });

  it('names words in a heading or a code block too, though the markup check refuses both', () => {
    expect(otherTextBlocks(parseMarkdown('# A heading\n\n    indented words'))).toEqual([
      { kind: 'heading', text: 'A heading', line: 1 },
      { kind: 'block', text: 'indented words', line: 3 },
    ]);
  });
});

describe('fixity', () => {
  const bytes = new TextEncoder().encode('A capture, as saved.\n');

  it('accepts bytes that match the recorded SHA-256', () => {
    expect(fixityProblem('captures/a.txt', bytes, sha256Of(bytes))).toBeNull();
  });

  it('names the file and both hashes when one byte has changed', () => {
    const changed = new TextEncoder().encode('A capture, as saved!\n');
    expect(fixityProblem('captures/a.txt', changed, sha256Of(bytes))).toMatch(
      new RegExp(
        `^captures/a\\.txt no longer matches the SHA-256 recorded when it was captured \\(recorded ${sha256Of(bytes).slice(0, 12)}…, now ${sha256Of(changed).slice(0, 12)}…\\)`,
      ),
    );
  });
});

describe('a furniture entry at the start of a line', () => {
  const capture = [
    'QAMISHLI, Syria (Example Agency) — Guards left their posts on Sunday, officials said.',
    'SUBSCRIBEThe officials said the count would take two days.',
  ].join('\n');
  const body = 'Guards left their posts on Sunday, officials said.\n\nThe officials said the count would take two days.';
  const checked = (furniture: string[]) =>
    checkCapture(
      {
        file: 'content/articles/test.md',
        bodyLineOffset: 10,
        body,
        paragraphs: bodyParagraphs(body),
        data: { headlineSupplied: true, capture: { file: 'captures/test.txt', furniture } },
      },
      capture,
    ).map((problem) => `${problem.where}: ${problem.message}`);

  it('lets a dateline or a glued word be furniture and the rest of its line a paragraph, word for word', () => {
    expect(checked(['QAMISHLI, Syria (Example Agency) —', 'SUBSCRIBE'])).toEqual([]);
  });

  it('still refuses a paragraph whose line starts with words not listed as furniture, and a prefix no line starts with', () => {
    expect(checked(['SUBSCRIBE'])).toEqual([
      'line 11: paragraph 1 is not a line of captures/test.txt word for word: "Guards left their posts on Sunday, officials said."',
      'capture.furniture: line 1 of captures/test.txt is neither in the body nor listed as furniture: "QAMISHLI, Syria (Example Agency) — Guards left their posts on Sunda…"',
    ]);
    expect(checked(['QAMISHLI, Syria (Example Agency) —', 'SUBSCRIBE', 'BEIRUT, Oct 14 (Agency) –'])).toEqual([
      'capture.furniture[2]: "BEIRUT, Oct 14 (Agency) –" is not a line of captures/test.txt',
    ]);
  });
});
