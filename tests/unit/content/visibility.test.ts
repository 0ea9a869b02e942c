import { describe, expect, it } from 'vitest';
import { isPublished, publishedOnly } from '../../../src/lib/content/visibility.ts';
import { articleSchema, type Article } from '../../../src/schemas/article.ts';

/** The least a draft needs: where it came from and when it was archived. */
const draft = {
  draft: true,
  originalUrl: 'https://news.example.org/2019/10/20/camp',
  archived: '2026-12-01',
  capture: { file: 'captures/2019-10-20-example-camp.txt', sha256: 'a'.repeat(64) },
};

/** The same article with every field publishing needs. */
const published = {
  ...draft,
  draft: false,
  headline: 'A headline',
  publisher: { name: 'Example News', url: 'https://news.example.org/' },
  language: 'en',
  published: '2019-10-20',
  summary: 'The archive’s summary.',
  topics: ['is-detainees-and-camps'],
};

const issuesOf = (data: unknown) => {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the draft rule of the article schema', () => {
  it('lets a draft leave out the fields still to write', () => {
    expect(issuesOf(draft)).toEqual([]);
    expect(issuesOf(published)).toEqual([]);
  });

  it('names each field a published article lacks', () => {
    const { summary: _summary, headline: _headline, ...lacking } = published;
    expect(issuesOf({ ...lacking, draft: undefined })).toEqual([
      'headline: headline is required to publish the article (only a draft, with draft: true, may leave it out)',
      'summary: summary is required to publish the article (only a draft, with draft: true, may leave it out)',
    ]);
    expect(issuesOf({ ...published, topics: [] })).toEqual([
      'topics: file the article under at least one topic (only a draft, with draft: true, may have none)',
    ]);
  });
});

describe('publishedOnly', () => {
  const entry = (id: string, data: object) => ({ id, data: articleSchema.parse(data) as Article });
  const articles = [entry('kept', published), entry('held-back', { ...draft, originalUrl: 'https://news.example.org/2' })];
  const source = (article: string) => ({ article, paragraph: 1, quote: 'x' });
  const claim = (article: string) => ({ value: '1', source: { article, paragraph: 1 } });

  it('keeps published articles only, and only the sources and claims that cite them', () => {
    const result = publishedOnly({
      articles,
      events: [
        { id: 'both', data: { sources: [source('kept'), source('held-back')] } },
        { id: 'draft-only', data: { sources: [source('held-back')] } },
      ],
      figures: [
        { id: 'mixed', data: { claims: [claim('held-back'), claim('kept')] } },
        { id: 'draft-only', data: { claims: [claim('held-back')] } },
      ],
    });
    expect(result.articles.map((article) => article.id)).toEqual(['kept']);
    expect(result.events.map((event) => [event.id, event.data.sources.map((s) => s.article)])).toEqual([['both', ['kept']]]);
    expect(result.figures.map((figure) => [figure.id, figure.data.claims.map((c) => c.source.article)])).toEqual([['mixed', ['kept']]]);
  });

  it('decides with one predicate: draft: true hides, anything else publishes', () => {
    expect(articles.map(isPublished)).toEqual([true, false]);
  });
});
