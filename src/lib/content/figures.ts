/**
 * Facts and figures as pages show them: the small selections pages make
 * (the figures about an entity or in a topic) and the wording of a claim's
 * outlet. The build-time checks on figures are in `checks/figures.ts`.
 */
import type { PublishedArticle } from '../../schemas/article.ts';
import type { Figure } from '../../schemas/figure.ts';
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
export function describeOutlet(article: Pick<PublishedArticle, 'publisher' | 'language' | 'translation' | 'reports'>): string {
  const translation = article.translation
    ? ` (${languageName(article.language)} ${article.translation.method === 'machine' ? 'machine ' : ''}translation)`
    : '';
  const reports = article.reports.length > 0 ? `, reporting ${article.reports.map((report) => report.publisher).join(' and ')}` : '';
  return `${article.publisher.name}${translation}${reports}`;
}

/** What a figure's claims and links are looked up in. */
export interface FigureLookups<A, E, T> {
  articlesById: ReadonlyMap<string, A>;
  entitiesById: ReadonlyMap<string, E>;
  topicsById: ReadonlyMap<string, T>;
}

/** A figure with everything it refers to looked up, ready for a list or a table to show. */
export interface FigureView<F extends FigureEntry, A, E, T> {
  figure: F;
  /** Each claim with the article it cites and the entity that gave it, if one did. */
  claims: (F['data']['claims'][number] & { article: A; speaker: E | undefined })[];
  /** The entities the figure is about. */
  entities: E[];
  /** The topics it is filed under. */
  topics: T[];
}

/** Looks up the articles, speakers, entities and topics a figure refers to (the integrity check has made sure they exist). */
export function figureView<F extends FigureEntry, A, E, T>(figure: F, lookups: FigureLookups<A, E, T>): FigureView<F, A, E, T> {
  return {
    figure,
    claims: figure.data.claims.map((claim) => ({
      ...claim,
      article: lookups.articlesById.get(claim.source.article)!,
      speaker: claim.saidBy?.entity ? lookups.entitiesById.get(claim.saidBy.entity)! : undefined,
    })),
    entities: figure.data.entities.map((id) => lookups.entitiesById.get(id)!),
    topics: figure.data.topics.map((id) => lookups.topicsById.get(id)!),
  };
}
