import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../../src/lib/content/paragraphs.ts';

describe('bodyParagraphs', () => {
  it('numbers top-level paragraphs and leaves footnote markers out of the text', () => {
    const body = "First, with a note[^a].\n\nSecond\nparagraph.\n\n[^a]: The archive's note.\n";
    expect(bodyParagraphs(body)).toEqual([
      { number: 1, text: 'First, with a note.', line: 1, notes: [{ label: 'a', text: "The archive's note." }] },
      { number: 2, text: 'Second paragraph.', line: 3 },
    ]);
  });

  it('keeps numbering stable when a note is added', () => {
    const before = bodyParagraphs('One.\n\nTwo.\n\nThree.');
    const after = bodyParagraphs('One[^n].\n\nTwo.\n\nThree.\n\n[^n]: A note.');
    expect(after.map((p) => [p.number, p.text])).toEqual(before.map((p) => [p.number, p.text]));
  });

  it('carries the notes a paragraph refers to, each once, in marker order', () => {
    const body = 'Slips[^b] and more[^a] and again[^b].\n\nClean.\n\n[^a]: Note\n    one.\n\n[^b]: Note two.\n';
    const [first, second] = bodyParagraphs(body);
    expect(first!.notes).toEqual([
      { label: 'b', text: 'Note two.' },
      { label: 'a', text: 'Note one.' },
    ]);
    expect(second!.notes).toBeUndefined();
  });

  it('returns nothing for an empty body', () => {
    expect(bodyParagraphs('  \n\n')).toEqual([]);
  });
});
