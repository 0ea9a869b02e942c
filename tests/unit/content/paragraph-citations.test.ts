import { describe, expect, it } from 'vitest';
import { citedParagraph, containsAsWritten, isCitationProblem } from '../../../src/lib/content/paragraph-citations.ts';
import { bodyParagraphs } from '../../../src/lib/content/paragraphs.ts';

describe('containsAsWritten', () => {
  const text = 'It is estimated that there are 12,000 prisoners of the IS, of which 2,000 are not Iraqis; over 75,000 women.';

  it('finds the words exactly as written, white space aside', () => {
    expect(containsAsWritten(text, '12,000')).toBe(true);
    expect(containsAsWritten(text, 'over  75,000')).toBe(true);
    expect(containsAsWritten(text, 'of which\n2,000')).toBe(true);
  });

  it('finds a number standing on its own even where the same digits also appear inside a larger one', () => {
    expect(containsAsWritten(text, '2,000')).toBe(true);
  });

  it('does not find a number inside a larger number or a word inside a word', () => {
    const bare = 'The escape of 859 prisoners; 12,000 held; 2.5 km; hundredsfold.';
    expect(containsAsWritten(bare, '85')).toBe(false);
    expect(containsAsWritten(bare, '000')).toBe(false);
    expect(containsAsWritten(bare, '12')).toBe(false);
    expect(containsAsWritten(bare, '5 km')).toBe(false);
    expect(containsAsWritten(bare, 'hundreds')).toBe(false);
    expect(containsAsWritten(bare, 'scape')).toBe(false);
  });

  it('is exact about everything else: a different number, different case, nothing at all', () => {
    expect(containsAsWritten(text, '860')).toBe(false);
    expect(containsAsWritten(text, 'Over 75,000')).toBe(false);
    expect(containsAsWritten(text, '  ')).toBe(false);
  });

  it('lets punctuation at the edge of the words touch its neighbours', () => {
    expect(containsAsWritten("The 'Telegraph' newspaper", "'Telegraph'")).toBe(true);
    expect(containsAsWritten('(859)', '859')).toBe(true);
    expect(containsAsWritten('859.', '859')).toBe(true);
  });
});

describe('citedParagraph', () => {
  const paragraphs = new Map([['a', bodyParagraphs('First.\n\nSecond.\n')]]);

  it('finds the paragraph a citation names', () => {
    const found = citedParagraph(paragraphs, { article: 'a', paragraph: 2 });
    expect(isCitationProblem(found) ? found.message : found.text).toBe('Second.');
  });

  it('names the field at fault when there is no such article or paragraph', () => {
    expect(citedParagraph(paragraphs, { article: 'b', paragraph: 1 })).toEqual({
      field: 'article',
      message: 'no article "b" exists in content/articles/',
    });
    expect(citedParagraph(paragraphs, { article: 'a', paragraph: 3 })).toEqual({
      field: 'paragraph',
      message: 'a has 2 paragraphs, not 3',
    });
  });
});
