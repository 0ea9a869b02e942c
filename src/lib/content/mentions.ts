/**
 * Where each entity is mentioned: the paragraphs, across all articles, that
 * name it, found with the search page's own name matching (`TextNames`: the
 * same fold, the same aliases, every script), so an entity page quotes every
 * paragraph a reader who searches for the entity lands on ("Qamichli",
 * "Isis", "Baghdadi" alone). Only the entities an article lists in its front
 * matter are kept for it, and each paragraph is read once, whatever the
 * number of entities, which keeps the work proportional to the archive's size.
 */
import type { TextNames } from '../search/text-names.ts';
import type { BodyParagraph, ParagraphNote } from './paragraphs.ts';

/** One paragraph that mentions an entity. */
export interface Mention {
  /** The article's id. */
  articleId: string;
  /** The paragraph's number (its anchor is `#p-n`). */
  paragraph: number;
  /** The paragraph's text, quoted on the entity page. */
  text: string;
  /** Where the paragraph names the entity, as [start, end) offsets into `text`, in order: the page marks the name as the text spells it. */
  marks: [number, number][];
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
 * articles are given and then paragraph order. `names` is the archive's one
 * name finder, built over every entity (a name is read as the longest name
 * that fits, as search reads it, so all entities must be known).
 */
export function findMentions(articles: readonly MentionSource[], names: TextNames): Map<string, Mention[]> {
  const mentions = new Map<string, Mention[]>();
  for (const article of articles) {
    if (article.entities.length === 0) continue;
    const found = article.paragraphs.map((paragraph) => names.find(paragraph.text));
    for (const entityId of article.entities) {
      article.paragraphs.forEach((paragraph, index) => {
        const marks = found[index]!.filter((name) => name.entity.id === entityId).map((name): [number, number] => [name.start, name.end]);
        if (marks.length === 0) return;
        if (!mentions.has(entityId)) mentions.set(entityId, []);
        mentions.get(entityId)!.push({
          articleId: article.id,
          paragraph: paragraph.number,
          text: paragraph.text,
          marks,
          ...(paragraph.notes ? { notes: paragraph.notes } : {}),
        });
      });
    }
  }
  return mentions;
}
