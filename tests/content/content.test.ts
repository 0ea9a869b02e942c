/**
 * The real content: every entry validates, every reference resolves, and each
 * article's Markdown copy is faithful to its raw capture, word for word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../src/lib/content/integrity.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { bodyParagraphs, normaliseWhitespace } from '../../src/lib/content/paragraphs.ts';
import { CONTENT_DIR, loadArchiveFromDisk, loadArticles } from '../../src/lib/content/archive-from-disk.ts';

const archive = loadArchiveFromDisk();

describe('the archive content', () => {
  it.for(archive.events.flatMap((event) => event.data.sources.map((source, index) => ({ event, source, index }))))(
    'event $event.id cites paragraph $source.paragraph of $source.article, which says what it quotes',
    ({ source }) => {
      const article = archive.articles.find((candidate) => candidate.id === source.article);
      expect(article, `article ${source.article}`).toBeDefined();
      const paragraph = bodyParagraphs(article!.body)[source.paragraph - 1];
      expect(paragraph?.text).toContain(source.quote);
    },
  );

  it('holds articles, topics, entities, events and figures', () => {
    expect(archive.articles.length).toBeGreaterThanOrEqual(2);
    expect(archive.topics.length).toBeGreaterThan(0);
    expect(archive.entities.length).toBeGreaterThan(0);
    expect(archive.events.length).toBeGreaterThan(0);
    expect(archive.figures.length).toBeGreaterThan(0);
  });

  it('passes every cross-collection check (references, citations, quoted values, URLs, markup)', () => {
    expect(checkArchive(archive).map(formatProblem)).toEqual([]);
  });
});

/** The capture's text units: its non-empty lines, with white space collapsed. */
function captureLines(text: string): string[] {
  return text.split('\n').map(normaliseWhitespace).filter(Boolean);
}

describe.each(loadArticles().map((article) => [article.id, article] as const))('the copy of %s', (_id, article) => {
  const capture = captureLines(readFileSync(join(CONTENT_DIR, article.data.capture.file), 'utf8'));
  const paragraphs = bodyParagraphs(article.body).map((paragraph) => paragraph.text);
  const furniture = article.data.capture.furniture.map(normaliseWhitespace);

  it('keeps every paragraph word for word as captured, in the captured order', () => {
    const positions = paragraphs.map((paragraph) => capture.indexOf(paragraph));
    expect(paragraphs.filter((_, index) => positions[index] === -1)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('accounts for every line of the capture as text, headline or listed furniture', () => {
    const accounted = new Set([...paragraphs, ...furniture, ...(article.data.headlineSupplied ? [] : [article.data.headline])]);
    expect(capture.filter((line) => !accounted.has(line))).toEqual([]);
  });

  it('lists as furniture only lines the capture really has', () => {
    expect(furniture.filter((line) => !capture.includes(line))).toEqual([]);
  });
});
