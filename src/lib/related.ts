/**
 * Related reading: other articles ranked by what they share with an article.
 * A shared entity is a more specific link than a shared topic, so it counts
 * double.
 */

/** What {@link relatedArticles} needs of an article. */
export interface Relatable {
  id: string;
  topics: readonly string[];
  entities: readonly string[];
}

/** An article related to another, and how strongly. */
export interface Related<T extends Relatable> {
  article: T;
  /** 2 per shared entity plus 1 per shared topic. */
  score: number;
  /** How many topics the two share. */
  sharedTopics: number;
  /** How many entities the two share. */
  sharedEntities: number;
}

/**
 * The articles that share topics or entities with `article`, strongest
 * first, ties kept in the given order (pass articles newest first).
 */
export function relatedArticles<T extends Relatable>(article: Relatable, all: readonly T[], limit = 5): Related<T>[] {
  const topics = new Set(article.topics);
  const entities = new Set(article.entities);
  return all
    .filter((other) => other.id !== article.id)
    .map((other) => {
      const sharedTopics = other.topics.filter((id) => topics.has(id)).length;
      const sharedEntities = other.entities.filter((id) => entities.has(id)).length;
      return { article: other, score: sharedEntities * 2 + sharedTopics, sharedTopics, sharedEntities };
    })
    .filter((related) => related.score > 0)
    .map((related, index) => ({ related, index }))
    .sort((a, b) => b.related.score - a.related.score || a.index - b.index)
    .slice(0, limit)
    .map(({ related }) => related);
}
