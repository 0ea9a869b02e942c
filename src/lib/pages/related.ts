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

/**
 * The same ranking as {@link relatedArticles} for every article of a large
 * archive, without comparing each article with every other: an index from
 * each entity and topic to the articles that list it finds the candidates.
 * A shared entity scores 2, more than any article can score from topics
 * alone whenever enough candidates share entities, so the topic lists (which
 * hold a large share of the archive each) are only read when they could
 * still change the result. Returns a function that ranks one article.
 */
export function relatedFinder<T extends Relatable>(all: readonly T[], limit = 5): (article: Relatable) => Related<T>[] {
  const byEntity = postings(all, (article) => article.entities);
  const byTopic = postings(all, (article) => article.topics);
  // The most a candidate sharing no entity can score: its whole topic list.
  const maxTopicScore = Math.max(0, ...all.map((article) => article.topics.length));
  const sharedEntities = new Int32Array(all.length);
  const sharedTopics = new Int32Array(all.length);

  return (article) => {
    const touched: number[] = [];
    const count = (lists: ReadonlyMap<string, number[]>, ids: readonly string[], counts: Int32Array) => {
      for (const id of new Set(ids)) {
        for (const index of lists.get(id) ?? []) {
          if (sharedEntities[index] === 0 && sharedTopics[index] === 0) touched.push(index);
          counts[index]!++;
        }
      }
    };
    const ranked = () =>
      touched
        .filter((index) => all[index]!.id !== article.id)
        .map((index) => ({ index, sharedEntities: sharedEntities[index]!, sharedTopics: sharedTopics[index]! }))
        .map((entry) => ({ ...entry, score: entry.sharedEntities * 2 + entry.sharedTopics }))
        .filter((entry) => entry.score > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index);

    count(byEntity, article.entities, sharedEntities);
    // Topic scores of the entity candidates, from their own (short) topic lists.
    const topics = new Set(article.topics);
    for (const index of touched) sharedTopics[index] = all[index]!.topics.filter((id) => topics.has(id)).length;
    let result = ranked().slice(0, limit);
    if (result.length < limit || result.at(-1)!.score <= maxTopicScore) {
      // An article sharing only topics could still rank: count them all.
      for (const index of touched) sharedTopics[index] = 0;
      count(byTopic, article.topics, sharedTopics);
      result = ranked().slice(0, limit);
    }
    for (const index of touched) sharedEntities[index] = sharedTopics[index] = 0;
    return result.map(({ index, score, sharedEntities: entities, sharedTopics: topicCount }) => ({
      article: all[index]!,
      score,
      sharedTopics: topicCount,
      sharedEntities: entities,
    }));
  };
}

/** For each id (entity or topic), the positions of the articles that list it, once per listing. */
function postings<T>(all: readonly T[], ids: (article: T) => readonly string[]): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  all.forEach((article, index) => {
    for (const id of ids(article)) {
      if (!lists.has(id)) lists.set(id, []);
      lists.get(id)!.push(index);
    }
  });
  return lists;
}
