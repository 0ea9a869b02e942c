/**
 * Topic suggestions for a draft: the topics of existing articles that share
 * its entities, the more shared entities the stronger. The archivist decides;
 * the draft's `topics` stays empty until then.
 */

/** A topic suggestion and the evidence for it. */
export interface TopicSuggestion {
  /** The topic's id. */
  id: string;
  /** How many entity mentions, summed over articles filed under it, the draft shares. */
  score: number;
  /** The articles that share entities with the draft and are filed under the topic. */
  articles: string[];
}

/** Suggests topics from the topics of existing articles that share the draft's entities, strongest first. */
export function suggestTopics(
  entityIds: readonly string[],
  articles: readonly { id: string; topics: readonly string[]; entities: readonly string[] }[],
): TopicSuggestion[] {
  const wanted = new Set(entityIds);
  const byTopic = new Map<string, TopicSuggestion>();
  for (const article of articles) {
    const shared = article.entities.filter((id) => wanted.has(id)).length;
    if (shared === 0) continue;
    for (const topic of article.topics) {
      const suggestion = byTopic.get(topic) ?? { id: topic, score: 0, articles: [] };
      suggestion.score += shared;
      suggestion.articles.push(article.id);
      byTopic.set(topic, suggestion);
    }
  }
  return [...byTopic.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
