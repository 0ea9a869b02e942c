import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../src/lib/content/paragraphs.ts';

describe('bodyParagraphs', () => {
  it('numbers top-level paragraphs and leaves footnote markers out of the text', () => {
    const body = 'First, with a note[^a].\n\nSecond\nparagraph.\n\n[^a]: The archive\'s note.\n';
    expect(bodyParagraphs(body)).toEqual([
      { number: 1, text: 'First, with a note.', line: 1 },
      { number: 2, text: 'Second paragraph.', line: 3 },
    ]);
  });

  it('keeps numbering stable when a note is added', () => {
    const before = bodyParagraphs('One.\n\nTwo.\n\nThree.');
    const after = bodyParagraphs('One[^n].\n\nTwo.\n\nThree.\n\n[^n]: A note.');
    expect(after.map((p) => [p.number, p.text])).toEqual(before.map((p) => [p.number, p.text]));
  });

  it('returns nothing for an empty body', () => {
    expect(bodyParagraphs('  \n\n')).toEqual([]);
  });
});
