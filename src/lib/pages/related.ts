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
 * Candidates each name (entity or topic) adds at most: an article's related
 * reading is found among the `RELATED_CANDIDATES_PER_NAME` articles nearest
 * to it in the archive's order (about date order) on each list, so its cost
 * is bounded however large the archive grows. A list this short or shorter
 * is read whole, and the ranking is then exactly {@link relatedArticles}'s.
 */
const RELATED_CANDIDATES_PER_NAME = 200;

/**
 * The ranking of {@link relatedArticles} for every article of a large
 * archive, without comparing each article with every other: an index from
 * each entity and topic to the articles that list it finds the candidates,
 * and each candidate is scored exactly from its own (short) lists.
 *
 * A name such as "Islamic State" is on a large share of the archive, so
 * reading its whole list for every article would make the build grow with
 * the square of the archive: from a list longer than `cap`, only the `cap`
 * articles nearest to the article in the archive's order are candidates.
 * A shared entity scores 2, more than any article can score from topics
 * alone whenever enough candidates share entities, so the topic lists are
 * only read when they could still change the result. Everything per
 * candidate is a typed-array operation, with no allocation and no closure
 * call. Returns a function that ranks one article.
 */
export function relatedFinder<T extends Relatable>(
  all: readonly T[],
  limit = 5,
  cap = RELATED_CANDIDATES_PER_NAME,
): (article: Relatable) => Related<T>[] {
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
  const isCandidate = new Uint8Array(all.length);
  const candidates = new Int32Array(all.length);
  const entityWanted = new Uint8Array(entityNumbers.size);
  const topicWanted = new Uint8Array(topicNumbers.size);
  const bestIndex = new Int32Array(limit);
  const bestScore = new Int32Array(limit);

  return (article) => {
    let candidateCount = 0;
    const self = positionOf.get(article.id) ?? -1;
    /** Adds, from the list of each of `numbers`, the articles nearest to this one (all of a short list) as candidates, scored exactly. */
    const gather = (lists: readonly Int32Array[], numbers: ReadonlySet<number>) => {
      for (const number of numbers) {
        const list = lists[number]!;
        const [from, to] = window(list, self, cap);
        for (let at = from; at < to; at++) {
          const index = list[at]!;
          if (isCandidate[index]) continue;
          isCandidate[index] = 1;
          candidates[candidateCount++] = index;
          sharedEntities[index] = countWanted(entitiesOf[index]!, entityWanted);
          sharedTopics[index] = countWanted(topicsOf[index]!, topicWanted);
        }
      }
    };
    /** Picks the `limit` best candidates into bestIndex/bestScore, strongest first, ties by position. */
    const rank = (): number => {
      let found = 0;
      for (let at = 0; at < candidateCount; at++) {
        const index = candidates[at]!;
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
    for (const number of wantedTopics) topicWanted[number] = 1;
    for (const number of wantedEntities) entityWanted[number] = 1;
    gather(byEntity, wantedEntities);
    let found = rank();
    // An article sharing only topics could still rank: add the topics' candidates.
    if (found < limit || bestScore[found - 1]! <= maxTopicScore) {
      gather(byTopic, wantedTopics);
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
    for (const number of wantedTopics) topicWanted[number] = 0;
    for (const number of wantedEntities) entityWanted[number] = 0;
    for (let at = 0; at < candidateCount; at++) isCandidate[candidates[at]!] = 0;
    return related;
  };
}

/** How many of `ids` are marked in `wanted`, once per listing (as relatedArticles counts). */
function countWanted(ids: Int32Array, wanted: Uint8Array): number {
  let shared = 0;
  for (let at = 0; at < ids.length; at++) shared += wanted[ids[at]!]!;
  return shared;
}

/**
 * The part [from, to) of a sorted list of positions holding the `cap`
 * entries nearest to position `self`, half before and half after where
 * possible; the whole list when it has `cap` entries or fewer.
 */
export function window(list: Int32Array, self: number, cap: number): [number, number] {
  if (list.length <= cap) return [0, list.length];
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < self) low = middle + 1;
    else high = middle;
  }
  const from = Math.min(Math.max(0, low - (cap >> 1)), list.length - cap);
  return [from, from + cap];
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
