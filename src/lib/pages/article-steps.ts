/**
 * The articles either side of one in publication order, for the "previous
 * article" and "next article" links at the foot of an article page. The
 * archive's list is newest first, so the previous (older) article is the one
 * after it in the list and the next (newer) the one before it.
 */

/** What a step link shows of an article: its page, headline, publisher and date. */
export interface ArticleStep<Date> {
  /** The article's id, its page's address. */
  id: string;
  /** Its headline, as its own page shows it. */
  headline: string;
  /** Language of the headline, for its `lang`. */
  language: string;
  /** The publisher's name. */
  publisher: string;
  /** Its publication date, at its precision. */
  published: Date;
}

/** The article one step older and one step newer than `articles[index]`, in a list sorted newest first. */
export function articleSteps<A, Date>(
  articles: readonly A[],
  index: number,
  step: (article: A) => ArticleStep<Date>,
): { previous: ArticleStep<Date> | undefined; next: ArticleStep<Date> | undefined } {
  const older = articles[index + 1];
  const newer = index > 0 ? articles[index - 1] : undefined;
  return { previous: older === undefined ? undefined : step(older), next: newer === undefined ? undefined : step(newer) };
}
