import { describe, expect, it } from 'vitest';
import { markNames, markWords, runsFromSpans } from '../../../src/lib/pages/quote-marks.ts';

/** The runs as a string with the marked ones in [brackets], for readable expectations. */
function show(runs: { text: string; marked: boolean }[]): string {
  return runs.map((run) => (run.marked ? `[${run.text}]` : run.text)).join('');
}

describe('markNames', () => {
  it('marks every mention as the paragraph spells it, aliases and other spellings included', () => {
    const text = 'Women held at Al Hol, and later in al‐Hawl camp, spoke to Erdoğan’s envoy.';
    expect(show(markNames(text, ['al-Hol', 'al-Hawl']))).toBe(
      'Women held at [Al Hol], and later in [al‐Hawl] camp, spoke to Erdoğan’s envoy.',
    );
    expect(show(markNames(text, ['Recep Tayyip Erdogan', 'Erdogan']))).toBe(
      'Women held at Al Hol, and later in al‐Hawl camp, spoke to [Erdoğan]’s envoy.',
    );
  });

  it('marks an acronym only in capitals and only as a whole word', () => {
    expect(show(markNames('This is what IS fighters said; ISIS did not.', ['Islamic State', 'IS']))).toBe(
      'This is what [IS] fighters said; ISIS did not.',
    );
  });

  it('prefers the longest name where two overlap', () => {
    expect(show(markNames('Guards of the al-Hol camp left.', ['al-Hol', 'al-Hol camp']))).toBe('Guards of the [al-Hol camp] left.');
  });

  it('leaves a paragraph that does not name the entity (it is named in the headline) unmarked and whole', () => {
    expect(markNames('Nothing here.', ['NOS'])).toEqual([{ text: 'Nothing here.', marked: false }]);
  });
});

describe('markWords', () => {
  it('marks the words relied on, whole words only', () => {
    expect(show(markWords('Some 8600 people, of whom 860 escaped.', '860'))).toBe('Some 8600 people, of whom [860] escaped.');
  });

  it('marks nothing when the paragraph does not hold the words', () => {
    expect(show(markWords('Last Monday the guards left.', 'last Sunday'))).toBe('Last Monday the guards left.');
  });
});

describe('runsFromSpans', () => {
  it('gives the text back unchanged when joined', () => {
    const text = 'abc def ghi';
    expect(
      runsFromSpans(text, [
        [0, 3],
        [8, 11],
      ])
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });

  it('refuses spans out of order or outside the text', () => {
    expect(() =>
      runsFromSpans('abc def', [
        [4, 7],
        [0, 3],
      ]),
    ).toThrow(/in order/);
    expect(() => runsFromSpans('abc', [[1, 9]])).toThrow(/inside the text/);
  });
});
