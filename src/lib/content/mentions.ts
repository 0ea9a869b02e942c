/**
 * Where each entity is mentioned: the paragraphs, across all articles, that
 * name it under its canonical name or an alias. Only the entities an article
 * lists in its front matter are looked for in it, which keeps the work
 * proportional to the archive's size rather than to articles × entities.
 */
import { NameMatcher } from '../search/aliases.ts';
import type { BodyParagraph, ParagraphNote } from './paragraphs.ts';

/** One paragraph that mentions an entity. */
export interface Mention {
  /** The article's id. */
  articleId: string;
  /** The paragraph's number (its anchor is `#p-n`). */
  paragraph: number;
  /** The paragraph's text, quoted on the entity page. */
  text: string;
  /** The archive's notes the paragraph refers to, quoted with it; absent when none. */
  notes?: ParagraphNote[];
}

/** What {@link findMentions} needs of an article. */
export interface MentionSource {
  id: string;
  entities: readonly string[];
  paragraphs: readonly BodyParagraph[];
}

/**
 * Maps each entity id to the paragraphs that mention it, in the order the
 * articles are given and then paragraph order.
 */
export function findMentions(
  articles: readonly MentionSource[],
  namesById: ReadonlyMap<string, readonly string[]>,
): Map<string, Mention[]> {
  const matchers = new Map<string, NameMatcher>();
  const mentions = new Map<string, Mention[]>();
  for (const article of articles) {
    for (const entityId of article.entities) {
      const names = namesById.get(entityId);
      if (!names) continue;
      if (!matchers.has(entityId)) matchers.set(entityId, new NameMatcher(names));
      const matcher = matchers.get(entityId)!;
      for (const paragraph of article.paragraphs) {
        if (!matcher.test(paragraph.text)) continue;
        if (!mentions.has(entityId)) mentions.set(entityId, []);
        mentions.get(entityId)!.push({ articleId: article.id, paragraph: paragraph.number, text: paragraph.text, ...(paragraph.notes ? { notes: paragraph.notes } : {}) });
      }
    }
  }
  return mentions;
}
