/**
 * The real content: every entry validates, every reference resolves, and each
 * article's Markdown copy is faithful to its raw capture, word for word, by
 * the same rule `npm run check-content` and the build apply.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../src/lib/content/integrity.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { bodyParagraphs } from '../../src/lib/content/paragraphs.ts';
import { checkCapture, sha256Of } from '../../src/lib/content/capture-check.ts';
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

describe.each(loadArticles().map((article) => [article.id, article] as const))('the copy of %s', (_id, article) => {
  const capture = readFileSync(join(CONTENT_DIR, article.data.capture.file));

  it('keeps every block of text word for word as captured, in the captured order, and accounts for every line of the capture', () => {
    expect(checkCapture(article, capture.toString('utf8')).map(formatProblem)).toEqual([]);
  });

  it('records the SHA-256 of its capture, and the capture still matches it', () => {
    expect(article.data.capture.sha256).toBe(sha256Of(capture));
  });
});
