import { describe, expect, it } from 'vitest';
import { slugify, DraftError } from '../../../scripts/lib/new-article/draft.ts';
import { checkLanguage, checkOriginalUrl, decodeCapture } from '../../../scripts/lib/new-article/inputs.ts';
import { lineToParagraph } from '../../../scripts/lib/new-article/markdown.ts';
import { suggestTopics } from '../../../scripts/lib/new-article/topics.ts';
import { bodyParagraphs } from '../../../src/lib/content/paragraphs.ts';

describe('lineToParagraph', () => {
  it.for([
    'A line with [brackets], *stars*, _underscores_ and `ticks`.',
    '1. A line that would start a list.',
    '- So would this one, and # not a heading.',
    '# Not a heading either',
    '> Not a quotation',
    'Fish &amp; chips, <b>not bold</b>, a [^note] and a \\ backslash.',
  ])('writes %s as a paragraph with the same text', (line) => {
    const paragraphs = bodyParagraphs(lineToParagraph(line));
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([line]);
  });
});

describe('slugify', () => {
  it('folds names into file-name parts', () => {
    expect(slugify('El Mundo')).toBe('el-mundo');
    expect(slugify('Ayn Issa: l’évasion du camp', 3)).toBe('ayn-issa-levasion');
  });
});

describe('suggestTopics', () => {
  it('ranks topics by the entities their articles share with the draft', () => {
    const articles = [
      { id: 'a', topics: ['camps', 'offensive'], entities: ['ayn-issa', 'al-hol'] },
      { id: 'b', topics: ['offensive'], entities: ['tel-abyad'] },
      { id: 'c', topics: ['elections'], entities: ['ankara'] },
    ];
    expect(suggestTopics(['ayn-issa', 'al-hol', 'tel-abyad'], articles)).toEqual([
      { id: 'offensive', score: 3, articles: ['a', 'b'] },
      { id: 'camps', score: 2, articles: ['a'] },
    ]);
  });
});

describe('the checks on arguments', () => {
  it('refuses an empty or non-UTF-8 capture', () => {
    expect(() => decodeCapture(new TextEncoder().encode(' \n\n '), 'x.txt')).toThrow(new DraftError('the capture x.txt is empty'));
    expect(() => decodeCapture(Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x0a), 'x.txt')).toThrow(/not UTF-8/);
    expect(decodeCapture(new TextEncoder().encode('\uFEFFText'), 'x.txt')).toBe('Text');
  });

  it('refuses URLs that are not http(s) and tags that are not BCP 47', () => {
    expect(() => checkOriginalUrl('ftp://example.org/a')).toThrow(/not an http or https URL/);
    expect(() => checkOriginalUrl('example.org/a')).toThrow(/not an absolute URL/);
    expect(checkOriginalUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(() => checkLanguage('en_GB')).toThrow(/not a BCP 47 language tag/);
    expect(checkLanguage('pt-br')).toBe('pt-BR');
  });
});
