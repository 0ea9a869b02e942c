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
 *
 * A name such as "Islamic State" is on a large share of the archive, so an
 * article has thousands of candidates at 30,000 articles: everything per
 * candidate is a typed-array operation, with no allocation and no closure
 * call (allocating per candidate made this the build's slowest step).
 */
export function relatedFinder<T extends Relatable>(all: readonly T[], limit = 5): (article: Relatable) => Related<T>[] {
  const entityNumbers = numbering(all.flatMap((article) => article.entities));
  const topicNumbers = numbering(all.flatMap((article) => article.topics));
  const entitiesOf = all.map((article) => Int32Array.from(article.entities, (id) => entityNumbers.get(id)!));
  const topicsOf = all.map((article) => Int32Array.from(article.topics, (id) => topicNumbers.get(id)!));
  const byEntity = postings(entitiesOf, entityNumbers.size);
  const byTopic = postings(topicsOf, topicNumbers.size);
  const positionOf = new Map(all.map((article, index) => [article.id, index] as const));
  // The most a candidate sharing no entity can score: its whole topic list. A fold, not
  // Math.max(...spread): spreading one argument per article overflows the stack at about 150,000.
  const maxTopicScore = all.reduce((most, article) => Math.max(most, article.topics.length), 0);
  const sharedEntities = new Int32Array(all.length);
  const sharedTopics = new Int32Array(all.length);
  const touched = new Int32Array(all.length);
  const topicWanted = new Uint8Array(topicNumbers.size);
  const bestIndex = new Int32Array(limit);
  const bestScore = new Int32Array(limit);

  return (article) => {
    let touchedCount = 0;
    const self = positionOf.get(article.id) ?? -1;
    /** Counts, for every article on the lists of `numbers`, one per listing into `counts`. */
    const count = (lists: readonly Int32Array[], numbers: ReadonlySet<number>, counts: Int32Array) => {
      for (const number of numbers) {
        const list = lists[number]!;
        for (let at = 0; at < list.length; at++) {
          const index = list[at]!;
          if (sharedEntities[index] === 0 && sharedTopics[index] === 0) touched[touchedCount++] = index;
          counts[index]!++;
        }
      }
    };
    /** Picks the `limit` best touched articles into bestIndex/bestScore, strongest first, ties by position. */
    const rank = (): number => {
      let found = 0;
      for (let at = 0; at < touchedCount; at++) {
        const index = touched[at]!;
        const value = sharedEntities[index]! * 2 + sharedTopics[index]!;
        if (value <= 0 || index === self) continue;
        if (found === limit && !outranks(value, index, bestScore[limit - 1]!, bestIndex[limit - 1]!)) continue;
        let slot = found < limit ? found++ : limit - 1;
        while (slot > 0 && outranks(value, index, bestScore[slot - 1]!, bestIndex[slot - 1]!)) {
          bestScore[slot] = bestScore[slot - 1]!;
          bestIndex[slot] = bestIndex[slot - 1]!;
          slot--;
        }
        bestScore[slot] = value;
        bestIndex[slot] = index;
      }
      return found;
    };

    const wantedTopics = new Set(article.topics.flatMap((id) => topicNumbers.get(id) ?? []));
    const wantedEntities = new Set(article.entities.flatMap((id) => entityNumbers.get(id) ?? []));
    count(byEntity, wantedEntities, sharedEntities);
    // Topic scores of the entity candidates, from their own (short) topic lists.
    for (const number of wantedTopics) topicWanted[number] = 1;
    for (let at = 0; at < touchedCount; at++) {
      const topics = topicsOf[touched[at]!]!;
      let shared = 0;
      for (let t = 0; t < topics.length; t++) shared += topicWanted[topics[t]!]!;
      sharedTopics[touched[at]!] = shared;
    }
    for (const number of wantedTopics) topicWanted[number] = 0;
    let found = rank();
    if (found < limit || bestScore[found - 1]! <= maxTopicScore) {
      // An article sharing only topics could still rank: count them all.
      for (let at = 0; at < touchedCount; at++) sharedTopics[touched[at]!] = 0;
      count(byTopic, wantedTopics, sharedTopics);
      found = rank();
    }
    const related: Related<T>[] = [];
    for (let at = 0; at < found; at++) {
      const index = bestIndex[at]!;
      related.push({
        article: all[index]!,
        score: bestScore[at]!,
        sharedTopics: sharedTopics[index]!,
        sharedEntities: sharedEntities[index]!,
      });
    }
    for (let at = 0; at < touchedCount; at++) sharedEntities[touched[at]!] = sharedTopics[touched[at]!] = 0;
    return related;
  };
}

/** Whether a candidate (score, position) ranks before another: higher score, or the same score and earlier in the archive. */
function outranks(score: number, index: number, otherScore: number, otherIndex: number): boolean {
  return score > otherScore || (score === otherScore && index < otherIndex);
}

/** Numbers each distinct id from 0, in order of first appearance. */
function numbering(ids: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const id of ids) if (!numbers.has(id)) numbers.set(id, numbers.size);
  return numbers;
}

/** For each id number, the positions of the articles that list it, once per listing. */
function postings(idsOf: readonly Int32Array[], size: number): Int32Array[] {
  const lengths = new Int32Array(size);
  for (const ids of idsOf) for (const id of ids) lengths[id]!++;
  const lists = Array.from(lengths, (length) => new Int32Array(length));
  const filled = new Int32Array(size);
  idsOf.forEach((ids, index) => {
    for (const id of ids) lists[id]![filled[id]!++] = index;
  });
  return lists;
}
