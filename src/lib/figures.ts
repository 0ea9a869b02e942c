/**
 * Facts and figures as pages show them: the small selections pages make
 * (the figures about an entity or in a topic) and the wording of a claim's
 * outlet. The build-time checks on figures are in `checks/figures.ts`.
 */
import type { Article } from '../schemas/article.ts';
import type { Figure } from '../schemas/figure.ts';
import { languageName } from './languages.ts';

/** A figure entry as pages hold it: anything with an id and a figure's data. */
interface FigureEntry {
  id: string;
  data: Figure;
}

/** The figures about an entity: those that list it, and those with a claim it gave. */
export function figuresForEntity<T extends FigureEntry>(figures: readonly T[], entityId: string): T[] {
  return figures.filter(
    (figure) => figure.data.entities.includes(entityId) || figure.data.claims.some((claim) => claim.saidBy?.entity === entityId),
  );
}

/** The figures filed under a topic. */
export function figuresForTopic<T extends FigureEntry>(figures: readonly T[], topicId: string): T[] {
  return figures.filter((figure) => figure.data.topics.includes(topicId));
}

/**
 * Who published a claim, as a reader needs to weigh it: the publisher, and
 * whether the words are a translation's or a report of another outlet's
 * work: "El Mundo (English machine translation)", "Leiden University,
 * reporting NOS".
 */
export function describeOutlet(article: Pick<Article, 'publisher' | 'language' | 'translation' | 'reports'>): string {
  const translation = article.translation
    ? ` (${languageName(article.language)} ${article.translation.method === 'machine' ? 'machine ' : ''}translation)`
    : '';
  const reports = article.reports.length > 0 ? `, reporting ${article.reports.map((report) => report.publisher).join(' and ')}` : '';
  return `${article.publisher.name}${translation}${reports}`;
}
