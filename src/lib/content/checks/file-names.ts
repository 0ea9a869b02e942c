/**
 * The article's file name is its permanent URL. `new-article` names an
 * article it could find no date for `undated-…`; once the archivist writes
 * the date, the name must follow before anyone links to it.
 */
import type { ArticleInput, ContentProblem } from '../problems.ts';
import { reporterFor } from './references.ts';

/** Reports each article whose file name starts "undated-" although its front matter gives a publication date, with the name it should have. */
export function checkUndatedNames(articles: readonly Pick<ArticleInput, 'id' | 'file' | 'data'>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { id, file, data } of articles) {
    if (!id.startsWith('undated-') || !data.published) continue;
    const named = `${data.published.iso}-${id.slice('undated-'.length)}`;
    reporterFor(problems, file)(
      'published',
      `the article has a date (${data.published.iso}) but its file name starts "undated-", and the name becomes its permanent URL: rename it and its capture to ${named} (and capture.file) before publishing`,
    );
  }
  return problems;
}
